package org.orgrules.model;

/**
 * Knowledge data: a duty the article gives a role, in its Chinese with an English gloss. The role is a
 * function ({@code functionKey}, empty: any) and a rank ({@code rank}, empty: any). {@code step} is 0
 * for a duty, else the place of an ordered step (the sand-table production steps, Q4).
 * A row of {@code rules/vocabulary/duties.yaml}; {@code order} is its place in the tables (the session
 * hands facts back in no order).
 */
public record Duty(String functionKey, String rank, int step, String chinese, String english, RuleRef origin,
                   int order) {
    /** True when a holder of this function and rank has this duty. */
    public boolean appliesTo(String holderFunction, String holderRank) {
        return (functionKey.isEmpty() || functionKey.equals(holderFunction)) && (rank.isEmpty() || rank.equals(holderRank));
    }
}
