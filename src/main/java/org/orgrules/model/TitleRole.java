package org.orgrules.model;

/**
 * Derived: the role word a position's title names (the rank word the title ends on, in its role part),
 * before modifiers. {@code fromAlias}: the main title named no rank, so its bracketed or other-language
 * form was read.
 */
public record TitleRole(String positionKey, RankWord rankWord, boolean fromAlias, RuleRef rule) {
    public String getPositionKey() { return positionKey; }
    public String getWord() { return rankWord.word(); }
    public String getRank() { return rankWord.rank(); }
    public int getLevel() { return rankWord.level(); }
    public boolean isCertain() { return rankWord.certain(); }
    public boolean isFromAlias() { return fromAlias; }
    /** The role word is uncertain only where the title says nothing else (主任, Chief). */
    public boolean isWhenAlone() { return rankWord.whenAlone(); }

    public static TitleRole of(RuleRef by, Position p, PartRole r) {
        return new TitleRole(p.getKey(), r.rankWord(), false, r.rule());   // the rule that read the word, which answers cite
    }

    public static TitleRole of(RuleRef by, Position p, RankWord w, boolean fromAlias) {
        return new TitleRole(p.getKey(), w, fromAlias, by);
    }
}
