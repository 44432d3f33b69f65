package org.orgrules.model;

/**
 * A rung of the title ladder: a word that, as the role a title names, gives its holder a rank.
 * {@code level} orders the ranks (higher is more senior); {@code rank} names the rung
 * ({@code DIRECTOR}, {@code MANAGER} …). {@code certain} is false for a word whose rank depends on
 * the organisation (部长: a company's department head or a government minister; Principal; Partner):
 * the title is read, but as uncertain, and {@code note} says why. {@code whenAlone}: only a title that
 * says nothing else is uncertain (主任 alone; 车间主任 is a workshop's head). A row of {@code rules/vocabulary/ladder.yaml}.
 */
public record RankWord(String word, String rank, int level, boolean certain, boolean whenAlone, String note, RuleRef origin) implements Vocabulary {
    public int getLength() { return word.length(); }
    public String getWord() { return word; }
    public String getRank() { return rank; }
    public int getLevel() { return level; }
    public boolean isCertain() { return certain; }
    public boolean isWhenAlone() { return whenAlone; }
}
