package org.orgrules.model;

/** Knowledge data: the management class a rank has by default (K3.2). Inserted by {@code rules/management-class.drl}. */
public record ClassOfRank(String rank, ManagementLevel level, RuleRef origin) {
    public String getRank() { return rank; }
    public ManagementLevel getLevel() { return level; }

    public static ClassOfRank of(org.kie.api.runtime.rule.RuleContext kcontext, String rank, ManagementLevel level) {
        return new ClassOfRank(rank, level, RuleRef.of(kcontext));
    }
}
