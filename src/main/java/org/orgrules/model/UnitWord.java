package org.orgrules.model;

/**
 * A word that only says "a unit" or joins words (Department, Division, 部, of, the): taken out,
 * with the rank, modifier and function words, before what is left of a title names its unit.
 * A row of {@code rules/vocabulary/ladder.yaml}.
 */
public record UnitWord(String word, RuleRef origin) implements Vocabulary {
    public String getWord() { return word; }
}
