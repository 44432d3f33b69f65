package org.orgrules.model;

import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;

/**
 * The rule that derived a fact: its name (a sentence) and the statement of the article it encodes
 * ({@code @source("K2.3")} in the DRL). Derived facts keep this instead of prose so that a million
 * reporting lines do not carry a million sentences; answers turn it into a {@link Reason}.
 */
public record RuleRef(String rule, String source) {

    /** The rule whose consequence is running, as DRL consequences call it: {@code RuleRef.of(kcontext)}. */
    public static RuleRef of(RuleContext kcontext) {
        return of(kcontext.getRule());
    }

    public static RuleRef of(Rule rule) {
        Object source = rule.getMetaData().get("source");
        return new RuleRef(rule.getName(), source == null ? "" : source.toString());
    }

    public Reason because(String text) {
        return new Reason(rule, source, text);
    }
}
