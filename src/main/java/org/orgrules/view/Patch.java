package org.orgrules.view;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.orgrules.engine.Classification;
import org.orgrules.engine.Derivation;
import org.orgrules.engine.Derivation.Derived;
import org.orgrules.model.Head;
import org.orgrules.model.LineUse.Use;
import org.orgrules.model.Person;
import org.orgrules.model.PositionFunction;
import org.orgrules.model.PositionLine;
import org.orgrules.model.PositionRank;
import org.orgrules.model.ReportingLine;
import org.orgrules.model.Violation;

/**
 * A live update of an {@link Index}: one person changed and what the rules derived differently
 * because of it. Arrays that did not change are shared; the rest are copied, so the base is left as it was.
 */
final class Patch {
    /** How many rows live updates may replace before the children arrays are rebuilt. */
    private static final int MAX_REPLACED_ROWS = 4096;

    private Patch() {}

    /**
     * {@code base} with {@code changed} and the facts the live session inserted ({@code added}) and
     * retracted ({@code removed}), by identity; {@code newPositions}: the classification of any
     * position the change brought in.
     */
    static Index apply(Index base, Person changed, Collection<Object> added, Collection<Object> removed,
                       Map<String, Classification> newPositions) {
        Index x = new Index();
        x.rules = base.rules;
        x.index = base.index;
        x.uses = base.uses;
        x.problems = base.problems;
        x.rows = null;
        int n = base.people.length;
        int ci = base.index.get(changed.getId());
        Person before = base.people[ci];
        x.people = base.people.clone();
        x.people[ci] = changed;
        // company and classification
        if (before.getCompany().equals(changed.getCompany())) {
            x.companies = base.companies;
            x.company = base.company;
        } else {
            Map<String, Integer> companies = x.companies = new HashMap<>(base.companies);
            x.company = base.company.clone();
            x.company[ci] = companies.computeIfAbsent(changed.getCompany(), c -> companies.size());
        }
        Map<String, Classification> positions = new HashMap<>(base.derived.positions());
        positions.putAll(newPositions);
        if (before.getPositionKey().equals(changed.getPositionKey()) && !newPositions.containsKey(changed.getPositionKey())) {
            x.cls = base.cls;
        } else {
            x.cls = base.cls.clone();
            x.cls[ci] = positions.get(changed.getPositionKey());
        }
        // reporting lines: re-place the lines of everyone whose lines changed. The lines K2.3 infers
        // for the holders of a position (PositionLine) are one shared list per company and position:
        // when one of them comes or goes, or the changed person holds another position's lines than
        // before, the lists are made again, and every holder of a position whose lines changed is touched
        Set<Object> gone = Collections.newSetFromMap(new IdentityHashMap<>());
        gone.addAll(removed);
        // the lines the facts name are made by the engine per person, each time anew (NamedLines): a line
        // that went is known by its value, not by being the very object this view holds
        Set<ReportingLine> linesGone = new java.util.HashSet<>();
        for (Object o : removed) if (o instanceof ReportingLine l) linesGone.add(l);
        Set<Integer> touched = new LinkedHashSet<>();
        touched.add(ci);
        for (Object o : removed) if (o instanceof ReportingLine l) touched.add(x.index.get(l.personId()));
        for (Object o : added) if (o instanceof ReportingLine l) touched.add(x.index.get(l.personId()));
        touched.remove(null);
        Set<String> positionsTouched = new java.util.HashSet<>();
        for (Object o : removed) if (o instanceof PositionLine g) positionsTouched.add(g.company() + "\u0001" + g.positionKey());
        for (Object o : added) if (o instanceof PositionLine g) positionsTouched.add(g.company() + "\u0001" + g.positionKey());
        if (positionsTouched.isEmpty() && holderKey(before).equals(holderKey(changed))) {
            x.inferred = base.inferred;
            x.holders = base.holders;
        } else {
            inferred(base, x, ci, before, changed, positionsTouched,
                    Derivation.byPosition(patch(base.derived.of(PositionLine.class), gone, added, PositionLine.class)));
            for (String key : positionsTouched) {
                for (int i : base.holders.getOrDefault(key, new int[0])) touched.add(i);
                for (int i : x.holders.getOrDefault(key, new int[0])) touched.add(i);
            }
        }
        x.moreLines = new HashMap<>(base.moreLines);
        x.primary = base.primary.clone();
        int[] par = base.parent;
        List<int[]> moves = new ArrayList<>();
        Map<List<PositionLine>, Map<String, PositionLine>> best = new IdentityHashMap<>();
        for (Integer p : touched) {
            // the person's own lines (not those of their position: placed again below), less those gone
            List<ReportingLine> ls = new ArrayList<>();
            if (base.primary[p] != null && !linesGone.contains(base.primary[p]) && !base.ofPosition(p, base.primary[p])) ls.add(base.primary[p]);
            for (ReportingLine l : base.moreLines.getOrDefault(p, List.of())) if (!linesGone.contains(l)) ls.add(l);
            for (Object o : added) if (o instanceof ReportingLine l && l.personId().equals(x.people[p].getId())) ls.add(l);
            ls.sort(Comparator.comparing(ReportingLine::managerId));
            x.primary[p] = null;
            x.moreLines.remove(p);
            for (ReportingLine l : ls) {
                if (!x.index.containsKey(l.managerId())) continue;
                if (!x.uses.counts(l.type(), Use.CHAIN)) x.moreLines.computeIfAbsent(p, k -> new ArrayList<>()).add(l);
                else Index.place(x.uses, l, p, x.primary, x.moreLines);
            }
            Index.placeInferred(x, p, best);
            List<ReportingLine> more = x.moreLines.get(p);
            if (more != null) more.sort(Index.LINE_ORDER);
            int np = x.primary[p] == null ? -1 : x.index.get(x.primary[p].managerId());
            if (np != base.parent[p]) {
                if (par == base.parent) par = base.parent.clone();
                par[p] = np;
                moves.add(new int[] {p, base.parent[p], np});
            }
        }
        x.parent = par;
        children(base, x, moves);
        marks(base, x, moves, n);
        // derived facts
        List<Violation> sorted = patch(base.violations, gone, added, Violation.class);
        Derivation.sortViolations(sorted);
        x.violations = List.copyOf(sorted);
        List<Head> heads = patch(base.derived.heads(), gone, added, Head.class);
        Map<Class<?>, List<Object>> others = new HashMap<>(base.derived.others());
        for (Object o : added) {
            if (!Derivation.engineFact(o) && !(o instanceof ReportingLine) && !(o instanceof Violation)
                    && !(o instanceof Head) && !(o instanceof PositionRank) && !(o instanceof PositionFunction)) {
                others.computeIfAbsent(o.getClass(), k -> new ArrayList<>());
            }
        }
        for (Map.Entry<Class<?>, List<Object>> e : others.entrySet()) {
            List<Object> list = new ArrayList<>(e.getValue().size() + 4);
            for (Object o : e.getValue()) if (!gone.contains(o)) list.add(o);
            for (Object o : added) if (o.getClass() == e.getKey()) list.add(o);
            e.setValue(list);
        }
        x.derived = new Derived(Arrays.asList(x.people), positions, List.of(), heads, sorted, base.derived.cycles(),
                others, base.derived.fired(), base.derived.ids());
        // the other lines: rebuilt when they were needed before or the changed lines need them
        x.command = needsGraph(x, base.command, touched, Use.COMMAND) ? Graph.of(x, Use.COMMAND) : null;
        x.reportsGraph = needsGraph(x, base.reportsGraph, touched, Use.REPORTS_TO) ? Graph.of(x, Use.REPORTS_TO) : null;
        return x;
    }

