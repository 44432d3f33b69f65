package org.orgrules.model;

/**
 * Derived (K2.6): {@code approver}, the director of the matter's approving function in {@code company},
 * approves the {@code matter} that anyone of the company holding the position {@code positionKey}
 * drafts. The rules derive this per position, not per person, so that a company with several
 * directors of one function (itself a K2.2 violation) costs directors × positions, never directors ×
 * people; the facade answers for each drafter.
 */
public record PositionApproval(String company, String positionKey, Matter matter, Person approver, RuleRef rule) {
    public String getCompany() { return company; }
    public String getPositionKey() { return positionKey; }
    public String getMatterKey() { return matter.key(); }
    public String getApproverId() { return approver.getId(); }

    /** The approval as it applies to one drafter who holds the position. */
    public Approval of(Person drafter) {
        return new Approval(drafter, matter, approver, false, rule);
    }

    public static PositionApproval byDirector(RuleRef by, String company,
                                              String positionKey, Matter matter, Person approver) {
        return new PositionApproval(company, positionKey, matter, approver, by);
    }
}
