package org.orgrules.model;

/**
 * The rule that derived a fact: its name (a sentence) and the statement of the article it encodes
 * ({@code @source("K2.3")} in the DRL). Derived facts keep this instead of prose so that a million
 * reporting lines do not carry a million sentences; answers turn it into a {@link Reason}. DRL
 * consequences get the running rule's with {@code rule(kcontext)} ({@code org.orgrules.engine.Fired}),
 * one object per rule.
 */
public record RuleRef(String rule, String source) {
    /**
     * Temporary, for the vocabulary insert lists only ({@code ladder.drl}, {@code duties.drl},
     * {@code kpis.drl}, {@code matters.drl}, and the word lists of line types, primary line, class of
     * rank and follows-arrangements), whose records still take the rule's context until they become
     * tables under {@code rules/}; then this goes, and the model imports nothing of Drools. Every
     * other fact takes a RuleRef from {@code Fired.rule(kcontext)}.
     */
    @Deprecated(forRemoval = true)
    public static RuleRef of(org.kie.api.runtime.rule.RuleContext kcontext) {
        Object source = kcontext.getRule().getMetaData().get("source");
        return new RuleRef(kcontext.getRule().getName(), source == null ? "" : source.toString());
    }

    public Reason because(String text) {
        return new Reason(rule, source, text);
    }
}
