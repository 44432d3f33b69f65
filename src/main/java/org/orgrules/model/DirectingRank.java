package org.orgrules.model;

/**
 * Derived (K2.4): some head of {@code directorFunction}, a function whose director departments follow,
 * holds a position at rank level {@code level} in {@code company}. One fact however many heads hold
 * positions of that level: what a head directs depends on it, not on who they are (see {@link Directs}).
 */
public record DirectingRank(String company, String directorFunction, int level) {
    public String getCompany() { return company; }
    public String getDirectorFunction() { return directorFunction; }
    public int getLevel() { return level; }
}
