package org.orgrules.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How a job title reads before any vocabulary is applied: its normalised text and its parts. The
 * ladder (the rank, modifier and function words in {@code rules/vocabulary/ladder.yaml}) decides what the words
 * mean; this class only knows the shape of titles, in any language:
 * <ul>
 *   <li><b>Normal form</b>: full-width characters as ASCII (NFKC: {@code （ＣＴＯ）} → {@code (CTO)}),
 *       traditional Chinese as simplified (產品總監 → 产品总监), hyphens and dashes as spaces
 *       ({@code Under-Secretary-General} → {@code under secretary general}), lower case, one space.</li>
 *   <li><b>Main parts</b>: the roles a title joins ({@code President and CEO}, {@code 副总经理兼财务总监},
 *       {@code Secretary/Treasurer}); a dual title holds the higher of its roles.</li>
 *   <li><b>Role and complement</b>: in each main part the role ends where a complement starts:
 *       {@code of}, {@code for}, {@code to}, {@code in}, {@code at}, {@code on}, a comma, a colon or a
 *       spaced dash ({@code Director of Legal Affairs}, {@code Head, Treaty Section},
 *       {@code Assistant to the General Manager}). The rank word must start in a role; words in a
 *       complement name the unit or whom the role serves, never the holder's rank.</li>
 *   <li><b>Aliases</b>: text in brackets ({@code 技术总监（CTO）}) and the other-language half of a
 *       bilingual title ({@code 产品经理 Product Manager}) restate the title: read when the main part
 *       names no rank, and a doubt when they name another.</li>
 * </ul>
 * Immutable; instances are shared per distinct title.
 */
public final class TitleText {
    /** A main part (a role and its complement) or an alias, as offsets into {@link #text()}. */
    public record Part(int start, int roleEnd, int end, boolean alias) {}

    private static final Map<Integer, Integer> SIMPLIFIED = loadSimplified();
    private static final String[] COMPLEMENT = {" of ", " for ", " to ", " in ", " at ", " on ", " within ", ", ", ": ", " - "};
    private static final String[] JOINS = {" and ", " & ", "/", "兼", "、", ";", "|", " + "};

    private final String text;
    private final List<Part> parts;

    private TitleText(String text, List<Part> parts) {
        this.text = text;
        this.parts = List.copyOf(parts);
    }

