package org.orgrules.model;

/**
 * A plan on its way up the chain of command (K2.6): drafted at rank {@code level}, it has reached
 * {@code candidate}. Either a drafter's first step ({@link ApprovalStep}) or a step shared by every
 * drafter of that rank ({@link ChainStep}); the rules that look at whom a plan reaches match either.
 */
public interface PlanStep {
    int getLevel();
    Person getCandidate();
    String getCandidateId();
}
