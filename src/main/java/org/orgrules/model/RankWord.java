package org.orgrules.model;

/**
 * A rung of the title ladder: a word that, found in a title, gives its holder a rank.
 * {@code level} orders the ranks (higher is more senior); {@code rank} names the rung
 * ({@code DIRECTOR}, {@code MANAGER} …). Inserted by {@code rules/ladder.drl}.
 */
public record RankWord(String word, String rank, int level, RuleRef origin) {
    public static RankWord of(org.kie.api.runtime.rule.RuleContext kcontext, String rank, int level, String word) {
        return new RankWord(word, rank, level, RuleRef.of(kcontext));
    }

    public int getLength() { return word.length(); }
    public String getWord() { return word; }
    public String getRank() { return rank; }
    public int getLevel() { return level; }
}
