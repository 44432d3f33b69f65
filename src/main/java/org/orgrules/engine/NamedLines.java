package org.orgrules.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;
import org.orgrules.model.Line;
import org.orgrules.model.ManagerNamed;
import org.orgrules.model.NamedLine;
import org.orgrules.model.NamedLineIndex;
import org.orgrules.model.PairHolders;
import org.orgrules.model.Person;
import org.orgrules.model.ReportingLine;

/**
 * The lines the facts name (each person's manager, and their further lines), kept per person in Java
 * and handed to the rules once per pair of positions: a {@link ManagerNamed} fact for each (company
 * and position, manager's company and position, kind of line) that anyone names, however many people
 * do. The rules derive a {@link NamedLine} per pair (core/reporting.drl, K6.2); each person of the
 * pair then has the line to the manager they name, which a rule asks for through the global
 * {@code named} ({@code ReportingLine() from named.lineOf($p, $n)}, or for everyone of the pair
 * {@code from named.linesOfPair($n)} after joining the pair's {@link PairHolders}). A million people
 * who name a manager are a few thousand pairs, not a million rule firings, each with its derived fact
 * and justification.
 *
 * <p>What a rule looked up for a person depends on that person and on the manager they name: a live
 * change updates the changed person's fact and the facts of everyone who names them (LiveSession), so
 * each is looked up again, and the {@link PairHolders} of every pair it touched. Not thread-safe: the
 * session it belongs to changes one fact at a time.
 */
public final class NamedLines implements NamedLineIndex {
    /** Where each id is in {@link #people} (the session's own index, never changed). */
    private final Map<String, Integer> ids;
    /** Everyone of the session, as they are now (a live change replaces one: {@link #replace}). */
    private final Person[] people;
    private final Map<ManagerNamed, List<Person>> holders = new HashMap<>();
    private final Map<ManagerNamed, FactHandle> handles = new HashMap<>();
    private final Map<ManagerNamed, FactHandle> peopleHandles = new HashMap<>();
    private final Map<ManagerNamed, List<NamedLine>> derived = new HashMap<>();

    /** Over the people of a session, {@code ids} giving where each id is among them (the map is shared, never changed). */
    NamedLines(List<Person> people, Map<String, Integer> ids) {
        this.ids = ids;
        this.people = people.toArray(new Person[0]);
    }

    /** The person of this id now, or null. */
    Person person(String id) {
        Integer i = id == null ? null : ids.get(id);
        return i == null ? null : people[i];
    }

    /** {@code after} takes the place of the person of the same id (who must be among the people). */
    void replace(Person after) {
        Integer i = ids.get(after.getId());
        if (i == null) throw new IllegalArgumentException(after.getId() + " is not among the people of the session");
        Person before = people[i];
        people[i] = after;
        if (byPosition != null && !before.getPositionKey().equals(after.getPositionKey())) {
            Slots was = byPosition.get(before.getPositionKey());
            if (was != null) {
                was.remove(i);
                if (was.n == 0) byPosition.remove(before.getPositionKey());
            }
            byPosition.computeIfAbsent(after.getPositionKey(), k -> new Slots()).add(i);
        }
    }

    /**
     * Where the holders of each position are among {@link #people}: made when a rule first asks
     * ({@link #holdersOf}, {@link #holdersAt}), kept up by {@link #replace}.
     */
    private Map<String, Slots> byPosition;

    /** Where some people are among {@link #people}: a growable row of ints (a million people are a million ints, not Integers). */
    private static final class Slots {
        int[] a = new int[2];
        int n;

        void add(int i) {
            if (n == a.length) a = java.util.Arrays.copyOf(a, n * 2);
            a[n++] = i;
        }

        void remove(int i) {
            for (int k = 0; k < n; k++) {
                if (a[k] == i) {
                    System.arraycopy(a, k + 1, a, k, n - k - 1);
                    n--;
                    return;
                }
            }
        }
    }

    @Override public org.orgrules.model.Holders holdersOf(String positionKey) {
        Slots at = holders(positionKey);
        List<String> out = new ArrayList<>(at == null ? 0 : at.n);
        if (at != null) for (int k = 0; k < at.n; k++) out.add(people[at.a[k]].getId());
        java.util.Collections.sort(out);
        return new org.orgrules.model.Holders(positionKey, out);
    }

    @Override public List<Person> holdersAt(String company, String positionKey) {
        Slots at = holders(positionKey);
        if (at == null) return List.of();
        List<Person> out = new ArrayList<>(Math.min(at.n, 4));
        for (int k = 0; k < at.n; k++) {
            Person p = people[at.a[k]];
            if (java.util.Objects.equals(p.getCompany(), company)) out.add(p);
        }
        return out;
    }

    /** Where the holders of {@code positionKey} are, or null: the index made on the first question. */
    private Slots holders(String positionKey) {
        if (byPosition == null) {
            Map<String, Slots> m = new HashMap<>();
            for (int i = 0; i < people.length; i++) {
                Slots at = m.get(people[i].getPositionKey());
                if (at == null) m.put(people[i].getPositionKey(), at = new Slots());
                at.add(i);
            }
            byPosition = m;
        }
        return byPosition.get(positionKey);
    }

    /** Calls {@code f} with the pair and the manager of every line {@code p} names to someone other than themselves who is among the people. */
    void eachLine(Person p, BiConsumer<ManagerNamed, Person> f) {
        walk(p, f, null, null);
    }

