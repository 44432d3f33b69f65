package org.orgrules.model;

/**
 * Derived (K2.6), with no director to approve a matter: a plan drafted at rank {@code level} that has
 * reached {@code from}, who does not rank above its drafter, goes up to {@code candidate}, the next
 * person up {@code from}'s chain of command. The rules derive it once per level, not per drafter nor
 * per matter (the way up depends on neither), so that a chain of n people of one rank costs n steps,
 * not n²; the facade follows the steps from each drafter's first one ({@link ApprovalStep}). Derived from everyone
 * who does not rank above {@code level}, whether or not a plan reaches them (see {@link ChainLevel}).
 */
public record ChainStep(int level, Person from, Person candidate, RuleRef rule) implements PlanStep {
    public int getLevel() { return level; }
    public Person getFrom() { return from; }
    public String getFromId() { return from.getId(); }
    public Person getCandidate() { return candidate; }
    public String getCandidateId() { return candidate.getId(); }

    public static ChainStep of(RuleRef by, int level, Person from,
                               Person candidate) {
        return new ChainStep(level, from, candidate, by);
    }
}
