package org.orgrules.model;

/**
 * Derived (K2.6), with no director to approve a matter: a plan drafted at rank {@code level} that
 * reaches {@code reached} is approved by {@code approver}, the first person from there up the chain
 * of command who ranks above the drafter ({@code reached} itself when they do). Shared by every
 * drafter of that rank whose plan goes that way, whatever the matter. {@code rule} is the rule that found
 * the approver (the same all the way down the chain), which each drafter's answer cites.
 */
public record ChainApprover(int level, Person reached, Person approver, RuleRef rule) {
    public int getLevel() { return level; }
    public Person getReached() { return reached; }
    public Person getApprover() { return approver; }

    public static ChainApprover of(RuleRef by, int level, Person reached,
                                   Person approver) {
        return new ChainApprover(level, reached, approver, by);
    }
}
