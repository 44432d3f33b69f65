package org.orgrules.model;

/**
 * Derived, a step of the walk K2.6 makes when a company has no approver for a matter: the drafter's
 * plan goes to {@code candidate}, the next person up their chain of command. {@code level} is the drafter's
 * rank level, which decides who up the chain ranks above them.
 */
public record ApprovalStep(Person drafter, Matter matter, int level, Person candidate, RuleRef rule) implements PlanStep {
    public String getDrafterId() { return drafter.getId(); }
    public String getMatterKey() { return matter.key(); }
    public String getCandidateId() { return candidate.getId(); }
    public Person getCandidate() { return candidate; }
    public Person getDrafter() { return drafter; }
    public Matter getMatter() { return matter; }
    public int getLevel() { return level; }

    public static ApprovalStep of(RuleRef by, Person drafter, Matter matter,
                                  int level, Person candidate) {
        return new ApprovalStep(drafter, matter, level, candidate, by);
    }
}
