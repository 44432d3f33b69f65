package org.orgrules.model;

import java.util.IdentityHashMap;
import java.util.Map;
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
        Map<Rule, RuleRef> cache = CACHE;
        RuleRef ref = cache.get(rule);
        if (ref != null) return ref;
        Object source = rule.getMetaData().get("source");
        ref = new RuleRef(rule.getName(), source == null ? "" : source.toString());
        // copy on write: a handful of rules per rule base; started afresh past 512 (rule bases rebuilt)
        Map<Rule, RuleRef> next = cache.size() > 512 ? new IdentityHashMap<>() : new IdentityHashMap<>(cache);
        next.put(rule, ref);
        CACHE = next;
        return ref;
    }

    /** One RuleRef per rule, shared by every fact it derives (a million lines, one object; no look-up per firing). */
    private static volatile Map<Rule, RuleRef> CACHE = new IdentityHashMap<>();

    public Reason because(String text) {
        return new Reason(rule, source, text);
    }
}
