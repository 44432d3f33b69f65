package org.orgrules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.orgrules.engine.Classification;
import org.orgrules.engine.Derivation.Derived;
import org.orgrules.engine.RuleBase;
import org.orgrules.engine.SeniorityTable;
import org.orgrules.facts.LoadProblem;
import org.orgrules.model.Answer;
import org.orgrules.engine.LineUses;
import org.orgrules.model.Chain;
import org.orgrules.model.Line;
import org.orgrules.model.LineType;
import org.orgrules.model.LineUse.Use;
import org.orgrules.model.ManagerLine;
import org.orgrules.model.Person;
import org.orgrules.model.Reason;
import org.orgrules.model.ReportingLine;
import org.orgrules.model.ReportsTo;
import org.orgrules.model.Seniority;
import org.orgrules.model.SeniorityCase;
import org.orgrules.model.Violation;

/**
 * An organisation as the rules see it: the facts plus everything the rules derived from them
 * (ranks, functions, explicit and inferred reporting lines, violations), indexed for queries.
 *
 * <p>Immutable and thread-safe: build it once ({@link OrgExpert#load}) and query it from any thread.
 * Transitive questions walk the derived direct lines (no closure is stored), and every walk stops
 * on cyclic data. Every answer carries the reasons — rule names and K-statements — that produced it.
 */
public final class Org {
    /** The reason "rule" for steps the engine takes itself rather than a DRL rule: walking lines, naming people. */
    public static final String WALK = "orgrules: walk of the derived reporting lines";
    public static final String NAMES = "orgrules: people are named by id or exact name, anything else is a title";
    private final RuleBase rules;
    private final Person[] people;
    private final Map<String, Integer> index;
    private final Classification[] cls;
    private final int[] company;
    private final int[] parent;              // primary direct manager, -1 at the top
    private final ReportingLine[] primary;
    private final Map<Integer, List<ReportingLine>> moreLines; // people with more than one line
    private final LineUses uses;
    private final Graph command;             // lines that carry command (seniority); null: the primary lines alone
    private final Graph reportsGraph;        // lines reports-to follows; null: the primary lines alone
    private final int[] childStart;
    /** Rows of children that differ from {@code childStart}/{@code children} after live updates; null when none. */
    private final Map<Integer, int[]> childRows;
    /** How many rows live updates may replace before the children arrays are rebuilt. */
    private static final int MAX_REPLACED_ROWS = 4096;
    private final int[] children;
    private final byte[] reach;              // 1: the walk up ends at a top; 2: it meets a cycle
    private final int[] cycleOf;             // which cycle of primary lines a person is on, -1 when none
    private final List<Violation> violations;
    private final List<LoadProblem> problems;
    private final Derived derived;
    private final List<Person> rows;
    private final Map<String, Integer> companies;
    private final boolean cyclic;            // some primary walk meets a cycle
    private volatile Map<Long, int[]> peerGroups;
    private volatile Map<String, List<Violation>> violationsByPerson;

    Org(RuleBase rules, Derived derived, List<LoadProblem> problems) {
        this(rules, derived, problems, null);
    }

