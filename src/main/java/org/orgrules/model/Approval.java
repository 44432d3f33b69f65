package org.orgrules.model;

/**
 * Derived (K2.6): {@code approver} approves the {@code matter} {@code drafter} drafts. {@code viaChain}
 * is true when the company has no approver of the matter's function and the next senior person in
 * the drafter's chain of command takes the role.
 */
public record Approval(Person drafter, Matter matter, Person approver, boolean viaChain, RuleRef rule) {
    public String getDrafterId() { return drafter.getId(); }
    public String getMatterKey() { return matter.key(); }
    public String getApproverId() { return approver.getId(); }

    public static Approval byDirector(RuleRef by, Person drafter, Matter matter,
                                      Person approver) {
        return new Approval(drafter, matter, approver, false, by);
    }

    public static Approval byChain(RuleRef by, Person drafter, Matter matter,
                                   Person approver) {
        return new Approval(drafter, matter, approver, true, by);
    }
}
