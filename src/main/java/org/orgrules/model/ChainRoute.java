package org.orgrules.model;

/**
 * Derived (K2.6): the company has no director of the matter's approving function for the drafting
 * position ({@code positionKey}, drafted at rank {@code level}), so the {@code matter} its holders draft
 * goes up each drafter's chain of command. One fact per company, drafting position and matter, whatever
 * the number of drafters.
 */
public record ChainRoute(String company, String positionKey, Matter matter, int level, RuleRef rule) {
    public String getCompany() { return company; }
    public String getPositionKey() { return positionKey; }
    public Matter getMatter() { return matter; }
    public String getMatterKey() { return matter.key(); }
    public int getLevel() { return level; }

    public static ChainRoute of(RuleRef by, String company, String positionKey, Matter matter, int level) {
        return new ChainRoute(company, positionKey, matter, level, by);
    }
}
