package org.orgrules.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A distinct (title, department) pair in the facts. The ladder rules classify each position once,
 * however many people hold it; people join their position through {@link Person#getPositionKey()}.
 * The title is read by {@link TitleText} (normal form, roles, complements, aliases); the methods here
 * are what the rules in {@code rules/core/titles.drl} ask of it.
 */
public final class Position {
    private final String title;
    private final String department;
    private final String key;
    private final TitleText text;
    private final String departmentText;

    public Position(String title, String department) {
        this.title = title == null ? "" : title;
        this.department = department == null ? "" : department;
        this.key = key(this.title, this.department);
        this.text = TitleText.of(this.title);
        this.departmentText = TitleText.normalize(this.department);
    }

    public static String key(String title, String department) {
        return department.isEmpty() ? title : title + "\u0001" + department;
    }

    public String getTitle() { return title; }
    public String getDepartment() { return department; }
    public String getKey() { return key; }
    /** The title as read: normal form and parts. */
    public TitleText text() { return text; }
    public boolean isHasAlias() { return text.hasAlias(); }
    public boolean hasAlias() { return text.hasAlias(); }

    /** True when {@code word} occurs anywhere in the title (normal form; Latin words on word boundaries). */
    public boolean titleHas(String word) { return !Words.occurrences(text.text(), word).isEmpty(); }

    /** True when {@code word} occurs in the department name. */
    public boolean departmentHas(String word) { return !Words.occurrences(departmentText, word).isEmpty(); }

    /** True when {@code word} occurs in an alias of the title (brackets, the other-language half). */
    public boolean aliasHas(String word) { return aliasMatch(word) != null; }

    /** Where {@code word} occurs in a title's roles: the occurrence that ends last, or null. */
    int[] roleMatch(String word) {
        int[] best = null;
        for (int[] o : Words.occurrences(text.text(), word)) {
            if (text.inRole(o[0]) && text.aliasAt(o[0]) < 0 && (best == null || o[1] >= best[1])) best = o;
        }
        return best;
    }

    int[] aliasMatch(String word) {
        int[] best = null;
        for (int[] o : Words.occurrences(text.text(), word)) {
            if (text.aliasAt(o[0]) >= 0 && (best == null || o[1] >= best[1])) best = o;
        }
        return best;
    }

    /** Where a word first occurs in the title, or the title's length (to order modifiers as written). */
    public int titleOffset(String word) {
        List<int[]> o = Words.occurrences(text.text(), word);
        return o.isEmpty() ? text.text().length() : o.get(0)[0];
    }

    /** The indexes of the title's main parts (its roles), for the rules to read one role at a time. */
    public List<Integer> getRoleParts() {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < text.parts().size(); i++) if (!text.parts().get(i).alias()) out.add(i);
        return out;
    }

    /** True when {@code word} starts in a role of the title and ends in main part {@code part}. */
    public boolean roleHasIn(String word, int part) { return roleMatchIn(word, part) != null; }

    int[] roleMatchIn(String word, int part) {
        int[] best = null;
        for (int[] o : Words.occurrences(text.text(), word)) {
            if (text.inRole(o[0]) && text.aliasAt(o[0]) < 0 && text.mainPartAt(o[1] - 1) == part
                    && (best == null || o[1] >= best[1])) best = o;
        }
        return best;
    }

    /**
     * True when rank word {@code a} (at {@code levelA}) is a better reading of the role in main part
     * {@code part} than {@code b}: the word the role ends on (the head noun: "Treaty Section <b>Chief</b>",
     * 总经理<b>助理</b>), and of words ending there the longer (副总经理 before 总经理 before 经理), then
     * the higher level.
     */
    public boolean prefersIn(String a, int levelA, String b, int levelB, int part) {
        return better(roleMatchIn(a, part), a, levelA, roleMatchIn(b, part), b, levelB);
    }

    /** As {@link #prefersIn}, for words in the title's aliases (brackets, the other-language half). */
    public boolean prefersInAlias(String a, int levelA, String b, int levelB) {
        return better(aliasMatch(a), a, levelA, aliasMatch(b), b, levelB);
    }

    private static boolean better(int[] oa, String a, int levelA, int[] ob, String b, int levelB) {
        if (oa == null || ob == null) return oa != null;
        if (oa[1] != ob[1]) return oa[1] > ob[1];
        if (oa[1] - oa[0] != ob[1] - ob[0]) return oa[1] - oa[0] > ob[1] - ob[0];
        if (levelA != levelB) return levelA > levelB;
        return a.compareTo(b) > 0;
    }

    /**
     * True when modifier {@code mod} stands before the role word {@code role} in the same role of the
     * title. A Latin modifier may stand anywhere before it (Assistant Store Manager); a Chinese one
     * only right before it or before the function and modifier words that precede it ({@code bridges}:
     * 生产副总监, 高级产品经理, 常务副总经理 — but not 副 in 副食品部经理).
     */
    public boolean modifies(String mod, String role, List<?> bridges) {
        int[] r = roleMatch(role);
        if (r == null) r = aliasMatch(role);
        if (r == null) return false;
        int part = text.mainPartAt(r[0]);
        int alias = text.aliasAt(r[0]);
        String t = text.text();
        for (int[] m : Words.occurrences(t, mod)) {
            if (m[1] > r[0]) continue;
            if (part >= 0 ? text.mainPartAt(m[0]) != part || !text.inRole(m[0]) : text.aliasAt(m[0]) != alias) continue;
            String w = Words.normal(mod);
            if (TitleText.isHan(w.charAt(w.length() - 1)) && !bridged(t.substring(m[1], r[0]), bridges)) continue;
            return true;
        }
        return false;
    }

    /**
     * True when {@code mod} is the same word as the role word {@code role} and, in the role, is followed
     * by a word that is not in {@code vocabulary}: it then modifies a role the ladder does not know.
     */
    public boolean modifiesUnknownRole(String mod, String role, List<?> vocabulary) {
        if (!Words.normal(mod).equals(Words.normal(role))) return false;
        int[] r = roleMatch(role);
        if (r == null) return false;
        int part = text.mainPartAt(r[0]);
        if (part < 0) return false;
        String after = text.text().substring(r[1], text.parts().get(part).roleEnd());
        return !besides(after, vocabulary).isEmpty();
    }

    /** True when the title says nothing but {@code word} and words of {@code vocabulary} (its modifiers). */
    public boolean saysOnly(String word, List<?> vocabulary) {
        List<Object> words = new ArrayList<>(vocabulary);
        words.add((Vocabulary) () -> word);
        return besides(text.text(), words).isEmpty();
    }

    /** True when {@code gap} is empty or made only of the given words (longest first, greedily). */
    private static boolean bridged(String gap, List<?> bridges) {
        String g = gap.strip();
        while (!g.isEmpty()) {
            String best = null;
            for (Object o : bridges) {
                String w = Words.normal(((Vocabulary) o).word());
                if (!w.isEmpty() && g.startsWith(w) && (best == null || w.length() > best.length())) best = w;
            }
            if (best == null) return false;
            g = g.substring(best.length()).strip();
        }
        return true;
    }

    /** What the title says besides the given vocabulary (any {@link Vocabulary} facts): its unit, or "". */
    public String titleBesides(List<?> vocabulary) { return besides(text.text(), vocabulary); }

    /** What the department's name says besides the given vocabulary, or "". */
    public String departmentBesides(List<?> vocabulary) { return besides(departmentText, vocabulary); }

    private static String besides(String text, List<?> vocabulary) {
        List<String> words = new ArrayList<>(vocabulary.size());
        for (Object o : vocabulary) words.add(((Vocabulary) o).word());
        words.sort((x, y) -> Integer.compare(Words.normal(y).length(), Words.normal(x).length()));
        return Words.without(text, words);
    }

    /** As {@link #prefersIn} for words found in the department name: the longer, then the later. */
    public boolean prefersInDepartment(String a, String b) {
        int la = Words.normal(a).length(), lb = Words.normal(b).length();
        if (la != lb) return la > lb;
        List<int[]> oa = Words.occurrences(departmentText, a), ob = Words.occurrences(departmentText, b);
        int at = oa.isEmpty() ? -1 : oa.get(oa.size() - 1)[0], bt = ob.isEmpty() ? -1 : ob.get(ob.size() - 1)[0];
        if (at != bt) return at > bt;
        return a.compareTo(b) > 0;
    }

    /**
     * True when function word {@code a} is a better reading of the title's function than {@code b}:
     * a function word proper before a role that names its function ({@code byRole}: QA Engineer is
     * quality), then the longer, then the later.
     */
    public boolean prefersFunction(String a, boolean aByRole, String b, boolean bByRole) {
        if (aByRole != bByRole) return !aByRole;
        return prefersFunction(a, b);
    }

    /** For function words anywhere in the title: the longer, then the later. */
    public boolean prefersFunction(String a, String b) {
        int la = Words.normal(a).length(), lb = Words.normal(b).length();
        if (la != lb) return la > lb;
        List<int[]> oa = Words.occurrences(text.text(), a), ob = Words.occurrences(text.text(), b);
        int at = oa.isEmpty() ? -1 : oa.get(oa.size() - 1)[0], bt = ob.isEmpty() ? -1 : ob.get(ob.size() - 1)[0];
        if (at != bt) return at > bt;
        return a.compareTo(b) > 0;
    }

    @Override public boolean equals(Object o) { return o instanceof Position p && p.key.equals(key); }
    @Override public int hashCode() { return key.hashCode(); }
    @Override public String toString() { return department.isEmpty() ? title : title + " @ " + department; }
}
