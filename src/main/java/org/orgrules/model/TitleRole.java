package org.orgrules.model;

/**
 * Derived: the role word a position's title names (the rank word the title ends on, in its role part),
 * before modifiers. {@code fromAlias}: the main title named no rank, so its bracketed or other-language
 * form was read.
 */
public record TitleRole(String positionKey, RankWord word, boolean fromAlias, RuleRef rule) {
    public String getPositionKey() { return positionKey; }
    public String getWord() { return word.word(); }
    public String getRank() { return word.rank(); }
    public int getLevel() { return word.level(); }
    public boolean isCertain() { return word.certain(); }
    public boolean isFromAlias() { return fromAlias; }

    public static TitleRole of(org.kie.api.runtime.rule.RuleContext kcontext, Position p, PartRole r) {
        return new TitleRole(p.getKey(), r.word(), false, r.rule());   // the rule that read the word, which answers cite
    }

    public static TitleRole of(org.kie.api.runtime.rule.RuleContext kcontext, Position p, RankWord w, boolean fromAlias) {
        return new TitleRole(p.getKey(), w, fromAlias, RuleRef.of(kcontext));
    }
}
