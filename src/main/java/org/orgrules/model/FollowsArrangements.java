package org.orgrules.model;

/**
 * Knowledge data: the departments of function {@code directedFunction} follow the arrangements of the
 * director of {@code directorFunction} (K2.4: technical and quality inspection follow production).
 * Inserted by {@code rules/direction.drl}; analysts add pairs there.
 */
public record FollowsArrangements(String directorFunction, String directedFunction, RuleRef origin) {
    public String getDirectorFunction() { return directorFunction; }
    public String getDirectedFunction() { return directedFunction; }

    public static FollowsArrangements of(org.kie.api.runtime.rule.RuleContext kcontext, String directorFunction,
                                         String directedFunction) {
        return new FollowsArrangements(directorFunction, directedFunction, RuleRef.of(kcontext));
    }
}
