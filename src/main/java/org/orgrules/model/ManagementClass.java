package org.orgrules.model;

/**
 * Derived (K3.1, K3.2): the management class of a position (title + department). {@code company} is
 * the company whose charter decided it, or {@code null} for the default by rank, which holds in every
 * company without a charter entry for the position. Derived per position, not per person, so that a
 * large org does not carry one fact per person.
 */
public record ManagementClass(String company, String positionKey, ManagementLevel level, String why, RuleRef rule) {
    public String getCompany() { return company; }
    public String getPositionKey() { return positionKey; }
    public ManagementLevel getLevel() { return level; }

    /** A class the company's charter decides. */
    public static ManagementClass byCharter(RuleRef by, String company, Position p,
                                           ManagementLevel level, String why) {
        return new ManagementClass(company, p.getKey(), level, why, by);
    }

    /** The default class of a position, by its rank. */
    public static ManagementClass byRank(RuleRef by, Position p, ManagementLevel level,
                                         String why) {
        return new ManagementClass(null, p.getKey(), level, why, by);
    }
}
