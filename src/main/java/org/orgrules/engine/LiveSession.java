package org.orgrules.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;
import org.orgrules.model.Cycle;
import org.orgrules.model.FurtherLine;
import org.orgrules.model.Line;
import org.orgrules.model.ManagerNamed;
import org.orgrules.model.NamedLine;
import org.orgrules.model.Person;
import org.orgrules.model.Position;
import org.orgrules.model.PositionFunction;
import org.orgrules.model.PositionRank;
import org.orgrules.model.ReportingLine;

/**
 * A rule session kept open over an organisation's facts, so that a change to one person is derived
 * incrementally: the person's fact is updated, the rules fire, and the truth maintenance of the
 * engine ({@code insertLogical} in the DRL) retracts what no longer holds. What changed comes back as
 * a {@link Delta} of the derived facts inserted and retracted, for the read view to patch. The lines
 * the facts name are not derived facts of their own ({@link NamedLines}): the session moves the
 * changed person, and everyone who names them, between the pairs of positions, updates the facts of
 * those who name the changed person (what rules looked up for them, their line, names the person as
 * they were), and puts the lines that went and came in the delta.
 *
 * <p>Not thread-safe: one update at a time (the facade synchronises).
 */
public final class LiveSession implements AutoCloseable {
    private final RuleBase rules;
    private final Derivation.Session s;
    private final Set<Object> inserted = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<Object> deleted = Collections.newSetFromMap(new IdentityHashMap<>());
    private final List<Object> insertedInOrder = new ArrayList<>();
    private final Map<String, Classification> positions;
    /** How many people hold each position, and which position facts the engine put in (not a charter rule). */
    private final Map<String, int[]> holders = new HashMap<>();
    private final Set<String> ours = new java.util.HashSet<>();
    /** Who names each person as their manager (ids), for the named lines a change of that person moves (NamedLines). */
    private final Map<String, List<String>> namers = new HashMap<>();

    /** What one change made the rules derive differently: facts inserted and retracted (by identity). */
    public record Delta(List<Object> added, List<Object> removed, Map<String, Classification> positions, long fired) {}

    private LiveSession(RuleBase rules, Derivation.Session s) {
        this.rules = rules;
        this.s = s;
        this.positions = new HashMap<>(s.derived().positions());
        for (Person p : s.derived().people()) holders.computeIfAbsent(p.getPositionKey(), k -> new int[1])[0]++;
        ours.addAll(s.positions().keySet());
        // every position the session holds, also those only a charter names (a rule inserts them)
        Map<String, PositionRank> ranks = new HashMap<>();
        Map<String, PositionFunction> functions = new HashMap<>();
        Map<String, org.orgrules.model.PositionUnit> units = new HashMap<>();
        List<Position> held = new ArrayList<>();
        for (Object o : s.session().getObjects(o -> o instanceof Position || o instanceof PositionRank || o instanceof PositionFunction
                || o instanceof org.orgrules.model.PositionUnit)) {
            if (o instanceof Position pos) held.add(pos);
            else if (o instanceof PositionRank r) ranks.put(r.positionKey(), r);
            else if (o instanceof PositionFunction f) functions.put(f.positionKey(), f);
            else if (o instanceof org.orgrules.model.PositionUnit u) units.put(u.positionKey(), u);
        }
        for (Position pos : held) {
            s.positions().putIfAbsent(pos.getKey(), s.session().getFactHandle(pos));
            positions.computeIfAbsent(pos.getKey(), k -> Derivation.classify(rules, pos, ranks.get(k), functions.get(k), units.get(k)));
        }
        for (Person p : s.derived().people()) {
            for (Person m : s.named().managersOf(p)) namers.computeIfAbsent(m.getId(), x -> new ArrayList<>(2)).add(p.getId());
        }
        s.session().addEventListener(new RuleRuntimeEventListener() {
            @Override public void objectInserted(ObjectInsertedEvent e) {
                if (e.getObject() instanceof NamedLine l) s.named().derived(l, true);
                in(e.getObject());
            }
            @Override public void objectUpdated(ObjectUpdatedEvent e) {
                if (e.getOldObject() != e.getObject()) {
                    out(e.getOldObject());
                    in(e.getObject());
                }
            }
            @Override public void objectDeleted(ObjectDeletedEvent e) {
                if (e.getOldObject() instanceof NamedLine l) s.named().derived(l, false);
                out(e.getOldObject());
            }
        });
    }

    /** The person with this id as the session holds them now, or null. */
    private Person person(String id) {
        return s.named().person(id);
    }

    private void in(Object o) {
        if (!deleted.remove(o) && inserted.add(o)) insertedInOrder.add(o);
    }

    private void out(Object o) {
        if (!inserted.remove(o)) deleted.add(o);
    }

    /** Inserts the facts, fires, and keeps the session open. */
    public static LiveSession open(RuleBase rules, List<Person> people, List<?> facts) {
        return new LiveSession(rules, Derivation.open(rules, people, facts, true));
    }

    /** What the first firing derived. */
    public Derivation.Derived derived() { return s.derived(); }

