package org.orgrules.model;

/**
 * Knowledge data: a duty the article gives a role, in its Chinese with an English gloss. The role is a
 * function ({@code functionKey}, empty: any) and a rank ({@code rank}, empty: any). {@code step} is 0
 * for a duty, else the place of an ordered step (the sand-table production steps, Q4).
 * Inserted by {@code rules/duties.drl}.
 */
public record Duty(String functionKey, String rank, int step, String chinese, String english, RuleRef origin,
                   int order) {
    /** Keeps the order duties are written in, within one rule (the session hands facts back in no order). */
    private static final java.util.concurrent.atomic.AtomicInteger WRITTEN = new java.util.concurrent.atomic.AtomicInteger();

    public static Duty of(org.kie.api.runtime.rule.RuleContext kcontext, String functionKey, String rank,
                          String chinese, String english) {
        return new Duty(functionKey, rank, 0, chinese, english, RuleRef.of(kcontext), WRITTEN.incrementAndGet());
    }

    public static Duty step(org.kie.api.runtime.rule.RuleContext kcontext, String functionKey, String rank, int step,
                            String chinese, String english) {
        return new Duty(functionKey, rank, step, chinese, english, RuleRef.of(kcontext), WRITTEN.incrementAndGet());
    }

    /** True when a holder of this function and rank has this duty. */
    public boolean appliesTo(String holderFunction, String holderRank) {
        return (functionKey.isEmpty() || functionKey.equals(holderFunction)) && (rank.isEmpty() || rank.equals(holderRank));
    }
}