    /**
     * The children: the rows of the old and the new manager replaced (the big arrays shared) for a few
     * moves; the arrays rebuilt once too many rows differ.
     */
    private static void children(Index base, Index x, List<int[]> moves) {
        int replaced = base.childRows == null ? 0 : base.childRows.size();
        if (moves.isEmpty()) {
            x.childStart = base.childStart;
            x.children = base.children;
            x.childRows = base.childRows;
        } else if (moves.size() <= 64 && replaced + 2 * moves.size() <= MAX_REPLACED_ROWS) {
            x.childStart = base.childStart;
            x.children = base.children;
            Map<Integer, int[]> rows = base.childRows == null ? new HashMap<>() : new HashMap<>(base.childRows);
            for (int[] mv : moves) {
                int p = mv[0], from = mv[1], to = mv[2];
                if (from >= 0) {
                    int[] row = Children.row(x, rows, from);
                    int[] less = new int[row.length - 1];
                    int k = 0;
                    for (int c : row) if (c != p) less[k++] = c;
                    rows.put(from, less);
                }
                if (to >= 0) {
                    int[] row = Children.row(x, rows, to);
                    int[] more = Arrays.copyOf(row, row.length + 1);
                    more[row.length] = p;
                    rows.put(to, more);
                }
            }
            x.childRows = rows;
        } else {
            x.childStart = Children.starts(x.parent);
            x.children = Children.rows(x.parent, x.childStart);
            x.childRows = null;
        }
    }

