package org.orgrules.model;

/**
 * Derived, the first step of the walk K2.6 makes when a company has no director to approve what
 * {@code drafter} drafts: the plan goes to {@code candidate}, the next person up their chain of command
 * (one step per line of command). {@code level} is the drafter's rank level, which decides who up the
 * chain ranks above them. The step is the same for every matter that goes up the chain (the way up
 * depends only on the drafter); which matters do is decided per position ({@link ChainRoute}).
 */
public record ApprovalStep(Person drafter, int level, Person candidate, RuleRef rule) implements PlanStep {
    public String getDrafterId() { return drafter.getId(); }
    public String getCandidateId() { return candidate.getId(); }
    public Person getCandidate() { return candidate; }
    public Person getDrafter() { return drafter; }
    public int getLevel() { return level; }

    public static ApprovalStep of(RuleRef by, Person drafter, int level, Person candidate) {
        return new ApprovalStep(drafter, level, candidate, by);
    }
}
