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
import org.orgrules.model.Person;
import org.orgrules.model.Position;
import org.orgrules.model.PositionFunction;
import org.orgrules.model.PositionRank;
import org.orgrules.model.ReportingLine;

/**
 * A rule session kept open over an organisation's facts, so that a change to one person is derived
 * incrementally: the person's fact is updated, the rules fire, and the truth maintenance of the
 * engine ({@code insertLogical} in the DRL) retracts what no longer holds. What changed comes back as
 * a {@link Delta} of the derived facts inserted and retracted, for the read view to patch.
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
        s.session().addEventListener(new RuleRuntimeEventListener() {
            @Override public void objectInserted(ObjectInsertedEvent e) { in(e.getObject()); }
            @Override public void objectUpdated(ObjectUpdatedEvent e) {
                if (e.getOldObject() != e.getObject()) {
                    out(e.getOldObject());
                    in(e.getObject());
                }
            }
            @Override public void objectDeleted(ObjectDeletedEvent e) { out(e.getOldObject()); }
        });
    }

    private void in(Object o) {
        if (!deleted.remove(o) && inserted.add(o)) insertedInOrder.add(o);
    }

    private void out(Object o) {
        if (!inserted.remove(o)) deleted.add(o);
    }

    /** Inserts the facts, fires, and keeps the session open. */
    public static LiveSession open(RuleBase rules, List<Person> people, List<?> facts) {
        return new LiveSession(rules, Derivation.open(rules, people, facts));
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
        String was = Derivation.staffedKey(before), is = Derivation.staffedKey(after);
        if (!was.equals(is)) {
            staffed(was, -1);
            staffed(is, +1);
        }
        k.update(h, after);
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
        return delta(fired, after.getPositionKey());
    }

    /** Puts these cycles in place of the ones the session holds, and fires. */
    public Delta cycles(List<Cycle> cycles) {
        clear();
        KieSession k = s.session();
        for (FactHandle h : s.cycles()) k.delete(h);
        s.cycles().clear();
        for (Cycle c : cycles) s.cycles().add(k.insert(c));
        return delta(Firing.fire(k, s.limit(), rules), null);
    }

    /** The cycles of the reporting lines the session holds now, among {@code people} (the org's, after the change). */
    public List<Cycle> findCycles(List<Person> people) {
        return Derivation.cycles(rules, people, Derivation.lines(s.session(), people.size()), Derivation.positionLines(s.session()));
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

    private Delta delta(long fired, String key) {
        List<Object> added = new ArrayList<>(inserted.size());
        for (Object o : insertedInOrder) if (inserted.contains(o)) added.add(o);
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
        if (key != null && !fresh.containsKey(key) && positions.containsKey(key)) fresh.put(key, positions.get(key));
        List<Object> removed = new ArrayList<>(deleted);
        clear();
        return new Delta(added, removed, fresh, fired);
    }

    @Override public void close() { s.session().dispose(); }
}
