package org.orgrules.facts;

import java.util.Arrays;

/**
 * One String per distinct title, department or company, looked up straight from the characters
 * of the text, so that a million rows with a few hundred titles make a few hundred Strings, not a
 * million. Past {@link #MAX} distinct values new ones are no longer kept (they do not repeat enough
 * to matter).
 */
final class SharedStrings {
    private static final int MAX = 1 << 16;

    private String[] table = new String[1024];
    /** The characters of each kept String, to compare with the text without a String. */
    private char[][] keys = new char[1024][];
    private int size;

    /** The String of {@code chars[from, from + n)}: a kept one when it was seen before. */
    String get(char[] chars, int from, int n) {
        int h = 0;
        for (int i = from, end = from + n; i < end; i++) h = 31 * h + chars[i];
        int mask = table.length - 1;
        int i = spread(h) & mask;
        while (true) {
            String s = table[i];
            if (s == null) break;
            char[] k = keys[i];
            if (k.length == n && s.hashCode() == h && Arrays.equals(k, 0, n, chars, from, from + n)) return s;
            i = (i + 1) & mask;
        }
        String s = new String(chars, from, n);
        keep(i, s);
        return s;
    }

    /** The kept String equal to {@code s}, or {@code s} (kept from now on). */
    String get(String s) {
        if (s == null || s.isEmpty()) return s;
        int h = s.hashCode();
        int mask = table.length - 1;
        int i = spread(h) & mask;
        while (true) {
            String t = table[i];
            if (t == null) break;
            if (t.hashCode() == h && t.equals(s)) return t;
            i = (i + 1) & mask;
        }
        keep(i, s);
        return s;
    }

    private void keep(int i, String s) {
        if (size >= MAX) return;
        table[i] = s;
        keys[i] = s.toCharArray();
        if (++size * 2 > table.length) grow();
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }

    private void grow() {
        String[] old = table;
        char[][] oldKeys = keys;
        table = new String[old.length * 2];
        keys = new char[old.length * 2][];
        int mask = table.length - 1;
        for (int j = 0; j < old.length; j++) {
            String s = old[j];
            if (s == null) continue;
            int i = spread(s.hashCode()) & mask;
            while (table[i] != null) i = (i + 1) & mask;
            table[i] = s;
            keys[i] = oldKeys[j];
        }
    }
}
