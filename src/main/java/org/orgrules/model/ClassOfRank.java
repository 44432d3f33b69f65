package org.orgrules.model;

/** Knowledge data: the management class a rank has by default (K3.2). A row of {@code rules/vocabulary/management-class.yaml}. */
public record ClassOfRank(String rank, ManagementLevel level, RuleRef origin) {
    public String getRank() { return rank; }
    public ManagementLevel getLevel() { return level; }

}