    /** {@code rows}: every row loaded (all versions of dated people), or null when they are the people. */
    Org(RuleBase rules, Derived derived, List<LoadProblem> problems, List<Person> rows) {
        this.rules = rules;
        this.rows = rows == null || rows == derived.people() ? null : List.copyOf(rows);
        List<Person> list = derived.people();
        int n = list.size();
        this.people = list.toArray(new Person[0]);
        this.index = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) index.put(people[i].getId(), i);
        this.cls = new Classification[n];
        this.company = new int[n];
        this.companies = new HashMap<>();
        for (int i = 0; i < n; i++) {
            cls[i] = derived.positions().get(people[i].getPositionKey());
            company[i] = companies.computeIfAbsent(people[i].getCompany(), c -> companies.size());
        }
        this.parent = new int[n];
        Arrays.fill(parent, -1);
        this.primary = new ReportingLine[n];
        this.moreLines = new HashMap<>();
        this.uses = rules.lineUses();
        for (ReportingLine l : derived.lines()) {
            Integer p = index.get(l.personId()), m = index.get(l.managerId());
            if (p == null || m == null) continue;
            if (!uses.counts(l.type(), Use.CHAIN)) {        // a dotted or acting line: not the chain of command
                moreLines.computeIfAbsent(p, k -> new ArrayList<>()).add(l);
                continue;
            }
            place(uses, l, p, primary, moreLines);
        }
        for (int i = 0; i < n; i++) if (primary[i] != null) parent[i] = index.get(primary[i].managerId());
        for (List<ReportingLine> ls : moreLines.values()) {
            ls.sort(java.util.Comparator.comparing(ReportingLine::type).thenComparing(ReportingLine::managerId));
        }
        this.childStart = childStarts(parent);
        this.children = children(parent, childStart);
        this.childRows = null;
        this.command = graph(Use.COMMAND);
        this.reportsGraph = graph(Use.REPORTS_TO);
        this.reach = walkMarks(parent);
        this.cycleOf = cyclesOf(parent, reach);
        this.cyclic = anyCycle(reach);
        this.violations = List.copyOf(derived.violations());
        this.problems = List.copyOf(problems);
        this.derived = derived;
    }

    /** Puts a line of the chain of command where it belongs: the person's primary line, or one of their others. */
    private static void place(LineUses uses, ReportingLine l, int p, ReportingLine[] primary,
                              Map<Integer, List<ReportingLine>> moreLines) {
        ReportingLine cur = primary[p];
        if (cur == null) {
            primary[p] = l;
        } else {
            boolean better = uses.preferred(l, cur);
            moreLines.computeIfAbsent(p, k -> new ArrayList<>()).add(better ? cur : l);
            if (better) primary[p] = l;
        }
    }

    /** Where each person's row of children starts in {@link #children(int[], int[])}: compressed rows. */
    private static int[] childStarts(int[] parent) {
        int n = parent.length;
        int[] start = new int[n + 1];
        for (int i = 0; i < n; i++) if (parent[i] >= 0) start[parent[i] + 1]++;
        for (int i = 0; i < n; i++) start[i + 1] += start[i];
        return start;
    }

    /** Everyone with a manager, in their manager's row, rows in the order of {@code start}. */
    private static int[] children(int[] parent, int[] start) {
        int n = parent.length;
        int[] kids = new int[start[n]];
        int[] fill = new int[n];
        for (int i = 0; i < n; i++) if (parent[i] >= 0) kids[start[parent[i]] + fill[parent[i]]++] = i;
        return kids;
    }

    /** The children of {@code v}: a replaced row, else the slice of the shared arrays (copied). */
    private int[] row(Map<Integer, int[]> rows, int v) {
        int[] r = rows.get(v);
        return r != null ? r : Arrays.copyOfRange(children, childStart[v], childStart[v + 1]);
    }

    /** {@code base} without the facts {@code gone} and with the facts of {@code type} {@code added}. */
    private static <T> List<T> patch(List<? extends Object> base, java.util.Set<Object> gone, java.util.Collection<Object> added,
                                     Class<T> type) {
        List<T> out = new ArrayList<>(base.size() + 4);
        for (Object o : base) if (!gone.contains(o)) out.add(type.cast(o));
        for (Object o : added) if (type.isInstance(o)) out.add(type.cast(o));
        return out;
    }

    /** Whether the lines of {@code use} need their own graph after a change to {@code touched}. */
    private boolean needsGraph(Graph before, java.util.Set<Integer> touched, Use use) {
        if (before != null) return true;
        for (Integer p : touched) {
            if (primary[p] != null && !uses.counts(primary[p].type(), use)) return true;
            for (ReportingLine l : moreLines.getOrDefault(p, List.of())) {
                if (!l.inferred() && uses.counts(l.type(), use)) return true;
            }
        }
        return false;
    }

    private static boolean anyCycle(byte[] reach) {
        for (byte b : reach) if (b == 2) return true;
        return false;
    }

    /** True when some walk up the primary lines meets a cycle. */
    boolean cyclic() { return cyclic; }

    /**
     * True when going up from {@code from} along every line of the chain or of command (primary
     * lines and the others, also the heads K2.3 could infer besides) reaches {@code target}: whether a
     * new line {@code target → from} closes a cycle.
     */
    boolean reachesAlongAnyLine(String fromId, String targetId) {
        Integer from = index.get(fromId), target = index.get(targetId);
        if (from == null || target == null) return false;
        java.util.Set<Integer> seen = new HashSet<>();
        java.util.ArrayDeque<Integer> todo = new java.util.ArrayDeque<>();
        todo.add(from);
        while (!todo.isEmpty()) {
            int v = todo.poll();
            if (v == target) return true;
            if (!seen.add(v)) continue;
            if (primary[v] != null) todo.add(parent[v]);
            for (ReportingLine l : moreLines.getOrDefault(v, List.of())) {
                if (uses.counts(l.type(), Use.CHAIN) || uses.counts(l.type(), Use.COMMAND)) {
                    Integer m = index.get(l.managerId());
                    if (m != null) todo.add(m);
                }
            }
        }
        return false;
    }

    /**
     * This org with one person changed and what the rules derived differently because of it: the
     * facts the live session inserted ({@code added}) and retracted ({@code removed}), by identity.
     * Arrays that did not change are shared; the rest are copied, so this org is left as it was.
     * {@code positions}: the classification of any position the change brought in.
     */
    Org patched(Person changed, java.util.Collection<Object> added, java.util.Collection<Object> removed,
                Map<String, Classification> positions) {
        return new Org(this, changed, added, removed, positions);
    }

    private Org(Org base, Person changed, java.util.Collection<Object> added, java.util.Collection<Object> removed,
                Map<String, Classification> newPositions) {
        this.rules = base.rules;
        this.index = base.index;
        this.uses = base.uses;
        this.problems = base.problems;
        this.rows = null;
        int n = base.people.length;
        int ci = base.index.get(changed.getId());
        Person before = base.people[ci];
        this.people = base.people.clone();
        people[ci] = changed;
        // company and classification
        if (before.getCompany().equals(changed.getCompany())) {
            this.companies = base.companies;
            this.company = base.company;
        } else {
            this.companies = new HashMap<>(base.companies);
            this.company = base.company.clone();
            company[ci] = companies.computeIfAbsent(changed.getCompany(), c -> companies.size());
        }
        Map<String, Classification> positions = new HashMap<>(base.derived.positions());
        positions.putAll(newPositions);
        if (before.getPositionKey().equals(changed.getPositionKey()) && !newPositions.containsKey(changed.getPositionKey())) {
            this.cls = base.cls;
        } else {
            this.cls = base.cls.clone();
            cls[ci] = positions.get(changed.getPositionKey());
        }
        // reporting lines: re-place the lines of everyone whose lines changed
        java.util.Set<Object> gone = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        gone.addAll(removed);
        java.util.Set<Integer> touched = new java.util.LinkedHashSet<>();
        for (Object o : removed) if (o instanceof ReportingLine l) touched.add(index.get(l.personId()));
        for (Object o : added) if (o instanceof ReportingLine l) touched.add(index.get(l.personId()));
        touched.remove(null);
        this.moreLines = touched.isEmpty() ? base.moreLines : new HashMap<>(base.moreLines);
        this.primary = touched.isEmpty() ? base.primary : base.primary.clone();
        int[] par = base.parent;
        List<int[]> moves = new ArrayList<>();
        for (Integer p : touched) {
            List<ReportingLine> ls = new ArrayList<>();
            if (base.primary[p] != null && !gone.contains(base.primary[p])) ls.add(base.primary[p]);
            for (ReportingLine l : base.moreLines.getOrDefault(p, List.of())) if (!gone.contains(l)) ls.add(l);
            for (Object o : added) if (o instanceof ReportingLine l && l.personId().equals(people[p].getId())) ls.add(l);
            ls.sort(java.util.Comparator.comparing(ReportingLine::managerId));
            primary[p] = null;
            moreLines.remove(p);
            for (ReportingLine l : ls) {
                if (!index.containsKey(l.managerId())) continue;
                if (!uses.counts(l.type(), Use.CHAIN)) moreLines.computeIfAbsent(p, k -> new ArrayList<>()).add(l);
                else place(uses, l, p, primary, moreLines);
            }
            List<ReportingLine> more = moreLines.get(p);
            if (more != null) more.sort(java.util.Comparator.comparing(ReportingLine::type).thenComparing(ReportingLine::managerId));
            int np = primary[p] == null ? -1 : index.get(primary[p].managerId());
            if (np != base.parent[p]) {
                if (par == base.parent) par = base.parent.clone();
                par[p] = np;
                moves.add(new int[] {p, base.parent[p], np});
            }
        }
        this.parent = par;
        // children: the rows of the old and the new manager replaced (the big arrays shared) for a few
        // moves; the arrays rebuilt once too many rows differ
        int replaced = base.childRows == null ? 0 : base.childRows.size();
        if (moves.isEmpty()) {
            this.childStart = base.childStart;
            this.children = base.children;
            this.childRows = base.childRows;
        } else if (moves.size() <= 64 && replaced + 2 * moves.size() <= MAX_REPLACED_ROWS) {
            this.childStart = base.childStart;
            this.children = base.children;
            Map<Integer, int[]> rows = base.childRows == null ? new HashMap<>() : new HashMap<>(base.childRows);
            for (int[] mv : moves) {
                int p = mv[0], from = mv[1], to = mv[2];
                if (from >= 0) {
                    int[] row = row(rows, from);
                    int[] less = new int[row.length - 1];
                    int k = 0;
                    for (int c : row) if (c != p) less[k++] = c;
                    rows.put(from, less);
                }
                if (to >= 0) {
                    int[] row = row(rows, to);
                    int[] more = Arrays.copyOf(row, row.length + 1);
                    more[row.length] = p;
                    rows.put(to, more);
                }
            }
            this.childRows = rows;
        } else {
            this.childStart = childStarts(parent);
            this.children = children(parent, childStart);
            this.childRows = null;
        }
        // walks up: unchanged but below the people moved, unless a move touches a cycle
        boolean cycleNow = false;
        for (int[] mv : moves) {
            if (base.cycleOf[mv[0]] >= 0) cycleNow = true;
            for (int v = mv[2], steps = 0; v >= 0 && !cycleNow; v = parent[v]) {
                if (v == mv[0] || ++steps > n) cycleNow = true;
            }
        }
        if (moves.isEmpty()) {
            this.reach = base.reach;
            this.cycleOf = base.cycleOf;
            this.cyclic = base.cyclic;
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
                    int[] row = childRows == null ? null : childRows.get(v);
                    int len = row != null ? row.length : childStart[v + 1] - childStart[v];
                    for (int k = 0; k < len; k++) {
                        if (sp == stack.length) stack = Arrays.copyOf(stack, sp * 2);
                        stack[sp++] = row != null ? row[k] : children[childStart[v] + k];
                    }
                }
            }
            this.reach = r;
            this.cycleOf = base.cycleOf;
            this.cyclic = base.cyclic && (r == base.reach || anyCycle(r));
        } else {
            this.reach = walkMarks(parent);
            this.cycleOf = cyclesOf(parent, reach);
            this.cyclic = anyCycle(reach);
        }
        // derived facts
        List<Violation> sorted = patch(base.violations, gone, added, Violation.class);
        org.orgrules.engine.Derivation.sortViolations(sorted);
        this.violations = List.copyOf(sorted);
        List<org.orgrules.model.Head> heads = patch(base.derived.heads(), gone, added, org.orgrules.model.Head.class);
        Map<Class<?>, List<Object>> others = new HashMap<>(base.derived.others());
        for (Object o : added) {
            if (!org.orgrules.engine.Derivation.engineFact(o) && !(o instanceof ReportingLine) && !(o instanceof Violation)
                    && !(o instanceof org.orgrules.model.Head) && !(o instanceof org.orgrules.model.PositionRank)
                    && !(o instanceof org.orgrules.model.PositionFunction)) {
                others.computeIfAbsent(o.getClass(), k -> new ArrayList<>());
            }
        }
        for (Map.Entry<Class<?>, List<Object>> e : others.entrySet()) {
            List<Object> list = new ArrayList<>(e.getValue().size() + 4);
            for (Object o : e.getValue()) if (!gone.contains(o)) list.add(o);
            for (Object o : added) if (o.getClass() == e.getKey()) list.add(o);
            e.setValue(list);
        }
        this.derived = new Derived(Arrays.asList(people), positions, List.of(), heads, sorted, base.derived.cycles(),
                others, base.derived.fired());
        // the other lines: rebuilt when they were needed before or the changed lines need them
        this.command = needsGraph(base.command, touched, Use.COMMAND) ? graph(Use.COMMAND) : null;
        this.reportsGraph = needsGraph(base.reportsGraph, touched, Use.REPORTS_TO) ? graph(Use.REPORTS_TO) : null;
        if (base.names != null && before.getName().equals(changed.getName())) this.names = base.names;
    }


    /**
     * The lines that count for {@code use} by {@code line-types.drl}: each person's primary line when
     * its kind counts, and every further line the facts name (not the other heads K2.3 could infer)
     * whose kind counts. Null when that is exactly the primary lines: the fast walk up {@code parent} answers.
     */
    private Graph graph(Use use) {
        int n = people.length;
        boolean chainIncluded = true, extra = false;
        int edges = 0;
        for (int i = 0; i < n; i++) {
            if (primary[i] != null) {
                if (uses.counts(primary[i].type(), use)) edges++;
                else chainIncluded = false;
            }
            for (ReportingLine l : moreLines.getOrDefault(i, List.of())) {
                if (!l.inferred() && uses.counts(l.type(), use)) { edges++; extra = true; }
            }
        }
        if (chainIncluded && !extra) return null;
        int[] start = new int[n + 1];
        int[] up = new int[edges];
        ReportingLine[] via = new ReportingLine[edges];
        int e = 0;
        for (int i = 0; i < n; i++) {
            start[i] = e;
            if (primary[i] != null && uses.counts(primary[i].type(), use)) { up[e] = parent[i]; via[e++] = primary[i]; }
            for (ReportingLine l : moreLines.getOrDefault(i, List.of())) {
                if (!l.inferred() && uses.counts(l.type(), use)) { up[e] = index.get(l.managerId()); via[e++] = l; }
            }
        }
        start[n] = e;
        // a line that counts for this use but carries no command (a dotted line, for reports-to) is
        // the person's own: it is the first step of a way up, never a later one
        boolean[] onward = new boolean[e];
        for (int k = 0; k < e; k++) onward[k] = use == Use.COMMAND || uses.counts(via[k].type(), Use.COMMAND);
        return new Graph(start, up, via, onward, chainIncluded);
    }

    /**
     * Lines upwards as compressed rows: person {@code i}'s managers are {@code up[start[i] .. start[i+1])};
     * a line not {@code onward} may only be the first step of a way up.
     */
    private record Graph(int[] start, int[] up, ReportingLine[] via, boolean[] onward, boolean chainIncluded) {
        /** The lines of a shortest way up from {@code lower} to {@code upper}, nearest first; null when there is none. */
        List<ReportingLine> path(int lower, int upper) {
            if (lower == upper) return null;
            Map<Integer, Integer> cameBy = new HashMap<>();      // person -> edge that reached them
            java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>();
            queue.add(lower);
            cameBy.put(lower, -1);
            while (!queue.isEmpty()) {
                int v = queue.poll();
                for (int k = start[v]; k < start[v + 1]; k++) {
                    if (v != lower && !onward[k]) continue;
                    int w = up[k];
                    if (cameBy.containsKey(w)) continue;
                    cameBy.put(w, k);
                    if (w == upper) {
                        List<ReportingLine> out = new ArrayList<>();
                        for (int x = w; cameBy.get(x) >= 0; ) {
                            int edge = cameBy.get(x);
                            out.add(via[edge]);
                            x = owner(edge);
                        }
                        Collections.reverse(out);
                        return out;
                    }
                    queue.add(w);
                }
            }
            return null;
        }

        /** The people {@code v} has a line of this graph to. */
        int[] ups(int v) { return Arrays.copyOfRange(up, start[v], start[v + 1]); }

        /** True when {@code upper} is reached going up from {@code lower}. */
        boolean reaches(int lower, int upper) {
            if (lower == upper) return false;
            Set<Integer> seen = new HashSet<>();
            int[] stack = new int[16];
            int sp = 0;
            stack[sp++] = lower;
            while (sp > 0) {
                int v = stack[--sp];
                for (int k = start[v]; k < start[v + 1]; k++) {
                    if (v != lower && !onward[k]) continue;
                    int w = up[k];
                    if (w == upper) return true;
                    if (!seen.add(w)) continue;
                    if (sp == stack.length) stack = Arrays.copyOf(stack, sp * 2);
                    stack[sp++] = w;
                }
            }
            return false;
        }

        /** The person an edge leaves from. */
        private int owner(int edge) {
            int lo = 0, hi = start.length - 2;
            while (lo < hi) {                                  // the last i with start[i] <= edge
                int mid = (lo + hi + 1) >>> 1;
                if (start[mid] <= edge) lo = mid; else hi = mid - 1;
            }
            while (lo + 1 < start.length - 1 && start[lo + 1] <= edge) lo++;
            return lo;
        }
    }

    /** True when {@code upper} is above {@code lower} through lines that carry command (seniority). */
    private boolean commandAbove(int upper, int lower) {
        return command == null ? above(upper, lower) : command.reaches(lower, upper);
    }

    /** For each person, whether walking up their primary lines ends at a top (1) or meets a cycle (2). */
    private static byte[] walkMarks(int[] parent) {
        int n = parent.length;
        byte[] reach = new byte[n];
        int[] stamp = new int[n];
        int[] path = new int[Math.min(n, 1 << 16)];
        for (int s = 0; s < n; s++) {
            if (reach[s] != 0) continue;
            int len = 0;
            int v = s;
            byte result;
            while (true) {
                if (v < 0) { result = 1; break; }
                if (reach[v] != 0) { result = reach[v]; break; }
                if (stamp[v] == s + 1) { result = 2; break; }
                stamp[v] = s + 1;
                if (len == path.length) path = Arrays.copyOf(path, Math.min(n, path.length * 2));
                path[len++] = v;
                v = parent[v];
            }
            for (int k = 0; k < len; k++) reach[path[k]] = result;
        }
        return reach;
    }

    /**
     * Numbers the cycles of primary lines and marks who is on one (-1: nobody's walk comes back to
     * them). Each person is walked once, so this is linear however long the cycles are.
     */
    private static int[] cyclesOf(int[] parent, byte[] reach) {
        int n = parent.length;
        int[] cycleOf = new int[n];
        Arrays.fill(cycleOf, -1);
        int[] stamp = new int[n];
        int cycles = 0;
        for (int s = 0; s < n; s++) {
            if (reach[s] != 2 || stamp[s] != 0) continue;
            int v = s;
            while (v >= 0 && stamp[v] == 0) {
                stamp[v] = s + 1;
                v = parent[v];
            }
            if (v >= 0 && stamp[v] == s + 1) {           // this walk came back to itself: a new cycle
                int u = v;
                do {
                    cycleOf[u] = cycles;
                    u = parent[u];
                } while (u != v);
                cycles++;
            }
        }
        return cycleOf;
    }

    // ---------------------------------------------------------------- facts

    /** Everyone loaded, in load order. */
    public List<Person> people() { return Collections.unmodifiableList(Arrays.asList(people)); }

    /**
     * Every row as loaded: the same as {@link #people()} but for dated facts, where it holds every
     * version of each person (also those not in effect on the day the org was taken as of).
     */
    public List<Person> rows() { return rows == null ? people() : rows; }

    public Optional<Person> person(String id) {
        Integer i = index.get(id);
        return i == null ? Optional.empty() : Optional.of(people[i]);
    }

    public int size() { return people.length; }

    /** Problems met while loading the facts (bad rows, duplicate ids …); the good rows are all here. */
    public List<LoadProblem> loadProblems() { return problems; }

    /**
     * Derived facts of a given type, as the rules inserted them: how rules beyond the core ones
     * (functional direction, approvals, advice …) hand their conclusions to the answers.
     */
    public <T> List<T> derived(Class<T> type) {
        if (type == Violation.class) return castAll(violations, type);
        return derived.of(type);
    }

    private static <T> List<T> castAll(List<?> list, Class<T> type) {
        List<T> out = new ArrayList<>(list.size());
        for (Object o : list) out.add(type.cast(o));
        return out;
    }

    /** The heads (directors) of each function in each company, as the rules found them (K5.1). */
    public List<org.orgrules.model.Head> heads() { return derived.heads(); }

    /** The rule base that derived this org. */
    public RuleBase rules() { return rules; }

    /** The rank and function the ladder gives to a person's title. */
    public Classification classification(String id) { return cls[require(id)]; }

    // ---------------------------------------------------------------- seniority

    /**
     * Who is senior, {@code a} or {@code b}? Each is a person id, else a person's exact name, else a
     * bare title ("产品经理", "Technical Director") compared as a role. The decision procedure is the
     * one in {@code rules/seniority.drl}: different companies, then chain of command, then rank.
     */
    public Seniority whoIsSenior(String a, String b) {
        int ia = resolve(a), ib = resolve(b);
        Classification ca = ia >= 0 ? cls[ia] : rules.classify(a, "");
        Classification cb = ib >= 0 ? cls[ib] : rules.classify(b, "");
        Case c = caseOf(ia, ib, ca, cb);
        SeniorityTable.Decision d = decide(c);

        String first = ia >= 0 ? shortName(ia) : a, second = ib >= 0 ? shortName(ib) : b;
        String unknown = !ca.hasRank() && !cb.hasRank() ? a + " and " + b : !ca.hasRank() ? a : b;
        String firstRank = rankText(ca, c.a), secondRank = rankText(cb, c.b);
        List<Reason> reasons = new ArrayList<>();
        for (Reason r : d.reasons()) {
            reasons.add(new Reason(r.rule(), r.source(), r.text().replace("{first}", first)
                    .replace("{second}", second).replace("{unknown}", "'" + unknown + "'")
                    .replace("{firstRank}", firstRank).replace("{secondRank}", secondRank), subjectFacts(ia, ib)));
        }
        SeniorityCase.Chain chain = c.chain;
        if (chain == SeniorityCase.Chain.FIRST_ABOVE) reasons.addAll(commandPathReasons(ib, ia));
        if (chain == SeniorityCase.Chain.SECOND_ABOVE) reasons.addAll(commandPathReasons(ia, ib));
        if (c.inverted) reasons.addAll(inversionsBetween(chain == SeniorityCase.Chain.FIRST_ABOVE ? ib : ia,
                chain == SeniorityCase.Chain.FIRST_ABOVE ? ia : ib));
        reasons.addAll(rankReasons(ca, ia >= 0 ? shortName(ia) : a));
        reasons.addAll(rankReasons(cb, ib >= 0 ? shortName(ib) : b));
        if (ia < 0 && !ca.hasRank() && !a.isBlank()) reasons.add(noSuchPerson(a));
        if (ib < 0 && !cb.hasRank() && !b.isBlank()) reasons.add(noSuchPerson(b));
        return new Seniority(ia >= 0 ? people[ia].getId() : a, ib >= 0 ? people[ib].getId() : b, d.answer(), reasons);
    }

    /** What is known of one side's rank: a span of levels and who bounds it (see {@link RankSpans}). */
    private record Span(int lo, int hi, int loBy, int hiBy, boolean exact) {
        static final Span UNBOUNDED = new Span(Integer.MIN_VALUE, Integer.MAX_VALUE, RankSpans.NONE, RankSpans.NONE, false);
        static Span of(Classification c, int who) {
            return c.hasRank() ? new Span(c.level(), c.level(), who, who, true) : UNBOUNDED;
        }
    }

    /** One seniority case as the rules are asked it, with what is known of both ranks. */
    private record Case(boolean same, SeniorityCase.Chain chain, SeniorityCase.Ranks ranks, boolean inverted,
                        boolean article, Span a, Span b) {}

    private SeniorityTable.Decision decide(Case c) {
        return rules.seniority().decide(c.same, c.chain, c.ranks, c.inverted, c.article);
    }

    /**
     * The case of {@code ia} and {@code ib} (person indexes, or -1 for a bare title classified as
     * {@code ca} / {@code cb}). With the rules of {@code seniority.drl} the answers are a strict
     * partial order on the people of every org: "a is senior to b" holds exactly when lo(a) &gt; hi(b),
     * or a is above b in the chain of command (and b not above a) with lo(a) ≥ lo(b) and hi(a) ≥ hi(b),
     * for the spans of {@link RankSpans}. Both parts chain into each other (lo ≤ hi for everyone), so
     * the order is transitive, and neither part can hold both ways, so it is antisymmetric.
     */
    private Case caseOf(int ia, int ib, Classification ca, Classification cb) {
        boolean people2 = ia >= 0 && ib >= 0;
        boolean same = !people2 || company[ia] == company[ib];
        SeniorityCase.Chain chain = SeniorityCase.Chain.NONE;
        if (people2 && ia != ib) {
            boolean aAbove = commandAbove(ia, ib), bAbove = commandAbove(ib, ia);
            chain = aAbove && bAbove ? SeniorityCase.Chain.CYCLE
                    : aAbove ? SeniorityCase.Chain.FIRST_ABOVE
                    : bAbove ? SeniorityCase.Chain.SECOND_ABOVE : SeniorityCase.Chain.NONE;
        }
        Span sa = span(ia, ca), sb = span(ib, cb);
        SeniorityCase.Ranks ranks;
        if (sa.exact && sb.exact) {
            ranks = sa.lo > sb.lo ? SeniorityCase.Ranks.HIGHER : sa.lo < sb.lo ? SeniorityCase.Ranks.LOWER : SeniorityCase.Ranks.EQUAL;
        } else if (sa.lo > sb.hi) {
            ranks = SeniorityCase.Ranks.BOUNDED_HIGHER;
        } else if (sb.lo > sa.hi) {
            ranks = SeniorityCase.Ranks.BOUNDED_LOWER;
        } else {
            ranks = SeniorityCase.Ranks.UNKNOWN;
        }
        boolean inverted = chain == SeniorityCase.Chain.FIRST_ABOVE ? !(sa.lo >= sb.lo && sa.hi >= sb.hi)
                : chain == SeniorityCase.Chain.SECOND_ABOVE && !(sb.lo >= sa.lo && sb.hi >= sa.hi);
        boolean article = sa.exact && sb.exact && articleRung(ca) && articleRung(cb);
        return new Case(same, chain, ranks, inverted, article, sa, sb);
    }

    /** True when the title's rank is a rung the article names itself: a ladder word of a rule citing it, unmodified. */
    private static boolean articleRung(Classification c) {
        return c.hasRank() && c.rank().modifiers().isEmpty() && c.rank().word().origin().source().startsWith("K");
    }

    private volatile RankSpans spans;

    /** What is known of the rank of person {@code i} (or of a bare title, when {@code i} is -1). */
    private Span span(int i, Classification c) {
        if (i < 0) return Span.of(c, RankSpans.NONE);
        if (command == null && !cyclic && c.hasRank()) return Span.of(c, i);   // no cycle of command lines: exact
        RankSpans s = spans;
        if (s == null) {
            int[] level = new int[people.length];
            for (int k = 0; k < level.length; k++) level[k] = cls[k].level();
            int[] none = new int[0];
            Graph g = command;
            s = new RankSpans(level, g == null ? v -> parent[v] >= 0 ? new int[] {parent[v]} : none : g::ups);
            spans = s;
        }
        return new Span(s.lo[i], s.hi[i], s.loBy[i], s.hiBy[i], s.exact[i]);
    }

    /** A side's rank in words, for {firstRank} and {secondRank}. */
    private String rankText(Classification c, Span s) {
        String own = c.hasRank() ? c.rankName() + " " + c.level() : "no rank on the ladder";
        if (s.exact) return own;
        List<String> bounds = new ArrayList<>(2);
        if (s.lo != Integer.MIN_VALUE) bounds.add("at least level " + s.lo + (s.loBy >= 0 ? ", as " + shortName(s.loBy) : ""));
        if (s.hi != Integer.MAX_VALUE) bounds.add("at most level " + s.hi + (s.hiBy >= 0 ? ", as " + shortName(s.hiBy) : ""));
        String why = c.hasRank() ? ", but on a reporting cycle" : "";
        return own + why + (bounds.isEmpty() ? "" : "; by the chain of command " + String.join(" and ", bounds));
    }

    /** The K3.1 violations on the lines from {@code lower} up to {@code upper}: the inverted lines between them. */
    private List<Reason> inversionsBetween(int lower, int upper) {
        Set<String> way = new java.util.LinkedHashSet<>();
        way.add(people[lower].getId());
        List<ReportingLine> lines = command == null || command.chainIncluded() && above(upper, lower) ? null : command.path(lower, upper);
        if (lines == null) {
            for (int v = lower, steps = 0; parent[v] >= 0 && steps++ < people.length; v = parent[v]) {
                way.add(people[parent[v]].getId());
                if (parent[v] == upper) break;
            }
        } else {
            for (ReportingLine l : lines) way.add(l.managerId());
        }
        List<Reason> out = new ArrayList<>();
        for (String p : way) {
            for (Violation v : violationsOf(p)) {
                if (v.source().equals("K3.1") && way.containsAll(v.people()) && !out.contains(v.asReason())) out.add(v.asReason());
            }
        }
        return out;
    }

    /**
     * Fast form of {@link #whoIsSenior} for two people (ids or exact names): the rules' answer
     * without the reasons, for callers that ask thousands of times (access checks, routing).
     */
    public Answer seniority(String a, String b) {
        int ia = require(a), ib = require(b);
        return ia == ib ? whoIsSenior(a, b).answer() : whoIsSenior(ia, ib);
    }

    private static Reason noSuchPerson(String s) {
        return new Reason(NAMES, "", "no person has the id or name '" + s + "', so it was read as a title");
    }

    private List<String> subjectFacts(int ia, int ib) {
        List<String> f = new ArrayList<>(2);
        if (ia >= 0 && !people[ia].getOrigin().isEmpty()) f.add(people[ia].getOrigin());
        if (ib >= 0 && !people[ib].getOrigin().isEmpty()) f.add(people[ib].getOrigin());
        return f;
    }

    /** The reasons a title has its rank: the classification rule and the ladder entry. */
    public static List<Reason> rankReasons(Classification c, String who) {
        if (!c.hasRank()) return List.of();
        var r = c.rank();
        List<Reason> out = new ArrayList<>(5);
        String fn = c.function() == null ? "" : ", function " + c.function().functionKey();
        out.add(r.roleRule().because("'" + r.word().word() + "' is the role word of '" + c.title() + "'"
                + (r.fromAlias() ? " (in its bracketed or other-language form)" : "")));
        if (r.modifierRule() != null) {
            List<String> mods = new ArrayList<>();
            for (var m : r.modifiers()) mods.add("'" + m.word() + "' (" + m.kind() + (m.shift() >= 0 ? " +" : " ") + m.shift() + ")");
            out.add(r.modifierRule().because(String.join(", ", mods) + " before it change" + (mods.size() == 1 ? "s" : "") + " the role"));
        }
        out.add(r.rule().because(who + " has rank " + r.rank() + " (level " + r.level() + fn
                + ") by the ladder word '" + r.word().word() + "' in '" + c.title() + "'"
                + (r.rank().equals(r.word().rank()) ? "" : ", the rung of a deputy to a " + r.word().rank())
                + (r.certain() ? "" : "; uncertain: " + String.join("; ", r.doubts()))));
        out.add(r.word().origin().because("'" + r.word().word() + "' is on the ladder as " + r.word().rank()
                + " at level " + r.word().level()));
        for (var m : r.modifiers()) {
            out.add(m.origin().because("'" + m.word() + "' is on the ladder as a " + m.kind() + " modifier"
                    + (m.shift() == 0 ? "" : " (" + (m.shift() > 0 ? "+" : "") + m.shift() + ")")));
        }
        return out;
    }

    // ---------------------------------------------------------------- reporting

    /**
     * Direct managers of {@code id}: the primary line first (the chain of command: explicit before
     * inferred), then any others (further solid, acting and dotted lines, each with its type and dates).
     */
    public List<ManagerLine> managersOf(String id) {
        int i = require(id);
        List<ManagerLine> out = new ArrayList<>();
        Map<ReportingLine, Reason> why = primaryReasons(i);
        if (primary[i] != null) out.add(managerLine(primary[i], List.copyOf(why.values())));
        for (ReportingLine l : moreLines.getOrDefault(i, List.of())) {
            Reason r = why.get(l);
            out.add(managerLine(l, r == null ? List.of()
                    : List.of(new Reason(r.rule(), r.source(), "not " + people[i].getId() + "'s primary line: " + r.text(), r.facts()))));
        }
        return out;
    }

    /**
     * The people with a line of the chain of command to {@code id} that is not their primary line
     * ({@code primary-line.drl} chose another): {@code team} does not list them, {@code reports-to} does.
     */
    public List<String> otherLineReports(String id) {
        int i = require(id);
        List<String> out = new ArrayList<>();
        for (Map.Entry<Integer, List<ReportingLine>> e : moreLines.entrySet()) {
            for (ReportingLine l : e.getValue()) {
                if (uses.counts(l.type(), Use.CHAIN) && l.managerId().equals(people[i].getId())) {
                    out.add(people[e.getKey()].getId());
                    break;
                }
            }
        }
        Collections.sort(out);
        return out;
    }

    /**
     * Why {@code id}'s primary line is the one {@code chain} follows, when they have other lines of the
     * chain of command: one reason per other line, citing the rule of {@code primary-line.drl} that decided.
     */
    public List<Reason> primaryLineReasons(String id) {
        return List.copyOf(primaryReasons(require(id)).values());
    }

    /**
     * Why person {@code p}'s primary line is the one it is, when they have other lines of the chain of
     * command: for each other line, the rule of {@code primary-line.drl} that put the primary one first.
     */
    private Map<ReportingLine, Reason> primaryReasons(int p) {
        List<ReportingLine> more = moreLines.get(p);
        if (more == null || primary[p] == null) return Map.of();
        Map<ReportingLine, Reason> out = new java.util.LinkedHashMap<>();
        ReportingLine first = primary[p];
        for (ReportingLine l : more) {
            if (!uses.counts(l.type(), Use.CHAIN)) continue;
            org.orgrules.model.LinePreference test = uses.decidingTest(first, l);
            String head = people[p].getId() + "'s primary line goes to " + shortName(index.get(first.managerId())) + ", not to "
                    + shortName(index.get(l.managerId())) + ": ";
            String tail = "; chain, team, approvals and seniority follow the primary line";
            if (test == null) {
                out.put(l, new Reason(WALK, "", head + "no rule of primary-line.drl tells the two lines apart, so the smaller manager id" + tail));
                continue;
            }
            String why = switch (test.test()) {
                case NAMED_BEFORE_INFERRED -> "the facts name the line to " + first.managerId() + ", the line to "
                        + l.managerId() + " is inferred";
                case STRONGER_KIND -> "the line to " + first.managerId() + " is " + first.type() + ", the line to "
                        + l.managerId() + " " + l.type();
                case SAME_DEPARTMENT -> first.managerId() + " heads " + people[p].getId() + "'s own department ("
                        + people[p].getDepartment() + "), " + l.managerId() + " is in "
                        + (l.manager().getDepartment().isEmpty() ? "no department" : l.manager().getDepartment());
                case SMALLER_ID -> "nothing else tells them apart, and " + first.managerId() + " is the smaller id";
            };
            out.put(l, test.rule().because(head + why + tail));
        }
        return out;
    }

    private ManagerLine managerLine(ReportingLine l, List<Reason> more) {
        Person p = l.person();
        java.time.LocalDate from = p.getFrom(), to = p.getTo();
        if (l.type() != LineType.SOLID || !l.managerId().equals(p.getManagerId())) {
            from = null;
            to = null;
            for (Line x : p.getLines()) {
                if (x.managerId().equals(l.managerId()) && x.type() == l.type()) { from = x.from(); to = x.to(); break; }
            }
        }
        List<Reason> reasons = new ArrayList<>(1 + more.size());
        reasons.add(lineReason(l));
        reasons.addAll(more);
        return new ManagerLine(l.managerId(), l.inferred(), reasons, l.type(), from, to);
    }

    /** The reason for one direct line, naming both people and where they were read. */
    Reason lineReason(ReportingLine l) {
        int p = index.get(l.personId()), m = index.get(l.managerId());
        String text;
        if (l.inferred()) {
            Classification c = cls[p];
            String fn = c.function() == null ? "" : c.function().word().chinese() + "/" + c.function().word().english() + " ";
            text = shortName(p) + " has no named manager; as a " + fn + "manager they report to "
                    + shortName(m) + ", the " + fn + "director of " + companyName(p);
        } else if (l.type() != LineType.SOLID || !l.managerId().equals(people[p].getManagerId())) {
            text = shortName(p) + " has " + (l.type() == LineType.ACTING ? "an " : "a ") + l.type() + " line ("
                    + l.type().chinese() + ") to " + shortName(m) + " as the facts name";
        } else {
            text = shortName(p) + " reports to " + shortName(m) + " as the facts name";
        }
        List<String> facts = new ArrayList<>(2);
        if (!people[p].getOrigin().isEmpty()) facts.add(people[p].getOrigin());
        if (!people[m].getOrigin().isEmpty()) facts.add(people[m].getOrigin());
        return new Reason(l.rule().rule(), l.rule().source(), text, facts);
    }

    /** The chain of command of {@code id}: nearest manager first, the top last; never repeats anyone. */
    public Chain chainOfCommand(String id) {
        int i = require(id);
        List<String> chain = new ArrayList<>();
        List<Reason> reasons = new ArrayList<>();
        boolean cycle = false;
        Set<Integer> seen = reach[i] == 2 ? new HashSet<>() : null;
        if (seen != null) seen.add(i);
        for (int v = i; parent[v] >= 0; v = parent[v]) {
            int m = parent[v];
            if (seen != null && !seen.add(m)) { cycle = true; break; }
            chain.add(people[m].getId());
            reasons.add(lineReason(primary[v]));
            if (moreLines.containsKey(v)) reasons.addAll(primaryReasons(v).values());
        }
        if (cycle) {
            reasons.add(new Reason(WALK, "", "the chain of " + shortName(i)
                    + " leads back to someone already on it; the walk stops there"));
            for (Violation v : violationsOf(people[i].getId())) reasons.add(v.asReason());
            if (!chain.isEmpty()) for (Violation v : violationsOf(chain.get(chain.size() - 1))) {
                if (!reasons.contains(v.asReason())) reasons.add(v.asReason());
            }
        }
        return new org.orgrules.model.Chain(people[i].getId(), chain, cycle, reasons);
    }

    /**
     * Does {@code person} report to {@code manager}, directly or through the chain of command — or,
     * as {@code line-types.drl} allows, through an acting or dotted line? The chain of command is
     * tried first; the answer's {@link ReportsTo#line()} says which kind of line the way went through.
     */
    public ReportsTo reportsTo(String person, String manager) {
        int p = require(person), m = require(manager);
        List<ReportingLine> way = p == m ? null : reportsWay(p, m);
        if (way == null) {
            Chain walked = chainOfCommand(person);
            List<Reason> reasons = new ArrayList<>();
            reasons.add(new Reason(WALK, "", shortName(m) + " is not in the chain of command of " + shortName(p)
                    + (walked.chain().isEmpty() ? ", who has no manager" : ": " + String.join(" → ", walked.chain()))
                    + (reportsGraph != null && hasFurtherLines(p) ? ", nor above them through their other lines" : "")));
            reasons.addAll(walked.reasons().subList(0, Math.min(20, walked.reasons().size())));
            return new ReportsTo(people[p].getId(), people[m].getId(), false, List.of(), reasons, null);
        }
        if (way.isEmpty()) {                                   // the chain of command
            List<String> path = new ArrayList<>();
            List<Reason> reasons = pathReasons(p, m);
            for (int v = parent[p]; ; v = parent[v]) {
                path.add(people[v].getId());
                if (v == m) break;
            }
            return new ReportsTo(people[p].getId(), people[m].getId(), true, path, reasons, LineType.SOLID);
        }
        List<String> path = new ArrayList<>();
        List<Reason> reasons = new ArrayList<>();
        LineType weakest = LineType.SOLID;
        java.util.EnumSet<LineType> kinds = java.util.EnumSet.noneOf(LineType.class);
        for (ReportingLine l : way) {
            path.add(l.managerId());
            reasons.add(lineReason(l));
            kinds.add(l.type());
            if (uses.strength(l.type()) > uses.strength(weakest)) weakest = l.type();
        }
        for (LineType t : kinds) {
            if (t == LineType.SOLID) continue;
            Reason r = uses.reason(t, Use.REPORTS_TO, "a " + t + " line counts for reports-to");
            if (r != null) reasons.add(r);
        }
        return new ReportsTo(people[p].getId(), people[m].getId(), true, path, reasons, weakest);
    }

    private boolean hasFurtherLines(int p) {
        return moreLines.containsKey(p);
    }

    /**
     * How {@code p} reports to {@code m}: an empty list for the chain of command (primary lines),
     * the lines of another way up, or null when there is none.
     */
    private List<ReportingLine> reportsWay(int p, int m) {
        if (reportsGraph == null) return above(m, p) ? List.of() : null;
        if (reportsGraph.chainIncluded() && above(m, p)) return List.of();
        return reportsGraph.path(p, m);
    }

    /** Fast form of {@link #reportsTo(String, String)}: no reasons, no path. */
    public boolean isInChainOf(String person, String manager) {
        int p = require(person), m = require(manager);
        if (p == m) return false;
        if (reportsGraph == null) return above(m, p);
        return reportsGraph.chainIncluded() && above(m, p) || reportsGraph.reaches(p, m);
    }

    /** The lines from {@code lower} up to {@code upper} through lines that carry command, as reasons. */
    private List<Reason> commandPathReasons(int lower, int upper) {
        if (command == null || command.chainIncluded() && above(upper, lower)) return pathReasons(lower, upper);
        List<ReportingLine> way = command.path(lower, upper);
        List<Reason> out = new ArrayList<>();
        if (way == null) return out;
        java.util.EnumSet<LineType> kinds = java.util.EnumSet.noneOf(LineType.class);
        for (ReportingLine l : way) {
            out.add(lineReason(l));
            kinds.add(l.type());
        }
        for (LineType t : kinds) {
            if (t == LineType.SOLID) continue;
            Reason r = uses.reason(t, Use.COMMAND, "a " + t + " line carries command: seniority counts it");
            if (r != null) out.add(r);
        }
        return out;
    }

    /** True when {@code upper} is in the chain of command of {@code lower}. */
    private boolean above(int upper, int lower) {
        if (reach[lower] == 1) {
            for (int v = parent[lower]; v >= 0; v = parent[v]) if (v == upper) return true;
            return false;
        }
        // the walk up leads into a cycle: follow it to the cycle, whose members are all above
        if (upper == lower) return false;
        int v = parent[lower];
        while (cycleOf[v] < 0) {
            if (v == upper) return true;
            v = parent[v];
        }
        return cycleOf[upper] == cycleOf[v];
    }

    /** The lines from {@code lower} up to {@code upper} (who is in its chain), as reasons. */
    private List<Reason> pathReasons(int lower, int upper) {
        List<Reason> out = new ArrayList<>();
        for (int v = lower; parent[v] >= 0; v = parent[v]) {
            out.add(lineReason(primary[v]));
            if (parent[v] == upper || out.size() > people.length) break;
        }
        return out;
    }

    /** The people whose primary line leads directly to {@code id}, by id. */
    public List<String> directReports(String id) {
        int i = require(id);
        int[] row = childRows == null ? null : childRows.get(i);
        int len = row != null ? row.length : childStart[i + 1] - childStart[i];
        List<String> out = new ArrayList<>(len);
        for (int k = 0; k < len; k++) out.add(people[row != null ? row[k] : children[childStart[i] + k]].getId());
        Collections.sort(out);
        return out;
    }

    /** Everyone whose chain of command contains {@code id}, by id. */
    public List<String> allReports(String id) {
        int i = require(id);
        List<String> out = new ArrayList<>();
        int[] stack = new int[16];
        int sp = 0;
        stack[sp++] = i;
        // Below someone outside any cycle the tree is acyclic; on a cycle, remember who was seen.
        Set<Integer> seen = reach[i] == 2 ? new HashSet<>(Set.of(i)) : null;
        while (sp > 0) {
            int v = stack[--sp];
            int[] row = childRows == null ? null : childRows.get(v);
            int len = row != null ? row.length : childStart[v + 1] - childStart[v];
            for (int k = 0; k < len; k++) {
                int c = row != null ? row[k] : children[childStart[v] + k];
                if (seen != null && !seen.add(c)) continue;
                out.add(people[c].getId());
                if (sp == stack.length) stack = Arrays.copyOf(stack, sp * 2);
                stack[sp++] = c;
            }
        }
        Collections.sort(out);
        return out;
    }

    /**
     * The peers (平级) of {@code id}: everyone {@link #whoIsSenior} would call PEERS with them — by the
     * shipped rules, the same company and rank, neither in the other's chain of command.
     */
    public List<String> peers(String id) {
        int i = require(id);
        List<String> out = new ArrayList<>();
        if (peersOnlyAtEqualRank()) {
            if (!cls[i].hasRank()) return out;
            for (int j : peerGroups().getOrDefault(groupKey(i), new int[0])) {
                if (j != i && whoIsSenior(i, j) == Answer.PEERS) out.add(people[j].getId());
            }
        } else {
            for (int j = 0; j < people.length; j++) {
                if (j != i && whoIsSenior(i, j) == Answer.PEERS) out.add(people[j].getId());
            }
        }
        Collections.sort(out);
        return out;
    }

    private Answer whoIsSenior(int ia, int ib) {
        return decide(caseOf(ia, ib, cls[ia], cls[ib])).answer();
    }

    /** True when the rules answer PEERS only for two people of one company and equal rank. */
    private boolean peersOnlyAtEqualRank() {
        SeniorityTable t = rules.seniority();
        for (SeniorityCase.Chain c : SeniorityCase.Chain.values()) {
            for (SeniorityCase.Ranks r : SeniorityCase.Ranks.values()) {
                for (boolean inverted : new boolean[] {false, true}) {
                    if (inverted && c != SeniorityCase.Chain.FIRST_ABOVE && c != SeniorityCase.Chain.SECOND_ABOVE) continue;
                    for (boolean article : new boolean[] {false, true}) {
                        if (t.decide(false, c, r, inverted, article).answer() == Answer.PEERS) return false;
                        if (r != SeniorityCase.Ranks.EQUAL && t.decide(true, c, r, inverted, article).answer() == Answer.PEERS) return false;
                    }
                }
            }
        }
        return true;
    }

    private long groupKey(int i) { return ((long) company[i] << 32) | (cls[i].level() & 0xffffffffL); }

    private Map<Long, int[]> peerGroups() {
        Map<Long, int[]> g = peerGroups;
        if (g != null) return g;
        Map<Long, List<Integer>> lists = new HashMap<>();
        for (int i = 0; i < people.length; i++) {
            if (cls[i].hasRank()) lists.computeIfAbsent(groupKey(i), k -> new ArrayList<>()).add(i);
        }
        g = new HashMap<>();
        for (var e : lists.entrySet()) g.put(e.getKey(), e.getValue().stream().mapToInt(Integer::intValue).toArray());
        peerGroups = g;
        return g;
    }

    // ---------------------------------------------------------------- violations

    /** Every violation the rules found, errors first. */
    public List<Violation> violations() { return violations; }

    /** The violations that involve {@code id}. */
    public List<Violation> violationsOf(String id) {
        require(id);
        Map<String, List<Violation>> m = violationsByPerson;
        if (m == null) {
            m = new HashMap<>();
            for (Violation v : violations) for (String p : v.people()) m.computeIfAbsent(p, k -> new ArrayList<>()).add(v);
            violationsByPerson = m;
        }
        return m.getOrDefault(id, List.of());
    }

    // ---------------------------------------------------------------- helpers

    /** A person's index by id, else by exact name when it is unique; -1 when neither. */
    int resolve(String s) {
        if (s == null) return -1;
        Integer i = index.get(s);
        if (i != null) return i;
        Integer byName = names().get(s.strip());
        return byName == null ? -1 : byName;
    }

    private volatile Map<String, Integer> names;

    private Map<String, Integer> names() {
        Map<String, Integer> m = names;
        if (m != null) return m;
        m = new HashMap<>();
        Set<String> twice = new HashSet<>();
        for (int i = 0; i < people.length; i++) {
            if (m.putIfAbsent(people[i].getName(), i) != null) twice.add(people[i].getName());
        }
        twice.forEach(m::remove);
        names = m;
        return m;
    }

    private int require(String id) {
        Integer i = index.get(id);
        if (i == null) {
            int byName = resolve(id);
            if (byName >= 0) return byName;
            throw new UnknownPersonException(id);
        }
        return i;
    }

    private String shortName(int i) {
        Person p = people[i];
        StringBuilder b = new StringBuilder(p.getId()).append(" (");
        if (!p.getName().equals(p.getId())) b.append(p.getName()).append(", ");
        return b.append(p.getTitle().isEmpty() ? "no title" : p.getTitle()).append(')').toString();
    }

    private String companyName(int i) {
        String c = people[i].getCompany();
        return c.isEmpty() ? "the company" : c;
    }

}
