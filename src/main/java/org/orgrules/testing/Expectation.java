package org.orgrules.testing;

import java.util.List;
import java.util.Map;

/**
 * One expected answer: the query ({@code kind} is a CLI command — senior, reports-to, chain, team,
 * peers, check, directs, directed-by, approver, class, owner, lines, kpis, duties, title — and {@code args} its arguments; {@code question} is set when the suite asked it in
 * words with {@code ask}), what must hold of the answer, and the suite {@code file:line} it was written at.
 *
 * <p>{@code fields} holds the expected values by their suite key: {@code answer} (an Answer name or a
 * boolean), {@code managers}, {@code is}, {@code path}, {@code because} (lists of strings),
 * {@code include}, {@code steps} (lists of strings; {@code is} of class is one management level),
 * {@code inferred}, {@code cycle}, {@code all}, {@code none}, {@code kind-unknown} (booleans), {@code must} and
 * {@code must-not} (lists of {@link ViolationMatch}); of {@code title}: {@code rank} (a rank or {@code none}),
 * {@code function} (a function key or {@code none}), {@code confidence} (certain, uncertain, unknown), {@code unit}, {@code head}.
 */
public record Expectation(String kind, List<String> args, String question, Map<String, Object> fields,
                          String file, int line) {
    public Expectation {
        args = List.copyOf(args);
        fields = Map.copyOf(fields);
    }

    public String location() { return file + ":" + line; }

    /** The query as the CLI would be called: {@code senior 产品经理 技术总监}, {@code ask "…"}. */
    public String query() {
        String q = kind + (args.isEmpty() ? "" : " " + String.join(" ", args));
        if (kind.equals("team") && Boolean.TRUE.equals(fields.get("all"))) q += " --all";
        return question == null ? q : "ask \"" + question + "\" (" + q + ")";
    }

    /**
     * A violation that must (or must not) appear: {@code what} is a rule name or a K-statement
     * ({@code K2.2}); when {@code people} is not empty, the violation must involve each of them.
     */
    public record ViolationMatch(String what, List<String> people, String severity, int line) {
        public ViolationMatch {
            people = List.copyOf(people);
        }

        /** A match of any severity. */
        public ViolationMatch(String what, List<String> people, int line) {
            this(what, people, null, line);
        }

        @Override public String toString() {
            return (severity == null ? "" : severity + " ") + what + (people.isEmpty() ? "" : " " + people);
        }
    }
}
