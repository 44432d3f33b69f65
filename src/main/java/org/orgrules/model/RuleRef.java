package org.orgrules.model;

/**
 * The rule that derived a fact: its name (a sentence) and the statement of the article it encodes
 * ({@code @source("K2.3")} in the DRL). Derived facts keep this instead of prose so that a million
 * reporting lines do not carry a million sentences; answers turn it into a {@link Reason}. DRL
 * consequences get the running rule's with {@code rule(kcontext)} ({@code org.orgrules.engine.Fired}),
 * one object per rule.
 */
public record RuleRef(String rule, String source) {
    public Reason because(String text) {
        return new Reason(rule, source, text);
    }
}
