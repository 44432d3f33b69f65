package org.orgrules.model;

/**
 * A row of {@code rules/vocabulary/line-types.yaml}: how strong a kind of line is, 0 the strongest. A way up
 * through several kinds of line is as strong as its weakest (what {@code reports-to} answers in
 * {@code line}); a stronger kind is a person's primary line before a weaker one.
 */
public record LineStrength(LineType type, int strength, RuleRef rule) {
    public LineType getType() { return type; }
    public int getStrength() { return strength; }

}