    /**
     * Replaces {@code before} by {@code after} (the same id) and fires. Cycles are the engine's own
     * facts (a walk, not a rule): pass the cycles of the lines after the change with {@link #cycles}.
     */
    public Delta update(Person before, Person after) {
        clear();
        KieSession k = s.session();
        FactHandle h = s.people().get(before.getId());
        if (h == null) throw new IllegalArgumentException("no person '" + before.getId() + "' in the session");
        if (!s.positions().containsKey(after.getPositionKey())) {
            s.positions().put(after.getPositionKey(), k.insert(new Position(after.getTitle(), after.getDepartment())));
            ours.add(after.getPositionKey());
        }
        holders.computeIfAbsent(after.getPositionKey(), x -> new int[1])[0]++;
        String wasKey = Derivation.staffedKey(before), is = Derivation.staffedKey(after);
        if (!wasKey.equals(is)) {
            staffed(wasKey, -1);
            staffed(is, +1);
        } else {
            staffed(is, 0);      // the same count, but one of its people changed: a rule that asks named.holdersAt asks again
        }
        // the named lines this change can move: the person's own, and those of everyone who names them
        NamedLines named = s.named();
        List<Person> namersNow = new ArrayList<>();
        for (String id : new java.util.LinkedHashSet<>(namers.getOrDefault(before.getId(), List.of()))) namersNow.add(person(id));
        List<ReportingLine> was = new ArrayList<>();
        named.linesOf(before, was);
        for (Person q : namersNow) named.linesOf(q, was);
        List<ManagerNamed> out = named.pairsOf(before);
        List<Person> outManagers = named.managersOf(before);
        List<List<ManagerNamed>> namersOut = new ArrayList<>(namersNow.size());
        for (Person q : namersNow) namersOut.add(named.pairsOf(q));
        named.replace(after);
        k.update(h, after);
        // in first, out after: a pair that keeps people never leaves the session and comes back
        Set<ManagerNamed> touched = new java.util.LinkedHashSet<>(out);
        for (List<ManagerNamed> ps : namersOut) touched.addAll(ps);
        for (ManagerNamed key : named.pairsOf(after)) {
            named.add(key, after, k);
            touched.add(key);
        }
        for (Person q : namersNow) {
            for (ManagerNamed key : named.pairsOf(q)) {
                named.add(key, q, k);
                touched.add(key);
            }
        }
        for (ManagerNamed key : out) named.remove(key, before, k);
        for (int i = 0; i < namersNow.size(); i++) for (ManagerNamed key : namersOut.get(i)) named.remove(key, namersNow.get(i), k);
        // what the rules looked up for those who name the changed person names the person as they were:
        // their line changed, though not the id it names. Told as a change of managerId, it reaches only
        // the patterns that watch it (core/reporting.drl), not every rule about people
        for (Person q : namersNow) k.update(s.people().get(q.getId()), q, "managerId");
        for (ManagerNamed pair : touched) named.touch(pair, k);
        for (Person m : outManagers) {
            List<String> ns = namers.get(m.getId());
            if (ns != null && ns.remove(before.getId()) && ns.isEmpty()) namers.remove(m.getId());
        }
        for (Person m : named.managersOf(after)) namers.computeIfAbsent(m.getId(), x -> new ArrayList<>(2)).add(after.getId());
        List<FactHandle> old = s.further().remove(before.getId());
        if (old != null) for (FactHandle f : old) k.delete(f);
        for (Line l : after.getLines()) {
            s.further().computeIfAbsent(after.getId(), x -> new ArrayList<>()).add(k.insert(new FurtherLine(after, l.managerId(), l.type())));
        }
        // a position nobody holds any more goes, as it would not be there in a derivation from scratch
        int[] left = holders.get(before.getPositionKey());
        if (left != null && --left[0] <= 0) {
            holders.remove(before.getPositionKey());
            if (ours.remove(before.getPositionKey())) k.delete(s.positions().remove(before.getPositionKey()));
        }
        long fired = Firing.fire(k, s.limit(), rules);
        List<ReportingLine> now = new ArrayList<>();
        named.linesOf(after, now);
        for (Person q : namersNow) named.linesOf(q, now);
        othersOfChangedPairs(touched, before.getId(), namersNow, was, now);
        return delta(fired, after.getPositionKey(), was, now);
    }

    /**
     * The named lines of people this change did not touch whose pair the rules now derive otherwise (a
     * rule that derives a {@link NamedLine} from more than the pair: none of the shipped rules does): the
     * lines before into {@code was}, after into {@code now}. Only then does it look at everyone.
     */
    private void othersOfChangedPairs(Set<ManagerNamed> touched, String changed, List<Person> namersNow,
                                      List<ReportingLine> was, List<ReportingLine> now) {
        Map<ManagerNamed, List<NamedLine>> gone = new HashMap<>(), come = new HashMap<>();
        for (Object o : deleted) if (o instanceof NamedLine l && !touched.contains(l.pair())) gone.computeIfAbsent(l.pair(), x -> new ArrayList<>()).add(l);
        for (Object o : inserted) if (o instanceof NamedLine l && !touched.contains(l.pair())) come.computeIfAbsent(l.pair(), x -> new ArrayList<>()).add(l);
        if (gone.isEmpty() && come.isEmpty()) return;
        Set<String> skip = new java.util.HashSet<>();
        for (Person q : namersNow) skip.add(q.getId());
        skip.add(changed);
        for (String id : s.people().keySet()) {
            if (skip.contains(id)) continue;
            Person p = person(id);
            s.named().eachLine(p, (key, m) -> {
                for (NamedLine l : gone.getOrDefault(key, List.of())) was.add(l.of(p, m));
                for (NamedLine l : come.getOrDefault(key, List.of())) now.add(l.of(p, m));
            });
        }
    }

