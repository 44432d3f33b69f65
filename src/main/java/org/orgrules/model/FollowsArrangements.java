package org.orgrules.model;

/**
 * Knowledge data: the departments of function {@code directedFunction} follow the arrangements of the
 * director of {@code directorFunction} (K2.4: technical and quality inspection follow production).
 * A row of {@code rules/vocabulary/direction.yaml}; analysts add pairs there.
 */
public record FollowsArrangements(String directorFunction, String directedFunction, RuleRef origin) {
    public String getDirectorFunction() { return directorFunction; }
    public String getDirectedFunction() { return directedFunction; }

}
