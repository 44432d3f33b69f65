package org.orgrules.model;

/**
 * A distinct (title, department) pair in the facts. The ladder rules classify each position once,
 * however many people hold it; people join their position through {@link Person#getPositionKey()}.
 */
public final class Position {
    private final String title;
    private final String department;
    private final String key;

    public Position(String title, String department) {
        this.title = title == null ? "" : title;
        this.department = department == null ? "" : department;
        this.key = key(this.title, this.department);
    }

    public static String key(String title, String department) {
        return department.isEmpty() ? title : title + "\u0001" + department;
    }

    public String getTitle() { return title; }
    public String getDepartment() { return department; }
    public String getKey() { return key; }

    /** True when {@code word} occurs in the title (case-insensitive; Latin words on word boundaries). */
    public boolean titleHas(String word) { return Words.contains(title, word); }

    /** True when {@code word} occurs in the department name. */
    public boolean departmentHas(String word) { return Words.contains(department, word); }

    /**
     * True when ladder word {@code a} (at {@code levelA}) is a better reading of the title than
     * {@code b}: it is longer; or as long and further right ("Product Quality Manager" is about
     * quality); or the same word at a higher level.
     */
    public boolean prefers(String a, int levelA, String b, int levelB) {
        if (a.length() != b.length()) return a.length() > b.length();
        int at = Words.lastIndexOf(title, a), bt = Words.lastIndexOf(title, b);
        if (at != bt) return at > bt;
        if (levelA != levelB) return levelA > levelB;
        return a.compareTo(b) > 0;
    }

    /** As {@link #prefers} for words found in the department name. */
    public boolean prefersInDepartment(String a, String b) {
        if (a.length() != b.length()) return a.length() > b.length();
        int at = Words.lastIndexOf(department, a), bt = Words.lastIndexOf(department, b);
        if (at != bt) return at > bt;
        return a.compareTo(b) > 0;
    }

    @Override public boolean equals(Object o) { return o instanceof Position p && p.key.equals(key); }
    @Override public int hashCode() { return key.hashCode(); }
    @Override public String toString() { return department.isEmpty() ? title : title + " @ " + department; }
}
