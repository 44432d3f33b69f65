package org.orgrules.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a ladder word in a title: both in {@link TitleText#normalize normal form} (so 產品總監,
 * {@code PRODUCT MANAGER} and {@code Under-Secretary-General} match the words 产品总监, Product
 * Manager, Under Secretary General), Chinese words anywhere, Latin words only as whole words. A
 * {@code *} in a word stands for one to four words ({@code Chief * Officer}: Chief Risk Officer,
 * Chief Legal and Compliance Officer) or, between Chinese characters, one to six characters ({@code 首席*官}).
 */
public final class Words {
    private Words() {}

    private static final Map<String, String> NORMAL = new ConcurrentHashMap<>();
    private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

    /** A word's normal form (cached: the ladder is a few hundred words). */
    public static String normal(String word) {
        if (word == null) return "";
        String n = NORMAL.get(word);
        if (n == null) {
            n = TitleText.normalize(word);
            if (NORMAL.size() < 100_000) NORMAL.put(word, n);
        }
        return n;
    }

    public static boolean contains(String text, String word) {
        return lastIndexOf(text, word) >= 0;
    }

    /** Where the last whole-word occurrence of {@code word} starts in {@code text} (both normalised here), or -1. */
    public static int lastIndexOf(String text, String word) {
        List<int[]> all = occurrences(TitleText.normalize(text), word);
        return all.isEmpty() ? -1 : all.get(all.size() - 1)[0];
    }

    /**
     * Every whole-word occurrence of {@code word} in the already normalised {@code text}, as
     * {@code [start, end)} offsets in order of their start.
     */
    public static List<int[]> occurrences(String text, String word) {
        String w = normal(word);
        List<int[]> out = new ArrayList<>(2);
        if (text == null || text.isEmpty() || w.isEmpty()) return out;
        if (w.indexOf('*') >= 0) {
            Matcher m = pattern(w).matcher(text);
            int from = 0;
            while (from <= text.length() && m.find(from)) {
                if (boundaries(text, m.start(), m.end(), w)) out.add(new int[] {m.start(), m.end()});
                from = m.start() + 1;
            }
            return out;
        }
        for (int at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) {
            if (boundaries(text, at, at + w.length(), w)) out.add(new int[] {at, at + w.length()});
        }
        return out;
    }

    private static boolean boundaries(String t, int at, int end, String w) {
        boolean latinStart = isLatin(w.charAt(0));
        boolean latinEnd = isLatin(w.charAt(w.length() - 1));
        boolean startOk = !latinStart || at == 0 || !isLatin(t.charAt(at - 1));
        boolean endOk = !latinEnd || end == t.length() || !isLatin(t.charAt(end));
        return startOk && endOk;
    }

    private static Pattern pattern(String w) {
        return PATTERNS.computeIfAbsent(w, k -> {
            StringBuilder re = new StringBuilder();
            String[] pieces = k.split("\\*", -1);
            for (int i = 0; i < pieces.length; i++) {
                if (i > 0) {
                    boolean han = !pieces[i - 1].isEmpty() && TitleText.isHan(pieces[i - 1].charAt(pieces[i - 1].length() - 1));
                    re.append(han ? "\\p{IsHan}{1,6}?" : "(?!(?:of|to|for) )[^ ,;:()/]+(?: (?!(?:of|to|for) )[^ ,;:()/]+){0,3}?");
                }
                re.append(Pattern.quote(pieces[i]));
            }
            return Pattern.compile(re.toString());
        });
    }

    /**
     * Removes every whole-word occurrence of each of {@code words} from the normalised {@code text}
     * and returns what is left, single-spaced: what a title says beyond its vocabulary.
     */
    public static String without(String text, List<String> words) {
        char[] t = text.toCharArray();
        boolean[] gone = new boolean[t.length];
        for (String w : words) {
            for (int[] o : occurrences(text, w)) for (int i = o[0]; i < o[1]; i++) gone[i] = true;
        }
        StringBuilder b = new StringBuilder(t.length);
        for (int i = 0; i < t.length; i++) {
            char c = gone[i] ? ' ' : t[i];
            b.append(Character.isLetterOrDigit(c) ? c : ' ');
        }
        return b.toString().replaceAll(" {2,}", " ").strip();
    }

    static boolean isLatin(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= '\u00c0' && c <= '\u024f');
    }
}
