package org.orgrules.model;

import java.util.Locale;

/**
 * Knowledge data: a KPI the product director should use for a kind of product manager (K8.1–K8.3);
 * {@code phase} is EXPLORATION or MATURITY for in-house business systems (K8.2), else empty.
 * A row of {@code rules/vocabulary/kpis.yaml}.
 */
public record Kpi(String kind, String phase, String english, String chinese, RuleRef origin) {
    public String getKind() { return kind; }
    public String getPhase() { return phase; }

    /** True when this KPI applies in {@code phase} as the facts write it (any phase when none is given). */
    public boolean appliesIn(String given) {
        if (phase.isEmpty() || given == null || given.isBlank()) return true;
        return phase.equals(phaseKey(given));
    }

    /** EXPLORATION for exploration / 探索期, MATURITY for maturity / 成熟期, else the text in upper case. */
    public static String phaseKey(String given) {
        if (given == null) return "";
        String g = given.strip().toLowerCase(Locale.ROOT);
        if (g.startsWith("explor") || g.startsWith("探索")) return "EXPLORATION";
        if (g.startsWith("matur") || g.startsWith("成熟")) return "MATURITY";
        return g.toUpperCase(Locale.ROOT);
    }
}
