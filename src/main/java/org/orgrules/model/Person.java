package org.orgrules.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One person as the facts give them: a fact the rules match.
 *
 * <p>Immutable. {@code managerId} is {@code null} at the top of a tree. {@code origin} says where the
 * fact came from ({@code facts/acme.csv:12}) so that answers and errors can point at it. A loader gives
 * the file and the line apart ({@link #read}): the file's name is one String for all its rows and the
 * origin is written out only when asked for (a million rows' origins were 80 MB of Strings).
 */
public final class Person {
    private final String id;
    private final String name;
    private final String title;
    private final String department;
    private final String company;
    private final String managerId;
    private final String origin;                     // the whole origin, or its file when originLine >= 0
    private final int originLine;
    private final String positionKey;
    private final Map<String, List<String>> attributes;
    private final java.time.LocalDate from;
    private final java.time.LocalDate to;
    private final List<Line> lines;

    public Person(String id, String name, String title, String department, String company,
                  String managerId, String origin) {
        this(id, name, title, department, company, managerId, origin, Map.of());
    }

    /**
     * A person with further attributes the facts give ({@code product_lines}, {@code assigned_by},
     * {@code pm_kind}, {@code phase} …): each a list of values, a single value being a one-element list.
     */
    public Person(String id, String name, String title, String department, String company,
                  String managerId, String origin, Map<String, List<String>> attributes) {
        this(id, name, title, department, company, managerId, origin, attributes, null, null, List.of());
    }

    /**
     * A person whose row is in effect from {@code from} to {@code to} (both days included; {@code null}:
     * open), with further lines besides the manager's (dotted, acting …). Rows of one id with different
     * dates are the versions of that person (a job history): {@link #inEffect} picks the day's.
     */
    public Person(String id, String name, String title, String department, String company,
                  String managerId, String origin, Map<String, List<String>> attributes,
                  java.time.LocalDate from, java.time.LocalDate to, List<Line> lines) {
        this(id, name, title, department, company, managerId, origin, -1, attributes, from, to, lines);
    }

    /**
     * A person read at {@code line} of {@code file} (origin {@code file:line}), as a loader makes them;
     * otherwise as the constructor with the most arguments.
     */
    public static Person read(String id, String name, String title, String department, String company,
                              String managerId, String file, int line, Map<String, List<String>> attributes,
                              java.time.LocalDate from, java.time.LocalDate to, List<Line> lines) {
        String f = file == null ? "" : file;
        if (line < 0) return new Person(id, name, title, department, company, managerId, f + ":" + line, -1, attributes, from, to, lines);
        return new Person(id, name, title, department, company, managerId, f, line, attributes, from, to, lines);
    }

    private Person(String id, String name, String title, String department, String company,
                   String managerId, String origin, int originLine, Map<String, List<String>> attributes,
                   java.time.LocalDate from, java.time.LocalDate to, List<Line> lines) {
        this.id = Objects.requireNonNull(id, "id");
        this.name = name == null || name.isBlank() ? id : name;
        this.title = title == null ? "" : title;
        this.department = department == null ? "" : department;
        this.company = company == null ? "" : company;
        this.managerId = managerId == null || managerId.isBlank() ? null : managerId;
        this.origin = origin == null ? "" : origin;
        this.originLine = originLine;
        this.positionKey = positionKey(this.title, this.department);
        this.attributes = attributes == null || attributes.isEmpty() ? Map.of() : copy(attributes);
        this.from = from;
        this.to = to;
        this.lines = lines == null || lines.isEmpty() ? List.of() : List.copyOf(lines);
    }

    /** A position's key as {@link Position#key} makes it, one String for the many holders of a position (as far as the cache holds). */
    private static String positionKey(String title, String department) {
        if (department.isEmpty()) return title;
        int slot = (title.hashCode() * 31 + department.hashCode()) & (KEYS.length - 1);
        KeyOf k = KEYS[slot];                        // a racy read of an immutable entry: safe; a miss makes a new one
        if (k != null && k.title().equals(title) && k.department().equals(department)) return k.key();
        String key = Position.key(title, department);
        KEYS[slot] = new KeyOf(title, department, key);
        return key;
    }

    /**
     * The position keys made last, by slot of title and department: a million holders of a few hundred
     * positions share a few hundred keys instead of a million Strings (64 MB at 1 M). Bounded; shared by
     * every load, which only ever reads a key equal to the one it would make.
     */
    private static final KeyOf[] KEYS = new KeyOf[4096];
    private record KeyOf(String title, String department, String key) {}

    private static Map<String, List<String>> copy(Map<String, List<String>> attributes) {
        Map<String, List<String>> m = new java.util.LinkedHashMap<>();
        attributes.forEach((k, v) -> { if (k != null && v != null && !v.isEmpty()) m.put(k, List.copyOf(v)); });
        return java.util.Collections.unmodifiableMap(m);
    }

    public String getId() { return id; }
    public String getName() { return name; }
    public String getTitle() { return title; }
    public String getDepartment() { return department; }
    public String getCompany() { return company; }
    /** The manager the facts name, or {@code null}. */
    public String getManagerId() { return managerId; }
    /** Where this fact was read: {@code file:line}, or empty. */
    public String getOrigin() { return originLine < 0 ? origin : origin + ":" + originLine; }
    /** Joins this person to the {@link Position} (title + department) the rules classify. */
    public String getPositionKey() { return positionKey; }

    /** Further attributes the facts give, by key (immutable; empty when none). */
    public Map<String, List<String>> getAttributes() { return attributes; }

    /** The first value of an attribute ({@code pm_kind}, {@code assigned_by} …), or {@code null}. */
    public String attr(String key) {
        List<String> v = attributes.get(key);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    /** Every value of an attribute ({@code product_lines}), empty when none. */
    public List<String> attrs(String key) {
        return attributes.getOrDefault(key, List.of());
    }

    /** The first day this row is in effect, or {@code null} (always was). */
    public java.time.LocalDate getFrom() { return from; }

    /** The last day this row is in effect, or {@code null} (until a later row of the same id starts). */
    public java.time.LocalDate getTo() { return to; }

    /** Further lines besides the manager's (dotted, acting, a second solid line), as the facts give them. */
    public List<Line> getLines() { return lines; }

    /** True when this row or one of its lines has a from or to date. */
    public boolean isDated() {
        if (from != null || to != null) return true;
        for (Line l : lines) if (l.dated()) return true;
        return false;
    }

    /** True when this row is in effect on {@code day} ({@code null}: any day). */
    public boolean inEffect(java.time.LocalDate day) {
        return day == null || ((from == null || !from.isAfter(day)) && (to == null || !to.isBefore(day)));
    }

    /** This person as of {@code day}: only the further lines in effect that day (the same object when all are). */
    public Person linesAsOf(java.time.LocalDate day) {
        boolean all = true;
        for (Line l : lines) all &= l.inEffect(day);
        if (all) return this;
        List<Line> kept = new java.util.ArrayList<>();
        for (Line l : lines) if (l.inEffect(day)) kept.add(l);
        return new Person(id, name, title, department, company, managerId, origin, originLine, attributes, from, to, kept);
    }

    public Person withManager(String newManagerId) {
        return new Person(id, name, title, department, company, newManagerId, origin, originLine, attributes, from, to, lines);
    }

    public Person withTitle(String newTitle) {
        return new Person(id, name, newTitle, department, company, managerId, origin, originLine, attributes, from, to, lines);
    }

    /** The same person with these attributes (replacing any). */
    public Person withAttributes(Map<String, List<String>> newAttributes) {
        return new Person(id, name, title, department, company, managerId, origin, originLine, newAttributes, from, to, lines);
    }

    /** The same person with these further lines (replacing any). */
    public Person withLines(List<Line> newLines) {
        return new Person(id, name, title, department, company, managerId, origin, originLine, attributes, from, to, newLines);
    }

    /** The same person, in effect from {@code newFrom} to {@code newTo}. */
    public Person withDates(java.time.LocalDate newFrom, java.time.LocalDate newTo) {
        return new Person(id, name, title, department, company, managerId, origin, originLine, attributes, newFrom, newTo, lines);
    }

    /** "li (生产经理, facts/acme.csv:4)": how answers and errors name a person. */
    public String describe() {
        StringBuilder b = new StringBuilder(id).append(" (");
        if (!name.equals(id)) b.append(name).append(", ");
        b.append(title.isEmpty() ? "no title" : title);
        if (originLine >= 0) b.append(", ").append(origin).append(':').append(originLine);
        else if (!origin.isEmpty()) b.append(", ").append(origin);
        return b.append(')').toString();
    }

    @Override public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof Person p)) return false;
        return id.equals(p.id) && name.equals(p.name) && title.equals(p.title)
                && department.equals(p.department) && company.equals(p.company)
                && Objects.equals(managerId, p.managerId) && attributes.equals(p.attributes)
                && Objects.equals(from, p.from) && Objects.equals(to, p.to) && lines.equals(p.lines);
    }

    @Override public int hashCode() { return id.hashCode(); }

    @Override public String toString() { return describe(); }
}
