package org.orgrules.model;

/**
 * A row of {@code rules/vocabulary/line-types.yaml}: lines of {@code type} count for {@code use}. The engine
 * reads these once per rule base to decide which lines {@code chain}, {@code senior} and
 * {@code reports-to} follow; violation rules join them to know which lines carry command.
 */
public record LineUse(LineType type, Use use, RuleRef rule) {
    /** What a line can count for. */
    public enum Use {
        /** The chain of command: {@code chain}, {@code team}, reporting cycles. */
        CHAIN,
        /** Command for seniority: whoever is above through such lines is senior (K3.1); rank inversions. */
        COMMAND,
        /** {@code reports-to}: the person reports to the manager through such lines. */
        REPORTS_TO
    }

    public LineType getType() { return type; }
    public Use getUse() { return use; }

}