    /**
     * The one walk over the lines {@code p} names (to someone other than themselves who is among the
     * people), without a lambda made for each person of a million on the load's paths: each pair and
     * manager goes to {@code f} when given, else {@code p} joins the pair in {@code k} ({@link #add(Person, KieSession)}),
     * else the pair's derived lines go to {@code out} ({@link #linesOf(Person, List)}).
     */
    private void walk(Person p, BiConsumer<ManagerNamed, Person> f, KieSession k, List<ReportingLine> out) {
        String id = p.getManagerId();
        if (id != null && !id.equals(p.getId())) {
            Person m = person(id);
            if (m != null) visit(ManagerNamed.of(p, m), p, m, f, k, out);
        }
        List<Line> lines = p.getLines();
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (l.managerId().equals(p.getId())) continue;
            Person m = person(l.managerId());
            if (m != null) visit(ManagerNamed.further(p, m, l.type()), p, m, f, k, out);
        }
    }

    private void visit(ManagerNamed key, Person p, Person m, BiConsumer<ManagerNamed, Person> f, KieSession k, List<ReportingLine> out) {
        if (f != null) {
            f.accept(key, m);
        } else if (k != null) {
            add(key, p, k);
        } else {
            List<NamedLine> ls = derived.get(key);
            if (ls != null) for (int i = 0; i < ls.size(); i++) out.add(ls.get(i).of(p, m));
        }
    }

    /** The pairs of every line {@code p} names (once per line), as the people are now. */
    List<ManagerNamed> pairsOf(Person p) {
        List<ManagerNamed> out = new ArrayList<>(1);
        eachLine(p, (key, m) -> out.add(key));
        return out;
    }

    @Override public List<ReportingLine> linesOfPair(NamedLine line) {
        List<Person> ps = holders.getOrDefault(line.pair(), List.of());
        List<ReportingLine> out = new ArrayList<>(ps.size());
        java.util.Set<Person> seen = ps.size() > 1 ? java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()) : null;
        for (Person p : ps) if (seen == null || seen.add(p)) lineOf(p, line, out);
        return out;
    }

    @Override public boolean hasPerson(String id) {
        return id != null && ids.containsKey(id);
    }

    @Override public List<ReportingLine> lineOf(Person person, NamedLine line) {
        List<ReportingLine> out = new ArrayList<>(1);
        lineOf(person, line, out);
        return out;
    }

    private void lineOf(Person person, NamedLine line, List<ReportingLine> out) {
        ManagerNamed pair = line.pair();
        eachLine(person, (key, m) -> { if (key.equals(pair)) out.add(line.of(person, m)); });
    }

    /** {@code p} joins the pair {@code key} (once for each of their lines of it): the pair's fact goes in with the first. */
    void add(ManagerNamed key, Person p, KieSession k) {
        List<Person> ps = holders.computeIfAbsent(key, x -> new ArrayList<>(2));
        ps.add(p);
        if (ps.size() == 1) {
            handles.put(key, k.insert(key));
            peopleHandles.put(key, k.insert(new PairHolders(key)));
        }
    }

    /** {@code p} joins the pair of each line they name. */
    void add(Person p, KieSession k) {
        walk(p, null, k, null);
    }

    /** {@code p} (this very object) leaves the pair {@code key}, once: the pair's fact goes with the last. */
    void remove(ManagerNamed key, Person p, KieSession k) {
        List<Person> ps = holders.get(key);
        int at = -1;
        if (ps != null) for (int i = ps.size() - 1; i >= 0 && at < 0; i--) if (ps.get(i) == p) at = i;
        if (at < 0) throw new IllegalStateException(p.getId() + " is not among the people of the pair " + key);
        ps.set(at, ps.get(ps.size() - 1));
        ps.remove(ps.size() - 1);
        if (ps.isEmpty()) {
            holders.remove(key);
            k.delete(handles.remove(key));
            k.delete(peopleHandles.remove(key));
        }
    }

    /** Tells the rules that the people of the pair {@code key} changed: its {@link PairHolders} is updated. */
    void touch(ManagerNamed key, KieSession k) {
        FactHandle h = peopleHandles.get(key);
        if (h != null) k.update(h, k.getObject(h));
    }

    /** Notes a line the rules derived ({@code in}) or no longer derive. */
    void derived(NamedLine l, boolean in) {
        ManagerNamed key = l.pair();
        if (in) {
            derived.computeIfAbsent(key, x -> new ArrayList<>(1)).add(l);
        } else {
            List<NamedLine> ls = derived.get(key);
            if (ls != null && ls.remove(l) && ls.isEmpty()) derived.remove(key);
        }
    }

    /** Notes every line the rules derived so far in {@code s}. */
    void derivedIn(KieSession s) {
        for (Object o : s.getObjects(o -> o instanceof NamedLine)) derived((NamedLine) o, true);
    }

    /** Adds to {@code out} every line {@code p} names, as the rules derived it for its pair. */
    void linesOf(Person p, List<ReportingLine> out) {
        if (!derived.isEmpty()) walk(p, null, null, out);
    }

    /** Adds to {@code out} the lines of everyone in {@code people}, as {@link #linesOf(Person, List)}. */
    void linesOf(Iterable<Person> people, List<ReportingLine> out) {
        if (derived.isEmpty()) return;
        for (Person p : people) linesOf(p, out);
    }

    /** The managers of the lines {@code p} names (once per line), as the people are now. */
    List<Person> managersOf(Person p) {
        List<Person> out = new ArrayList<>(1);
        eachLine(p, (key, m) -> out.add(m));
        return out;
    }
}
