package org.orgrules.explain;

import java.util.List;

/**
 * Why an answer is what it is, as a tree: the question, the answer, and one {@link Step} per rule
 * that took part — its name, the K-statement it encodes (English and Chinese original), where the
 * rule is written (DRL file:line) and, under it, what it concluded in this case with the facts
 * (file:line) it matched. Immutable.
 */
public record Explanation(String query, String answer, List<Step> steps) {
    public Explanation {
        steps = List.copyOf(steps);
    }

    /**
     * One rule that took part. {@code location} is the rule's DRL {@code file:line} (empty for steps
     * the engine takes itself, such as walking the lines); {@code statement} is null when the rule
     * cites no statement the catalogue knows.
     */
    public record Step(String rule, String source, String location, Statement statement, List<Because> because) {
        public Step {
            because = List.copyOf(because);
        }
    }

    /** What a rule concluded in this case, and the facts it matched. */
    public record Because(String text, List<String> facts) {
        public Because {
            facts = List.copyOf(facts);
        }
    }

    /** Every K-statement cited, in order of first appearance. */
    public List<String> sources() {
        return steps.stream().map(Step::source).filter(s -> !s.isEmpty()).distinct().toList();
    }

    /** The readable tree the CLI prints. */
    public String toText() {
        StringBuilder b = new StringBuilder();
        b.append("Q: ").append(query).append('\n');
        b.append("A: ").append(answer).append('\n');
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            boolean last = i == steps.size() - 1;
            String bar = last ? "    " : "│   ";
            b.append(last ? "└── " : "├── ").append("rule \"").append(s.rule()).append('"');
            if (!s.source().isEmpty()) b.append("  [").append(s.source()).append(']');
            if (!s.location().isEmpty()) b.append("  ").append(s.location());
            b.append('\n');
            if (s.statement() != null) {
                b.append(bar).append(s.statement().id()).append(": ").append(s.statement().english()).append('\n');
                if (!s.statement().chinese().isEmpty()) {
                    b.append(bar).append(" ".repeat(s.statement().id().length() + 2))
                            .append(s.statement().chinese()).append('\n');
                }
            }
            for (Because c : s.because()) {
                b.append(bar).append("• ").append(c.text()).append('\n');
                if (!c.facts().isEmpty()) b.append(bar).append("  facts: ").append(String.join(", ", c.facts())).append('\n');
            }
        }
        return b.toString();
    }
}
