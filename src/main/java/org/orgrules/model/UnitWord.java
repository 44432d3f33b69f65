package org.orgrules.model;

/**
 * A word that only says "a unit" or joins words (Department, Division, 部, of, the): taken out,
 * with the rank, modifier and function words, before what is left of a title names its unit.
 * Inserted by {@code rules/ladder.drl}.
 */
public record UnitWord(String word, RuleRef origin) implements Vocabulary {
    public static UnitWord of(org.kie.api.runtime.rule.RuleContext kcontext, String word) {
        return new UnitWord(word, RuleRef.of(kcontext));
    }

    public String getWord() { return word; }
}