    /** The walks up: unchanged but below the people moved, unless a move touches a cycle. */
    private static void marks(Index base, Index x, List<int[]> moves, int n) {
        boolean cycleNow = false;
        for (int[] mv : moves) {
            if (base.cycleOf[mv[0]] >= 0) cycleNow = true;
            for (int v = mv[2], steps = 0; v >= 0 && !cycleNow; v = x.parent[v]) {
                if (v == mv[0] || ++steps > n) cycleNow = true;
            }
        }
        if (moves.isEmpty()) {
            x.reach = base.reach;
            x.cycleOf = base.cycleOf;
            x.cyclic = base.cyclic;
        } else if (!cycleNow) {
            byte[] r = base.reach;                             // copied only when a mark changes
            int[] stack = new int[16];
            for (int[] mv : moves) {
                byte mark = mv[2] < 0 ? 1 : r[mv[2]];
                int sp = 0;
                stack[sp++] = mv[0];
                while (sp > 0) {                               // the moved person and everyone below them
                    int v = stack[--sp];
                    if (r[v] != mark) {
                        if (r == base.reach) r = base.reach.clone();
                        r[v] = mark;
                    }
                    int[] row = x.childRows == null ? null : x.childRows.get(v);
                    int len = row != null ? row.length : x.childStart[v + 1] - x.childStart[v];
                    for (int k = 0; k < len; k++) {
                        if (sp == stack.length) stack = Arrays.copyOf(stack, sp * 2);
                        stack[sp++] = row != null ? row[k] : x.children[x.childStart[v] + k];
                    }
                }
            }
            x.reach = r;
            x.cycleOf = base.cycleOf;
            x.cyclic = base.cyclic && (r == base.reach || Index.anyCycle(r));
        } else {
            x.reach = Index.walkMarks(x.parent);
            x.cycleOf = Index.cyclesOf(x.parent, x.reach);
            x.cyclic = Index.anyCycle(x.reach);
        }
    }

    /**
     * The lines of a position given again to its holders: only to the holders of the positions whose lines
     * changed ({@code keys}) and of the changed person's position before and after, found in
     * {@link Index#holders}; everyone else keeps the list they had. (Walking everyone, as a build does,
     * took 15–50 ms of a retitle at 1 M people.)
     */
    private static void inferred(Index base, Index x, int ci, Person before, Person changed, Set<String> keys,
                                 Map<String, List<PositionLine>> byPosition) {
        String was = holderKey(before), is = holderKey(changed);
        x.holders = base.holders;
        if (!was.equals(is)) {
            x.holders = new HashMap<>(base.holders);
            if (!was.isEmpty()) {
                int[] less = Arrays.stream(x.holders.getOrDefault(was, new int[0])).filter(i -> i != ci).toArray();
                if (less.length == 0) x.holders.remove(was);
                else x.holders.put(was, less);
            }
            if (!is.isEmpty()) {
                int[] at = x.holders.getOrDefault(is, new int[0]);
                int[] more = Arrays.copyOf(at, at.length + 1);
                more[at.length] = ci;
                Arrays.sort(more);
                x.holders.put(is, more);
            }
        }
        x.inferred = base.inferred.clone();
        x.inferred[ci] = null;
        Set<String> again = new java.util.HashSet<>(keys);
        if (!was.isEmpty()) again.add(was);
        if (!is.isEmpty()) again.add(is);
        for (String key : again) {
            List<PositionLine> gs = byPosition.get(key);
            if (gs != null) gs.sort(Index.LINES_OF_A_POSITION);
            for (int i : x.holders.getOrDefault(key, new int[0])) x.inferred[i] = gs;
        }
    }

    /** The company and position whose inferred lines {@code p} holds: empty when they name a manager. */
    private static String holderKey(Person p) {
        return p.getManagerId() != null ? "" : Derivation.staffedKey(p);
    }

    /** {@code base} without the facts {@code gone} and with the facts of {@code type} {@code added}. */
    private static <T> List<T> patch(List<? extends Object> base, Set<Object> gone, Collection<Object> added, Class<T> type) {
        List<T> out = new ArrayList<>(base.size() + 4);
        for (Object o : base) if (!gone.contains(o)) out.add(type.cast(o));
        for (Object o : added) if (type.isInstance(o)) out.add(type.cast(o));
        return out;
    }

    /** Whether the lines of {@code use} need their own graph after a change to {@code touched}. */
    private static boolean needsGraph(Index x, Graph before, Set<Integer> touched, Use use) {
        if (before != null) return true;
        for (Integer p : touched) {
            if (x.primary[p] != null && !x.uses.counts(x.primary[p].type(), use)) return true;
            for (ReportingLine l : x.moreLines.getOrDefault(p, List.of())) {
                if (!l.inferred() && x.uses.counts(l.type(), use)) return true;
            }
        }
        return false;
    }
}
