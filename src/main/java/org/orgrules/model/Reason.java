package org.orgrules.model;

import java.util.List;
import java.util.Objects;

/**
 * Why an answer is what it is: the rule that produced it (its name reads as a sentence), the
 * statement of the article it encodes (K-number) and the words of this case, naming the facts.
 */
public record Reason(String rule, String source, String text, List<String> facts) {
    public Reason {
        Objects.requireNonNull(rule, "rule");
        source = source == null ? "" : source;
        text = text == null ? "" : text;
        facts = facts == null ? List.of() : List.copyOf(facts);
    }

    public Reason(String rule, String source, String text) {
        this(rule, source, text, List.of());
    }

    /** The same reason, naming the facts (e.g. {@code facts/acme.csv:4}) it matched. */
    public Reason withFacts(List<String> matched) {
        return new Reason(rule, source, text, matched);
    }

    @Override public String toString() {
        return text + " [" + rule + (source.isEmpty() ? "" : ", " + source) + "]";
    }
}
