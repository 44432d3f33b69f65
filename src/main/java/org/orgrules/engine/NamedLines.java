package org.orgrules.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;
import org.orgrules.model.Line;
import org.orgrules.model.ManagerNamed;
import org.orgrules.model.NamedLine;
import org.orgrules.model.NamedLineIndex;
import org.orgrules.model.Person;
import org.orgrules.model.ReportingLine;

/**
 * The lines the facts name (each person's manager, and their further lines), kept per person in Java
 * and handed to the rules once per pair of positions: a {@link ManagerNamed} fact for each (company
 * and position, manager's company and position, kind of line) that anyone names, however many people
 * do. The rules derive a {@link NamedLine} per pair (core/reporting.drl, K6.2); each person of the
 * pair then has the line to the manager they name. A rule that needs the people of a pair looks up
 * their lines here, through the global {@code named} ({@code ReportingLine() from named.linesOfPair($n)}),
 * instead of joining every person: a million people who name a manager are a few thousand pairs, not
 * a million rule firings, each with its derived fact and justification, and not a million more entries
 * in the memory of every rule that joins a line to its people.
 *
 * <p>A live change tells the rules which pairs it touched by updating their {@link NamedLine}s
 * ({@link #touch}), so that what was looked up for them is looked up again. Not thread-safe: the
 * session it belongs to changes one fact at a time.
 */
public final class NamedLines implements NamedLineIndex {
    private final Function<String, Person> byId;
    private final Map<ManagerNamed, List<Person>> holders = new HashMap<>();
    private final Map<ManagerNamed, FactHandle> handles = new HashMap<>();
    private final Map<ManagerNamed, List<NamedLine>> derived = new HashMap<>();

    /** Over the people of a session, looked up by id with {@code byId}. */
    NamedLines(Function<String, Person> byId) {
        this.byId = byId;
    }

    /** Calls {@code f} with the pair and the manager of every line {@code p} names to someone other than themselves who is among the people. */
    void eachLine(Person p, BiConsumer<ManagerNamed, Person> f) {
        String id = p.getManagerId();
        if (id != null && !id.equals(p.getId())) {
            Person m = byId.apply(id);
            if (m != null) f.accept(ManagerNamed.of(p, m), m);
        }
        for (Line l : p.getLines()) {
            if (l.managerId().equals(p.getId())) continue;
            Person m = byId.apply(l.managerId());
            if (m != null) f.accept(ManagerNamed.further(p, m, l.type()), m);
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
        Set<Person> seen = ps.size() > 1 ? Collections.newSetFromMap(new IdentityHashMap<>()) : null;
        for (Person p : ps) if (seen == null || seen.add(p)) lineOf(p, line, out);
        return out;
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
        if (ps.size() == 1) handles.put(key, k.insert(key));
    }

    /** {@code p} joins the pair of each line they name. */
    void add(Person p, KieSession k) {
        eachLine(p, (key, m) -> add(key, p, k));
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
        }
    }

    /** True while someone is in the pair {@code key}. */
    boolean held(ManagerNamed key) {
        return handles.containsKey(key);
    }

    /** Tells the rules that the people of the pair {@code key} changed: its derived lines are updated in place. */
    void touch(ManagerNamed key, KieSession k) {
        for (NamedLine l : derived.getOrDefault(key, List.of())) {
            FactHandle h = k.getFactHandle(l);
            if (h != null) k.update(h, l);
        }
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
        if (derived.isEmpty()) return;
        eachLine(p, (key, m) -> {
            List<NamedLine> ls = derived.get(key);
            if (ls != null) for (NamedLine l : ls) out.add(l.of(p, m));
        });
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
