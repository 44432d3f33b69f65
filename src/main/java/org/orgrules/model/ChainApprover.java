package org.orgrules.model;

/**
 * Derived (K2.6), with no director to approve a matter: {@code approver}, whom a plan drafted at rank
 * {@code level} reaches, ranks above the drafter and approves it. Shared by every drafter of that rank
 * whose plan goes that way, whatever the matter; the facade finds a drafter's approvers by following the
 * {@link ChainStep}s from their first steps. {@code rule} is the rule that found the approver, which each
 * drafter's answer cites.
 */
public record ChainApprover(int level, Person approver, RuleRef rule) {
    public int getLevel() { return level; }
    public Person getApprover() { return approver; }
    public String getApproverId() { return approver.getId(); }

    public static ChainApprover of(RuleRef by, int level, Person approver) {
        return new ChainApprover(level, approver, by);
    }
}