    /** The reading of {@code title} (null reads as empty). */
    public static TitleText of(String title) {
        String t = normalize(title);
        List<Part> parts = new ArrayList<>();
        // aliases: bracketed text; the rest is the main text, split into roles
        boolean[] aliased = new boolean[t.length()];
        int depth = 0, open = -1;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '(' || c == '[' || c == '【' || c == '〔') {
                if (depth++ == 0) open = i;
                aliased[i] = true;
            } else if ((c == ')' || c == ']' || c == '】' || c == '〕') && depth > 0) {
                aliased[i] = true;
                if (--depth == 0) addAlias(parts, t, open + 1, i);
            } else if (depth > 0) {
                aliased[i] = true;
            }
        }
        if (depth > 0) addAlias(parts, t, open + 1, t.length());
        int from = 0;
        for (int i = 0; i <= t.length(); i++) {
            if (i == t.length() || aliased[i]) {
                if (i > from) mainParts(parts, t, from, i);
                from = i + 1;
            }
        }
        return new TitleText(t, parts);
    }

    private static void addAlias(List<Part> parts, String t, int from, int to) {
        int[] r = trim(t, from, to);
        if (r[0] < r[1]) parts.add(new Part(r[0], r[1], r[1], true));
    }

    /** Splits a stretch of main text at the words that join two roles, then each role from its complement. */
    private static void mainParts(List<Part> parts, String t, int from, int to) {
        int[] r = trim(t, from, to);
        from = r[0];
        to = r[1];
        if (from >= to) return;
        // a bilingual title: one Chinese and one Latin half, separated by a space: the second half is an alias
        int cut = bilingualCut(t, from, to);
        if (cut > 0) {
            mainParts(parts, t, from, cut);
            addAlias(parts, t, cut, to);
            return;
        }
        int start = from;
        for (int i = from; i < to; i++) {
            for (String j : JOINS) {
                if (t.startsWith(j, i) && i + j.length() <= to) {
                    role(parts, t, start, i);
                    start = i + j.length();
                    i = start - 1;
                    break;
                }
            }
        }
        role(parts, t, start, to);
    }

    private static void role(List<Part> parts, String t, int from, int to) {
        int[] r = trim(t, from, to);
        if (r[0] >= r[1]) return;
        int roleEnd = r[1];
        String s = " " + t.substring(r[0], r[1]) + " ";
        for (String c : COMPLEMENT) {
            int at = s.indexOf(c);
            if (at > 0) roleEnd = Math.min(roleEnd, r[0] + at - 1);
        }
        if (roleEnd <= r[0]) roleEnd = r[1];
        parts.add(new Part(r[0], roleEnd, r[1], false));
    }

    /** Where the second half of a bilingual title starts ("产品经理 product manager"), or -1. */
    private static int bilingualCut(String t, int from, int to) {
        int cut = -1;
        for (int i = from + 1; i < to - 1; i++) {
            if (t.charAt(i) != ' ') continue;
            char before = t.charAt(i - 1), after = t.charAt(i + 1);
            if ((isHan(before) && isLatin(after)) || (isLatin(before) && isHan(after))) {
                if (cut >= 0) return -1;            // more than one switch: a mixed title, not two halves
                cut = i + 1;
            }
        }
        if (cut < 0) return -1;
        boolean hanFirst = hasHan(t, from, cut), hanSecond = hasHan(t, cut, to);
        return hanFirst != hanSecond ? cut : -1;
    }

    private static int[] trim(String t, int from, int to) {
        while (from < to && (t.charAt(from) == ' ' || t.charAt(from) == ',' || t.charAt(from) == '-')) from++;
        while (to > from && (t.charAt(to - 1) == ' ' || t.charAt(to - 1) == ',' || t.charAt(to - 1) == '-')) to--;
        return new int[] {from, to};
    }

    /** The normalised text every word is matched against. */
    public String text() { return text; }

    /** The main parts (roles and their complements) and aliases, in reading order. */
    public List<Part> parts() { return parts; }

    /** True when some part is an alias (brackets, or the other half of a bilingual title). */
    public boolean hasAlias() { return parts.stream().anyMatch(Part::alias); }

    /** The main part an offset falls in, or -1. */
    public int mainPartAt(int offset) {
        for (int i = 0; i < parts.size(); i++) {
            Part p = parts.get(i);
            if (!p.alias() && offset >= p.start() && offset < p.end()) return i;
        }
        return -1;
    }

    /** True when {@code offset} lies in the role of a main part (not its complement, not an alias). */
    public boolean inRole(int offset) {
        for (Part p : parts) if (!p.alias() && offset >= p.start() && offset < p.roleEnd()) return true;
        return false;
    }

    /** The alias part an offset falls in, or -1. */
    public int aliasAt(int offset) {
        for (int i = 0; i < parts.size(); i++) {
            Part p = parts.get(i);
            if (p.alias() && offset >= p.start() && offset < p.end()) return i;
        }
        return -1;
    }

    // ---------------------------------------------------------------- normal form

    /**
     * The normal form of a title or a ladder word: NFKC, traditional → simplified Chinese, hyphens,
     * dashes and underscores as spaces (a spaced dash stays a dash: it starts a complement), lower case,
     * single spaces, trimmed.
     */
    public static String normalize(String s) {
        if (s == null || s.isEmpty()) return "";
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC);
        StringBuilder b = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); ) {
            int cp = n.codePointAt(i);
            i += Character.charCount(cp);
            Integer simple = SIMPLIFIED.get(cp);
            if (simple != null) cp = simple;
            if (cp == '\u2013' || cp == '\u2014' || cp == '\u2015' || cp == '\u2212') cp = '-';
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == '_' || cp == '\u00b7' || cp == '\u30fb') cp = ' ';
            b.appendCodePoint(Character.toLowerCase(cp));
        }
        // a hyphen inside a word joins it ("under-secretary-general"), one between spaces starts a complement
        String t = b.toString();
        StringBuilder out = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '-') {
                boolean spacedBefore = i == 0 || t.charAt(i - 1) == ' ';
                boolean spacedAfter = i == t.length() - 1 || t.charAt(i + 1) == ' ';
                out.append(spacedBefore && spacedAfter ? " - " : " ");
            } else if (c == ',' || c == ':' || c == ';') {
                out.append(c).append(' ');
            } else if (c == '/' || c == '(' || c == ')') {
                out.append(' ').append(c).append(' ');
            } else {
                out.append(c);
            }
        }
        return out.toString().replaceAll(" {2,}", " ").strip().toLowerCase(Locale.ROOT)
                .replace("( ", "(").replace(" )", ")").replace(" / ", "/").replace(" ,", ",");
    }

    /** {@code s} with traditional Chinese characters as simplified ones (產品總監 → 产品总监), nothing else changed. */
    public static String simplified(String s) {
        if (s == null || s.isEmpty()) return s == null ? "" : s;
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            Integer simple = SIMPLIFIED.get(cp);
            b.appendCodePoint(simple != null ? simple : cp);
        }
        return b.toString();
    }

    static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    static boolean isLatin(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    private static boolean hasHan(String t, int from, int to) {
        for (int i = from; i < to; i++) if (isHan(t.charAt(i))) return true;
        return false;
    }

    /**
     * Traditional → simplified characters, one to one: the table in {@code traditional-to-simplified.txt}
     * was written from ICU4J's {@code Traditional-Simplified} transliterator (a test keeps it equal), so
     * that reading a title does not load ICU's 14 MB of data at run time.
     */
    private static Map<Integer, Integer> loadSimplified() {
        Map<Integer, Integer> m = new HashMap<>(4096);
        try (InputStream in = TitleText.class.getResourceAsStream("traditional-to-simplified.txt")) {
            if (in == null) throw new IllegalStateException("traditional-to-simplified.txt is missing from the jar");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                int[] cps = line.codePoints().toArray();
                for (int i = 0; i + 1 < cps.length; i += 2) m.put(cps[i], cps[i + 1]);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read traditional-to-simplified.txt", e);
        }
        return Map.copyOf(m);
    }

    /** The table, for the test that compares it with ICU4J. */
    public static Map<Integer, Integer> simplifiedTable() { return SIMPLIFIED; }
}
