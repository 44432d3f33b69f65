package org.orgrules.engine;

import java.util.HashMap;
import java.util.Map;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;

/**
 * Fires a session under a fire limit, so a rule that keeps re-activating itself (a modify loop)
 * stops with an error naming the rule instead of hanging the process.
 */
final class Firing {
    private Firing() {}

    static int fire(KieSession session, long limit, RuleBase rules) {
        int max = (int) Math.min(Integer.MAX_VALUE, limit);
        int fired = session.fireAllRules(max);
        if (fired < max) return fired;
        // Over the limit: watch a few more firings to name the rule that keeps firing.
        Map<String, Integer> counts = new HashMap<>();
        session.addEventListener(new DefaultAgendaEventListener() {
            @Override public void afterMatchFired(AfterMatchFiredEvent e) {
                counts.merge(e.getMatch().getRule().getName(), 1, Integer::sum);
            }
        });
        // A modify loop is the rule whose consequence keeps updating facts: count who updates, too.
        Map<String, Integer> updates = new HashMap<>();
        session.addEventListener(new org.kie.api.event.rule.DefaultRuleRuntimeEventListener() {
            @Override public void objectUpdated(org.kie.api.event.rule.ObjectUpdatedEvent e) {
                if (e.getRule() != null) updates.merge(e.getRule().getName(), 1, Integer::sum);
            }
        });
        int more = session.fireAllRules(1000);
        if (more == 0) return fired; // finished exactly at the limit
        java.util.List<Map.Entry<String, Integer>> ranked = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).toList();
        String top = !updates.isEmpty() ? updates.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey()
                : ranked.isEmpty() ? "?" : ranked.get(0).getKey();
        ranked = ranked.stream().filter(e -> !e.getKey().equals(top)).toList();
        // A loop re-activates the rules that match what it modifies: name the others that fired most too.
        StringBuilder also = new StringBuilder();
        for (int i = 0; i < Math.min(2, ranked.size()); i++) {
            also.append(i == 0 ? "; also firing: " : ", ").append('"').append(ranked.get(i).getKey()).append("\" (")
                    .append(ranked.get(i).getValue()).append(" of the next ").append(more).append(')');
        }
        RuleInfo info = rules.rule(top);
        String where = info == null ? rules.source().toString() : info.file();
        int line = info == null ? 0 : info.line();
        throw new RulesException(java.util.List.of(new RuleProblem(where, line, 0,
                "rule \"" + top + "\" keeps firing: stopped after " + limit
                        + " firings (the fire limit); does its consequence modify the facts it matches?" + also, true)));
    }
}
