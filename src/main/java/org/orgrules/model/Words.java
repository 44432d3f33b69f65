package org.orgrules.model;

import java.util.Locale;

/** Finds a ladder word in a title: Chinese words anywhere, Latin words only as whole words. */
public final class Words {
    private Words() {}

    public static boolean contains(String text, String word) {
        return lastIndexOf(text, word) >= 0;
    }

    /** Where the last whole-word occurrence of {@code word} starts in {@code text}, or -1. */
    public static int lastIndexOf(String text, String word) {
        if (text == null || word == null || word.isEmpty()) return -1;
        String t = text.toLowerCase(Locale.ROOT);
        String w = word.toLowerCase(Locale.ROOT);
        boolean latinStart = isLatin(w.charAt(0));
        boolean latinEnd = isLatin(w.charAt(w.length() - 1));
        for (int at = t.lastIndexOf(w); at >= 0; at = at == 0 ? -1 : t.lastIndexOf(w, at - 1)) {
            int end = at + w.length();
            boolean startOk = !latinStart || at == 0 || !isLatin(t.charAt(at - 1));
            boolean endOk = !latinEnd || end == t.length() || !isLatin(t.charAt(end));
            if (startOk && endOk) return at;
        }
        return -1;
    }

    private static boolean isLatin(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }
}
