package org.orgrules.model;

/**
 * Derived by {@code rules/knowledge/approval.drl}: how the approver is chosen when several directors
 * of the matter's function could approve what someone drafts (a K2.2 violation). With no such fact
 * every one of them approves.
 */
public record ApproverChoice(Choice choice, RuleRef rule) {
    public enum Choice {
        /** The one in the drafter's chain of command (their primary line, primary-line.drl) approves. */
        IN_DRAFTERS_CHAIN
    }

    public Choice getChoice() { return choice; }

    public static ApproverChoice of(RuleRef by, Choice choice) {
        return new ApproverChoice(choice, by);
    }
}
