package org.orgrules.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.runtime.KieSession;
import org.orgrules.model.Cycle;
import org.orgrules.model.Head;
import org.orgrules.model.LineUse;
import org.orgrules.model.Person;
import org.orgrules.model.Position;
import org.orgrules.model.PositionFunction;
import org.orgrules.model.PositionRank;
import org.orgrules.model.ReportingLine;
import org.orgrules.model.Staffed;
import org.orgrules.model.Violation;

/**
 * Runs the rules over an organisation's facts: inserts the people and their distinct positions,
 * fires, hands the derived reporting lines to a cycle walk, inserts the cycles found, fires again,
 * and collects everything the rules derived.
 */
public final class Derivation {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Derivation.class);
    private Derivation() {}

    /** What the rules derived from one set of facts. */
    public record Derived(List<Person> people, Map<String, Classification> positions, List<ReportingLine> lines,
                          List<Head> heads, List<Violation> violations, List<Cycle> cycles,
                          Map<Class<?>, List<Object>> others, long fired) {
        /** Every derived fact of a type the engine does not index itself (rules added by analysts, advice …). */
        public <T> List<T> of(Class<T> type) {
            List<T> out = new ArrayList<>();
            for (Map.Entry<Class<?>, List<Object>> e : others.entrySet()) {
                if (type.isAssignableFrom(e.getKey())) for (Object o : e.getValue()) out.add(type.cast(o));
            }
            return out;
        }
    }

    public static Derived run(RuleBase rules, List<Person> people) {
        return run(rules, people, List.of());
    }

    /**
     * As {@link #run(RuleBase, List)}, with further facts the loader read alongside the people (a
     * company's {@code Charter}, its {@code ProductLine}s): inserted after the people.
     */
    public static Derived run(RuleBase rules, List<Person> people, List<?> facts) {
        Map<String, Position> positions = new LinkedHashMap<>();
        Map<String, int[]> staffed = new LinkedHashMap<>();
        for (Person p : people) {
            positions.computeIfAbsent(p.getPositionKey(), k -> new Position(p.getTitle(), p.getDepartment()));
            staffed.computeIfAbsent(p.getCompany() + "\u0001" + p.getPositionKey(), k -> new int[1])[0]++;
        }
        long t0 = System.nanoTime();
        KieSession s = rules.kieBase().newKieSession();
        try {
            for (Position pos : positions.values()) s.insert(pos);
            int further = 0;
            for (Person p : people) {
                s.insert(p);
                for (org.orgrules.model.Line l : p.getLines()) {
                    s.insert(new org.orgrules.model.FurtherLine(p, l.managerId(), l.type()));
                    further++;
                }
            }
            for (Map.Entry<String, int[]> e : staffed.entrySet()) {
                int cut = e.getKey().indexOf('\u0001');
                s.insert(new Staffed(e.getKey().substring(0, cut), e.getKey().substring(cut + 1), e.getValue()[0]));
            }
            for (Object f : facts) s.insert(f);
            long t1 = System.nanoTime();
            long limit = rules.fireLimit(people.size() + further + positions.size() + staffed.size() + facts.size());
            long fired = Firing.fire(s, limit, rules);
            long t2 = System.nanoTime();

            List<ReportingLine> lines = new ArrayList<>(people.size());
            for (Object o : s.getObjects(o -> o instanceof ReportingLine)) lines.add((ReportingLine) o);
            // the session hands facts out in no fixed order: sort, so that cycles are named the same
            // way every time, whatever the row order
            lines.sort(java.util.Comparator.comparing(ReportingLine::personId).thenComparing(ReportingLine::managerId));
            // cycles of the lines that carry command (solid and acting, by the shipped line-types.drl)
            LineUses uses = rules.lineUses();
            List<ReportingLine> command = new ArrayList<>(lines.size());
            for (ReportingLine l : lines) {
                if (uses.counts(l.type(), LineUse.Use.CHAIN) || uses.counts(l.type(), LineUse.Use.COMMAND)) command.add(l);
            }
            List<Cycle> cycles = Cycles.find(people, command.size() == lines.size() ? lines : command);
            long t3 = System.nanoTime();
            if (!cycles.isEmpty()) {
                for (Cycle c : cycles) s.insert(c);
                fired += Firing.fire(s, limit, rules);
            }
            long t4 = System.nanoTime();

            Map<String, PositionRank> ranks = new HashMap<>();
            Map<String, PositionFunction> functions = new HashMap<>();
            List<Head> heads = new ArrayList<>();
            List<Violation> violations = new ArrayList<>();
            Map<Class<?>, List<Object>> others = new HashMap<>();
            for (Object o : s.getObjects(o -> !(o instanceof Person) && !(o instanceof ReportingLine))) {
                if (o instanceof PositionRank r) ranks.put(r.positionKey(), r);
                else if (o instanceof PositionFunction f) functions.put(f.positionKey(), f);
                else if (o instanceof Head h) heads.add(h);
                else if (o instanceof Violation v) violations.add(v);
                else if (!(o instanceof Position) && !(o instanceof Cycle) && !(o instanceof org.orgrules.model.RankWord)
                        && !(o instanceof org.orgrules.model.FunctionWord) && !(o instanceof Staffed)
                        && !(o instanceof LineUse) && !(o instanceof org.orgrules.model.FurtherLine)) {
                    others.computeIfAbsent(o.getClass(), k -> new ArrayList<>()).add(o);
                }
            }
            Map<String, Classification> classified = new HashMap<>();
            for (Position pos : positions.values()) {
                PositionRank r = ranks.get(pos.getKey());
                PositionFunction f = functions.get(pos.getKey());
                classified.put(pos.getKey(), new Classification(pos.getTitle(), r, f));
                rules.remember(pos, r, f);
            }
            violations.sort(java.util.Comparator.comparing(Violation::severity)
                    .thenComparing(Violation::source).thenComparing(v -> v.people().toString())
                    .thenComparing(Violation::message));
            if (LOG.isDebugEnabled()) {
                LOG.debug("derivation of {} people: insert {} ms, fire {} ms ({} firings), cycle walk {} ms, "
                        + "cycles fired {} ms, collect {} ms", people.size(), (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000,
                        fired, (t3 - t2) / 1_000_000, (t4 - t3) / 1_000_000, (System.nanoTime() - t4) / 1_000_000);
            }
            return new Derived(people, classified, lines, heads, violations, cycles, others, fired);
        } finally {
            s.dispose();
        }
    }
}
