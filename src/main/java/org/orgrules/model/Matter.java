package org.orgrules.model;

import java.util.List;

/**
 * Knowledge data: a matter someone drafts and someone approves (K2.6: the production manager drafts the
 * production plan, the production director approves it). The drafter is a person of
 * {@code drafterFunction} at rank {@code drafterRank}; the approver the director (head) of
 * {@code approverFunction} in the same company. {@code names} are further names a question may use.
 * A row of {@code rules/vocabulary/matters.yaml}; analysts add matters there.
 */
public record Matter(String key, String chinese, String english, List<String> names, String drafterFunction,
                     String drafterRank, String approverFunction, RuleRef origin) {
    public Matter {
        names = List.copyOf(names);
    }

    public String getKey() { return key; }
    public String getDrafterFunction() { return drafterFunction; }
    public String getDrafterRank() { return drafterRank; }
    public String getApproverFunction() { return approverFunction; }

    /** True when {@code text} names this matter: its key, Chinese or English name or another name (case, spaces, - and _ ignored). */
    public boolean named(String text) {
        return Names.matches(text, key, chinese, english, names);
    }

    /** "生产计划 / production plan". */
    public String label() { return chinese + " / " + english; }
}
