package org.orgrules.model;

/**
 * Derived: the rank a position (title + department) holds on the ladder, and the ladder word
 * that gave it. {@code rule} is the classification rule, {@code word} the ladder entry.
 */
public record PositionRank(String positionKey, String title, String rank, int level, RankWord word, RuleRef rule) {
    public String getPositionKey() { return positionKey; }
    public String getRank() { return rank; }
    public int getLevel() { return level; }

    public static PositionRank of(org.kie.api.runtime.rule.RuleContext kcontext, Position p, RankWord w) {
        return new PositionRank(p.getKey(), p.getTitle(), w.rank(), w.level(), w, RuleRef.of(kcontext));
    }
}