    /** Puts these cycles in place of the ones the session holds, and fires. */
    public Delta cycles(List<Cycle> cycles) {
        clear();
        KieSession k = s.session();
        for (FactHandle h : s.cycles()) k.delete(h);
        s.cycles().clear();
        for (Cycle c : cycles) s.cycles().add(k.insert(c));
        return delta(Firing.fire(k, s.limit(), rules), null, List.of(), List.of());
    }

    /**
     * The cycles of the reporting lines the session holds now, among {@code people} (the org's, after the
     * change: the people of the first derivation in its order, one of them replaced, so its id index holds).
     */
    public List<Cycle> findCycles(List<Person> people) {
        List<ReportingLine> lines = Derivation.lines(s.session(), people.size());
        s.named().linesOf(people, lines);
        return Derivation.cycles(rules, people, s.derived().ids(), lines, Derivation.positionLines(s.session()));
    }

    public RuleBase rules() { return rules; }

    private void staffed(String key, int by) {
        KieSession k = s.session();
        int[] count = s.staffedCount().computeIfAbsent(key, x -> new int[1]);
        count[0] += by;
        FactHandle h = s.staffed().get(key);
        if (count[0] <= 0) {
            if (h != null) k.delete(h);
            s.staffed().remove(key);
            s.staffedCount().remove(key);
        } else if (h == null) {
            s.staffed().put(key, k.insert(Derivation.staffed(key, count[0])));
        } else {
            k.update(h, Derivation.staffed(key, count[0]));
        }
    }

    private void clear() {
        inserted.clear();
        deleted.clear();
        insertedInOrder.clear();
    }

    /** What the firing inserted and retracted, with the named lines that went ({@code was}) and came ({@code now}). */
    private Delta delta(long fired, String key, List<ReportingLine> was, List<ReportingLine> now) {
        List<Object> added = new ArrayList<>(inserted.size() + now.size());
        for (Object o : insertedInOrder) if (inserted.contains(o)) added.add(o);
        Set<ReportingLine> kept = new java.util.HashSet<>(was);
        kept.retainAll(now);
        for (ReportingLine l : now) if (!kept.contains(l)) added.add(l);
        Map<String, PositionRank> ranks = new HashMap<>();
        Map<String, PositionFunction> functions = new HashMap<>();
        Map<String, org.orgrules.model.PositionUnit> units = new HashMap<>();
        for (Object o : added) {
            if (o instanceof Position pos && !s.positions().containsKey(pos.getKey())) {
                s.positions().put(pos.getKey(), s.session().getFactHandle(pos));     // a charter's title, put in by a rule
            }
            if (o instanceof PositionRank r) ranks.put(r.positionKey(), r);
            if (o instanceof PositionFunction f) functions.put(f.positionKey(), f);
            if (o instanceof org.orgrules.model.PositionUnit u) units.put(u.positionKey(), u);
        }
        java.util.Set<String> keys = new java.util.HashSet<>(ranks.keySet());
        keys.addAll(functions.keySet());
        keys.addAll(units.keySet());
        Map<String, Classification> fresh = new HashMap<>();
        for (String k : keys) {
            FactHandle h = s.positions().get(k);
            if (h == null) continue;
            Position pos = (Position) s.session().getObject(h);
            Classification before = positions.get(k);
            Classification c = Derivation.classify(rules, pos,
                    ranks.getOrDefault(k, before == null ? null : before.rank()),
                    functions.getOrDefault(k, before == null ? null : before.function()),
                    units.getOrDefault(k, before == null ? null : before.unit()));
            positions.put(k, c);
            fresh.put(k, c);
        }
        if (key != null && !fresh.containsKey(key)) {
            Classification c = positions.get(key);
            FactHandle h = s.positions().get(key);
            if (c == null && h != null) {
                // a position new to the session of which the rules derive nothing (a title off the ladder in a
                // department with no function): classified as a derivation from scratch classifies it
                c = Derivation.classify(rules, (Position) s.session().getObject(h), null, null, null);
                positions.put(key, c);
            }
            if (c != null) fresh.put(key, c);
        }
        List<Object> removed = new ArrayList<>(deleted);
        for (ReportingLine l : was) if (!kept.contains(l)) removed.add(l);
        clear();
        return new Delta(added, removed, fresh, fired);
    }

    @Override public void close() { s.session().dispose(); }
}
