package org.orgrules.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The ladder's vocabulary gathered once ({@code rules/core/titles.drl}), indexed by the first character of
 * each word's normal form, so that a title is looked up in it instead of being matched against every
 * word: with ten thousand distinct titles and a thousand ladder words that is the difference between
 * seconds and minutes. It decides nothing; which word wins stays in the rules. Immutable but for a
 * memo of what each text holds (thread-safe); identity equality.
 */
public final class Ladder {
    private final List<Vocabulary> all;
    private final Map<Character, List<Vocabulary>> byFirst = new HashMap<>();
    private final List<Vocabulary> wildcardFirst = new ArrayList<>();
    /** What each text was found to hold, by type: the rules ask the same title many times. */
    private final Map<String, List<?>> found = new java.util.concurrent.ConcurrentHashMap<>();

    public Ladder(Collection<?> words) {
        List<Vocabulary> list = new ArrayList<>(words.size());
        for (Object o : words) list.add((Vocabulary) o);
        this.all = List.copyOf(list);
        for (Vocabulary v : all) {
            String n = Words.normal(v.word());
            if (n.isEmpty()) continue;
            if (n.charAt(0) == '*') wildcardFirst.add(v);
            else byFirst.computeIfAbsent(n.charAt(0), k -> new ArrayList<>()).add(v);
        }
    }

    /** Every word of the ladder. */
    public List<Vocabulary> all() { return all; }

    /** The words that occur in the title (normal form, whole words), of any kind. */
    public List<Vocabulary> vocabularyIn(Position p) { return in(p.text().text(), Vocabulary.class); }

    /** The words that occur in the department's name. */
    public List<Vocabulary> vocabularyInDepartment(Position p) { return in(TitleText.normalize(p.getDepartment()), Vocabulary.class); }

    public List<RankWord> rankWordsIn(Position p) { return in(p.text().text(), RankWord.class); }

    public List<ModifierWord> modifiersIn(Position p) { return in(p.text().text(), ModifierWord.class); }

    public List<FunctionWord> functionWordsIn(Position p) { return in(p.text().text(), FunctionWord.class); }

    public List<FunctionWord> functionWordsInDepartment(Position p) { return in(TitleText.normalize(p.getDepartment()), FunctionWord.class); }

    /** The function and modifier words of the title: what may stand between a Chinese modifier and its role word. */
    public List<Vocabulary> bridgesIn(Position p) {
        List<Vocabulary> out = new ArrayList<>();
        for (Vocabulary v : vocabularyIn(p)) if (v instanceof FunctionWord || v instanceof ModifierWord) out.add(v);
        return out;
    }

    @SuppressWarnings("unchecked")
    private <T> List<T> in(String text, Class<T> type) {
        String key = type.getSimpleName() + '\u0001' + text;
        List<?> known = found.get(key);
        if (known != null) return (List<T>) known;
        List<T> list = List.copyOf(scan(text, type));
        if (found.size() < 200_000) found.put(key, list);
        return list;
    }

    private <T> Set<T> scan(String text, Class<T> type) {
        Set<T> out = new LinkedHashSet<>();
        Set<Character> seen = new java.util.HashSet<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!seen.add(c)) continue;
            for (Vocabulary v : byFirst.getOrDefault(c, List.of())) add(text, v, type, out);
        }
        for (Vocabulary v : wildcardFirst) add(text, v, type, out);
        return out;
    }

    private static <T> void add(String text, Vocabulary v, Class<T> type, Set<T> out) {
        if (type.isInstance(v) && !Words.occurrences(text, v.word()).isEmpty()) out.add(type.cast(v));
    }

    @Override public String toString() { return "Ladder(" + all.size() + " words)"; }
}
