package org.orgrules.model;

import java.util.List;
import java.util.Locale;

/** How a question names a thing the rules define (a matter, a PM kind …): case, spaces, - and _ ignored. */
final class Names {
    private Names() {}

    /** True when {@code text} is the key, the Chinese or English name, or one of the other names. */
    static boolean matches(String text, String key, String chinese, String english, List<String> names) {
        String t = norm(text);
        if (t.isEmpty()) return false;
        if (t.equals(norm(key)) || t.equals(norm(chinese)) || t.equals(norm(english))) return true;
        for (String n : names) if (t.equals(norm(n))) return true;
        return false;
    }

    static String norm(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]+", "");
    }
}
