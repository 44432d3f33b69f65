package org.orgrules.model;

/**
 * Derived: a reason a position's rank is not certain (its other-language form names another rank,
 * its rank word means different ranks in different organisations …). A title with a doubt is still
 * read, but violations that rest on its rank are at most warnings.
 */
public record TitleDoubt(String positionKey, String text, RuleRef rule) {
    public String getPositionKey() { return positionKey; }

    public static TitleDoubt of(RuleRef by, Position p, String text) {
        return new TitleDoubt(p.getKey(), text, by);
    }
}
