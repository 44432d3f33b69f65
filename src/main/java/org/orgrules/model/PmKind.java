package org.orgrules.model;

import java.util.List;

/**
 * Knowledge data: a kind of product manager the KPI advice distinguishes (K8.1–K8.3): basic-service,
 * in-house business system, SaaS. {@code names} are how facts and questions may write it.
 * A row of {@code rules/vocabulary/kpis.yaml}.
 */
public record PmKind(String key, String chinese, String english, List<String> names, RuleRef origin) {
    public PmKind {
        names = List.copyOf(names);
    }

    public String getKey() { return key; }

    /** True when {@code text} names this kind (case, spaces, - and _ ignored). */
    public boolean named(String text) {
        return Names.matches(text, key, chinese, english, names);
    }

    public String label() { return english + " / " + chinese; }
}
