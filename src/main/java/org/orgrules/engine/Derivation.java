package org.orgrules.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;
import org.orgrules.model.Cycle;
import org.orgrules.model.Head;
import org.orgrules.model.LineType;
import org.orgrules.model.LineUse;
import org.orgrules.model.Person;
import org.orgrules.model.Position;
import org.orgrules.model.PositionFunction;
import org.orgrules.model.PositionRank;
import org.orgrules.model.PositionLine;
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

    /**
     * What the rules derived from one set of facts; {@code ids} gives where each id is in {@code people}
     * (built once per derivation, shared by the cycle walk and the view, and never changed).
     */
    public record Derived(List<Person> people, Map<String, Classification> positions, List<ReportingLine> lines,
                          List<Head> heads, List<Violation> violations, List<Cycle> cycles,
                          Map<Class<?>, List<Object>> others, long fired, Map<String, Integer> ids) {
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
        Session live = open(rules, people, facts, false);
        try {
            return live.derived();
        } finally {
            live.session().dispose();
        }
    }

    /**
     * A session that stays open after the first derivation, with the handles of the facts the engine
     * inserted: what {@code LiveOrg} changes one fact at a time. The caller disposes it. {@code people}
     * and {@code further} (the handles of each person's facts) are empty when the session was opened
     * for one derivation only.
     */
    public record Session(KieSession session, Derived derived, Map<String, FactHandle> people,
                          Map<String, List<FactHandle>> further, Map<String, FactHandle> positions,
                          Map<String, FactHandle> staffed, Map<String, int[]> staffedCount, List<FactHandle> cycles,
                          long limit, NamedLines named) {}

    /**
     * Inserts, fires and collects, as {@link #run}, and keeps the session open; {@code live}: keep the
     * handle of every person's facts too, for a session that changes them one at a time (a million
     * handles by id cost a derivation that is read once and disposed 0.1–0.2 s and 50 MB).
     */
    public static Session open(RuleBase rules, List<Person> people, List<?> facts, boolean live) {
        Map<String, Position> positions = new LinkedHashMap<>();
        Map<String, int[]> staffed = staffedCounts(people);
        for (Person p : people) {
            if (!positions.containsKey(p.getPositionKey())) positions.put(p.getPositionKey(), new Position(p.getTitle(), p.getDepartment()));
        }
        long t0 = System.nanoTime();
        KieSession s = rules.newSession();
        boolean ok = false;
        try {
            Map<String, FactHandle> positionHandles = new HashMap<>(positions.size() * 2);
            for (Position pos : positions.values()) positionHandles.put(pos.getKey(), s.insert(pos));
            // the people by id before any of them goes in: a rule may ask for an id in a constraint
            // (named.hasPerson), and the lines the facts name go in once per pair of positions (NamedLines)
            Map<String, Integer> ids = ids(people);
            NamedLines named = new NamedLines(people, ids);
            rules.setNamedLines(s, named);
            Map<String, FactHandle> personHandles = live ? new HashMap<>(people.size() * 2) : Map.of();
            Map<String, List<FactHandle>> furtherHandles = live ? new HashMap<>() : Map.of();
            int further = 0;
            for (Person p : people) {
                FactHandle h = s.insert(p);
                if (live) personHandles.put(p.getId(), h);
                List<org.orgrules.model.Line> ls = p.getLines();
                for (int j = 0; j < ls.size(); j++) {      // indexed: no iterator for each of a million people
                    org.orgrules.model.Line l = ls.get(j);
                    FactHandle f = s.insert(new org.orgrules.model.FurtherLine(p, l.managerId(), l.type()));
                    if (live) furtherHandles.computeIfAbsent(p.getId(), k -> new ArrayList<>()).add(f);
                    further++;
                }
            }
            for (Person p : people) named.add(p, s);
            Map<String, FactHandle> staffedHandles = new HashMap<>(staffed.size() * 2);
            for (Map.Entry<String, int[]> e : staffed.entrySet()) {
                staffedHandles.put(e.getKey(), s.insert(staffed(e.getKey(), e.getValue()[0])));
            }
            for (Object f : facts) s.insert(f);
            long t1 = System.nanoTime();
            long limit = rules.fireLimit(people.size() + further + positions.size() + staffed.size() + facts.size());
            Map<String, long[]> byRule = LOG.isTraceEnabled() ? countFirings(s) : null;
            long fired = Firing.fire(s, limit, rules);
            long t2 = System.nanoTime();
            if (byRule != null) {
                byRule.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0]))
                        .forEach(e -> LOG.trace("fired {} times: {}", e.getValue()[0], e.getKey()));
            }

            named.derivedIn(s);
            List<ReportingLine> lines = lines(s, people.size());
            named.linesOf(people, lines);
            List<Cycle> cycles = cycles(rules, people, ids, lines, positionLines(s));
            long t3 = System.nanoTime();
            List<FactHandle> cycleHandles = new ArrayList<>();
            if (!cycles.isEmpty()) {
                for (Cycle c : cycles) cycleHandles.add(s.insert(c));
                fired += Firing.fire(s, limit, rules);
            }
            long t4 = System.nanoTime();
            Derived d = collect(rules, s, people, ids, positions.values(), lines, cycles, fired);
            if (LOG.isDebugEnabled()) {
                LOG.debug("derivation of {} people: insert {} ms, fire {} ms ({} firings), cycle walk {} ms, "
                        + "cycles fired {} ms, collect {} ms", people.size(), (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000,
                        fired, (t3 - t2) / 1_000_000, (t4 - t3) / 1_000_000, (System.nanoTime() - t4) / 1_000_000);
            }
            ok = true;
            return new Session(s, d, personHandles, furtherHandles, positionHandles, staffedHandles, staffed, cycleHandles, limit, named);
        } catch (RulesException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // a constraint that fails as the facts go in (before any firing): a rule's failure too
            throw Firing.failure(e, rules, null);
        } finally {
            if (!ok) s.dispose();
        }
    }

    /** Counts the firings of each rule of {@code s} (what the trace log shows: which rules a derivation spends its firings on). */
    private static Map<String, long[]> countFirings(KieSession s) {
        Map<String, long[]> byRule = new java.util.concurrent.ConcurrentHashMap<>();
        s.addEventListener(new org.kie.api.event.rule.DefaultAgendaEventListener() {
            @Override public void afterMatchFired(org.kie.api.event.rule.AfterMatchFiredEvent e) {
                byRule.computeIfAbsent(e.getMatch().getRule().getName(), k -> new long[1])[0]++;
            }
        });
        return byRule;
    }

    /** Where each id is in {@code people} (the last of an id, should one come twice), unmodifiable. */
    static Map<String, Integer> ids(List<Person> people) {
        int n = people.size();
        Map<String, Integer> ids = new HashMap<>(n + n / 3 + 1);
        for (int i = 0; i < n; i++) ids.put(people.get(i).getId(), i);
        return java.util.Collections.unmodifiableMap(ids);
    }

    /**
     * How many people hold each company's position, by {@link #staffedKey}, in the order each first
     * appears: counted per company and position, so that the key is made once per pair, not once per
     * person (a million concatenations were ~100 MB of garbage at 1 M).
     */
    static Map<String, int[]> staffedCounts(List<Person> people) {
        Map<String, Map<String, int[]>> byCompany = new HashMap<>();
        List<String[]> order = new ArrayList<>();
        for (Person p : people) {
            Map<String, int[]> ofCompany = byCompany.get(p.getCompany());
            if (ofCompany == null) byCompany.put(p.getCompany(), ofCompany = new HashMap<>());
            int[] count = ofCompany.get(p.getPositionKey());
            if (count == null) {
                ofCompany.put(p.getPositionKey(), count = new int[1]);
                order.add(new String[] {p.getCompany(), p.getPositionKey()});
            }
            count[0]++;
        }
        Map<String, int[]> staffed = new LinkedHashMap<>(order.size() * 2);
        for (String[] k : order) staffed.put(staffedKey(k[0], k[1]), byCompany.get(k[0]).get(k[1]));
        return staffed;
    }

    /** The key of a {@link Staffed} fact: company and position. */
    public static String staffedKey(Person p) {
        return staffedKey(p.getCompany(), p.getPositionKey());
    }

    /** The key of a {@link Staffed} fact of {@code company}'s position {@code positionKey}. */
    static String staffedKey(String company, String positionKey) {
        return company + "\u0001" + positionKey;
    }

    public static Staffed staffed(String key, int count) {
        int cut = key.indexOf('\u0001');
        return new Staffed(key.substring(0, cut), key.substring(cut + 1), count);
    }

    /**
     * The reporting lines the session holds as facts: only those an analyst's rule inserts. The lines
     * the facts name (the manager column and the further lines) are not facts of their own: the rules
     * derive them per pair of positions ({@link NamedLines}), and the caller adds them per person.
     * Nothing that reads the lines depends on their order: the cycle walk orders each person's
     * managers by id, the view picks each person's primary line by {@code Org}'s preference.
     * (Sorting a million lines by id strings took as long as firing the rules.) The lines K2.3 infers
     * for the holders of a position are {@link #positionLines}: the view gives them to each holder.
     */
    public static List<ReportingLine> lines(KieSession s, int expected) {
        List<ReportingLine> lines = new ArrayList<>(expected);
        for (Object o : s.getObjects(o -> o instanceof ReportingLine)) lines.add((ReportingLine) o);
        return lines;
    }

    /** The lines K2.3 infers for everyone who holds a position and names no manager, once per position and director. */
    public static List<PositionLine> positionLines(KieSession s) {
        List<PositionLine> out = new ArrayList<>();
        for (Object o : s.getObjects(o -> o instanceof PositionLine)) out.add((PositionLine) o);
        return out;
    }

    /** {@code inferred} by company and position, as {@link #staffedKey} keys them. */
    public static Map<String, List<PositionLine>> byPosition(java.util.Collection<PositionLine> inferred) {
        Map<String, List<PositionLine>> byPosition = new HashMap<>();
        for (PositionLine g : inferred) {
            byPosition.computeIfAbsent(staffedKey(g.company(), g.positionKey()), k -> new ArrayList<>()).add(g);
        }
        return byPosition;
    }

    /**
     * The cycles of the lines that carry command (solid and acting, by the shipped vocabulary/line-types.yaml):
     * {@code lines} and the solid lines {@code inferred} gives the holders of each position.
     */
    public static List<Cycle> cycles(RuleBase rules, List<Person> people, Map<String, Integer> ids, List<ReportingLine> lines,
                                     List<PositionLine> inferred) {
        LineUses uses = rules.lineUses();
        List<ReportingLine> command = new ArrayList<>(lines.size());
        for (ReportingLine l : lines) {
            if (uses.counts(l.type(), LineUse.Use.CHAIN) || uses.counts(l.type(), LineUse.Use.COMMAND)) command.add(l);
        }
        boolean solid = uses.counts(LineType.SOLID, LineUse.Use.CHAIN) || uses.counts(LineType.SOLID, LineUse.Use.COMMAND);
        return Cycles.find(people, ids, command.size() == lines.size() ? lines : command, solid ? inferred : List.of());
    }

    /** True for the facts the engine puts in itself and never hands out as derived: positions, words, cycles … */
    public static boolean engineFact(Object o) {
        return o instanceof Person || o instanceof Position || o instanceof Cycle || o instanceof org.orgrules.model.RankWord
                || o instanceof org.orgrules.model.FunctionWord || o instanceof Staffed || o instanceof LineUse
                || o instanceof org.orgrules.model.FurtherLine || o instanceof org.orgrules.model.ModifierWord
                || o instanceof org.orgrules.model.UnitWord || o instanceof org.orgrules.model.Ladder || o instanceof org.orgrules.model.DeputyRung || o instanceof org.orgrules.model.TitleRole || o instanceof org.orgrules.model.PartRole
                || o instanceof org.orgrules.model.TitleModifier || o instanceof org.orgrules.model.TitleDoubt
                || o instanceof org.orgrules.model.PositionUnit || o instanceof org.orgrules.model.ManagerNamed || o instanceof org.orgrules.model.PairHolders;
    }

    /** The classification of a position from its derived rank and function (remembered by the rule base). */
    public static Classification classify(RuleBase rules, Position pos, PositionRank r, PositionFunction f,
                                          org.orgrules.model.PositionUnit u) {
        rules.remember(pos, r, f, u);
        return new Classification(pos.getTitle(), r, f, u);
    }

    static final java.util.Comparator<Violation> VIOLATION_ORDER = java.util.Comparator.comparing(Violation::severity)
            .thenComparing(Violation::source).thenComparing(v -> v.people().toString()).thenComparing(Violation::message);

    /** Sorts violations as every answer lists them: errors first, then by statement, people and message. */
    public static void sortViolations(List<Violation> violations) {
        violations.sort(VIOLATION_ORDER);
    }

    private static Derived collect(RuleBase rules, KieSession s, List<Person> people, Map<String, Integer> ids,
                                   java.util.Collection<Position> positions,
                                   List<ReportingLine> lines, List<Cycle> cycles, long fired) {
        Map<String, PositionRank> ranks = new HashMap<>();
        Map<String, PositionFunction> functions = new HashMap<>();
        Map<String, org.orgrules.model.PositionUnit> units = new HashMap<>();
        List<Head> heads = new ArrayList<>();
        List<Violation> violations = new ArrayList<>();
        Map<Class<?>, List<Object>> others = new HashMap<>();
        for (Object o : s.getObjects(o -> !(o instanceof Person) && !(o instanceof ReportingLine))) {
            if (o instanceof PositionRank r) ranks.put(r.positionKey(), r);
            else if (o instanceof PositionFunction f) functions.put(f.positionKey(), f);
            else if (o instanceof org.orgrules.model.PositionUnit u) units.put(u.positionKey(), u);
            else if (o instanceof Head h) heads.add(h);
            else if (o instanceof Violation v) violations.add(v);
            else if (!engineFact(o)) others.computeIfAbsent(o.getClass(), k -> new ArrayList<>()).add(o);
        }
        Map<String, Classification> classified = new HashMap<>();
        for (Position pos : positions) {
            classified.put(pos.getKey(), classify(rules, pos, ranks.get(pos.getKey()), functions.get(pos.getKey()), units.get(pos.getKey())));
        }
        sortViolations(violations);
        return new Derived(people, classified, lines, heads, violations, cycles, others, fired, ids);
    }
}
