package org.orgrules.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a line of {@code shell} into words as a POSIX shell would, without expansions: words are
 * separated by white space (an ideographic space too); {@code '…'} keeps everything inside as it is;
 * {@code "…"} keeps everything but {@code \"} and {@code \\}, which stand for {@code "} and
 * {@code \}; outside quotes a backslash takes the next character as it is; quoted and unquoted parts
 * next to each other make one word ({@code a"b c"} is {@code ab c}); {@code ""} is an empty word.
 */
final class ShellWords {
    private ShellWords() {}

    /**
     * The words of {@code line}.
     *
     * @throws IllegalArgumentException for a quote left open or a backslash at the end of the line
     */
    static List<String> split(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        boolean inWord = false;
        int n = line.length();
        for (int i = 0; i < n; i++) {
            char c = line.charAt(i);
            if (c == '\'') {
                int end = line.indexOf('\'', i + 1);
                if (end < 0) throw new IllegalArgumentException("unterminated ' quote at column " + (i + 1));
                w.append(line, i + 1, end);
                inWord = true;
                i = end;
            } else if (c == '"') {
                int j = i + 1;
                for (; j < n && line.charAt(j) != '"'; j++) {
                    char d = line.charAt(j);
                    if (d == '\\' && j + 1 < n && (line.charAt(j + 1) == '"' || line.charAt(j + 1) == '\\')) d = line.charAt(++j);
                    w.append(d);
                }
                if (j >= n) throw new IllegalArgumentException("unterminated \" quote at column " + (i + 1));
                inWord = true;
                i = j;
            } else if (c == '\\') {
                if (i + 1 >= n) throw new IllegalArgumentException("a backslash ends the line: nothing to escape");
                w.append(line.charAt(++i));
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(w.toString());
                    w.setLength(0);
                    inWord = false;
                }
            } else {
                w.append(c);
                inWord = true;
            }
        }
        if (inWord) words.add(w.toString());
        return words;
    }
}
