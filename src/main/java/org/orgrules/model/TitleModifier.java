package org.orgrules.model;

/** Derived: a modifier word that stands before a position's role word (副 in 生产副总监, Deputy in Deputy Director). */
public record TitleModifier(String positionKey, ModifierWord word, RuleRef rule) {
    public String getPositionKey() { return positionKey; }

    public static TitleModifier of(RuleRef by, Position p, ModifierWord w) {
        return new TitleModifier(p.getKey(), w, by);
    }
}
