package org.orgrules.engine;

import java.util.IdentityHashMap;
import java.util.Map;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;
import org.orgrules.model.RuleRef;

/**
 * The rule whose consequence is running, as a {@link RuleRef}: the one piece of Drools the model's
 * factories need, kept here so that the model imports nothing of Drools. DRL consequences write
 * {@code import function org.orgrules.engine.Fired.rule;} and then
 * {@code insert(Violation.error(rule(kcontext), "…", $p.getId()))}. This function is the only thing
 * of the engine the rule guard lets untrusted rules import ({@link RuleGuard}, SECURITY.md).
 */
public final class Fired {
    private Fired() {}

    /** The function import the rule guard allows, as DRL spells it. */
    public static final String RULE_FUNCTION = "org.orgrules.engine.Fired.rule";

    /** The rule whose consequence is running: {@code rule(kcontext)} in a DRL consequence. */
    public static RuleRef rule(RuleContext kcontext) {
        return of(kcontext.getRule());
    }

    /** The name and {@code @source} of {@code rule}, one object per rule (see {@link #CACHE}). */
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
}
