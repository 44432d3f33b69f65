package org.orgrules.model;

/**
 * Derived by {@code rules/core/primary-line.drl}: one test that picks a person's primary line (the one
 * {@code chain}, {@code team}, approvals and seniority follow) among their lines of the chain of
 * command. The engine tries the tests in {@code order}, lowest first; the first that tells two lines
 * apart decides, and {@code reports-to} cites its rule.
 */
public record LinePreference(int order, Test test, RuleRef rule) {
    /** What a test compares. */
    public enum Test {
        /** A line the facts name before one the rules infer. */
        NAMED_BEFORE_INFERRED,
        /** The stronger kind of line ({@link LineStrength}) before the weaker. */
        STRONGER_KIND,
        /** The line to a manager in the person's own department before one to a manager elsewhere. */
        SAME_DEPARTMENT,
        /** The manager with the smaller id: the same answer whatever the order of the rows. */
        SMALLER_ID
    }

    public int getOrder() { return order; }
    public Test getTest() { return test; }

    public static LinePreference of(RuleRef by, int order, Test test) {
        return new LinePreference(order, test, by);
    }
}
