package org.orgrules.model;

/**
 * A word that, before a title's role word, changes what the role is: a deputy or an assistant is
 * not the head ({@code DEPUTY}, {@code ASSISTANT}); {@code SENIOR} and {@code JUNIOR} move the level;
 * an {@code ACTING} head is the head; a {@code REGIONAL} head heads a region, not the company; a
 * {@code COMPANY_WIDE} word (Global, 集团) says the opposite; a {@code LEADING} one (Head, Chief, Lead)
 * before a staff role may make it a team's lead. {@code shift} is added to the role
 * word's level. A row of {@code rules/vocabulary/ladder.yaml}.
 */
public record ModifierWord(String word, String kind, int shift, RuleRef origin) implements Vocabulary {
    public String getWord() { return word; }
    public String getKind() { return kind; }
    public int getShift() { return shift; }
    /** A deputy or an assistant to the role: not its head. */
    public boolean isNotHead() { return kind.equals("DEPUTY") || kind.equals("ASSISTANT"); }
}
