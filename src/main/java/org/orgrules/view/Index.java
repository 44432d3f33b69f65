package org.orgrules.view;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.orgrules.engine.Classification;
import org.orgrules.engine.Derivation.Derived;
import org.orgrules.engine.LineUses;
import org.orgrules.engine.RuleBase;
import org.orgrules.facts.LoadProblem;
import org.orgrules.model.LineUse.Use;
import org.orgrules.engine.Derivation;
import org.orgrules.model.LineType;
import org.orgrules.model.Person;
import org.orgrules.model.PositionLine;
import org.orgrules.model.ReportingLine;
import org.orgrules.model.Violation;

/**
 * The arrays an {@link Org} answers from: people by index, their classification and company, each
 * person's primary line and other lines, the rows of children, and the marks of the walks up.
 *
 * <p>Filled once, by {@link #build} or by {@link Patch#apply}, and never changed afterwards; it is
 * reached only through the final fields of the {@link Org} and its helpers, built in the org's
 * constructor, which publishes it safely to every thread.
 */
final class Index {
    RuleBase rules;
    Person[] people;
    Map<String, Integer> index;
    Classification[] cls;
    int[] company;
    Map<String, Integer> companies;
    int[] parent;                    // primary direct manager, -1 at the top
    ReportingLine[] primary;
    Map<Integer, List<ReportingLine>> moreLines; // people with more than one line: their other lines but those of their position
    /**
     * The lines K2.3 infers for everyone who holds a position and names no manager ({@link PositionLine}):
     * for each such person, the list of their company and position, by manager id, shared by all its
     * holders (null for everyone else). Two directors of one function give every manager two lines:
     * the list holds two facts, not two lines per manager. See {@link #others}.
     */
    List<PositionLine>[] inferred;
    /**
     * Everyone who names no manager, by company and position ({@link Derivation#staffedKey}), in ascending
     * order, whether the position has lines of {@link #inferred} or not: the holders of each list, and
     * whom a live update gives the lines of a position when they change (without a walk over everyone).
     */
    Map<String, int[]> holders;
    LineUses uses;
    Graph command;                   // lines that carry command (seniority); null: the primary lines alone
    Graph reportsGraph;              // lines reports-to follows; null: the primary lines alone
    int[] childStart;
    /** Rows of children that differ from {@code childStart}/{@code children} after live updates; null when none. */
    Map<Integer, int[]> childRows;
    int[] children;
    byte[] reach;                    // 1: the walk up ends at a top; 2: it meets a cycle
    int[] cycleOf;                   // which cycle of primary lines a person is on, -1 when none
    boolean cyclic;                  // some primary walk meets a cycle
    List<Violation> violations;
    List<LoadProblem> problems;
    Derived derived;
    List<Person> rows;               // every row loaded, or null when they are the people

    /** The index of what the rules derived: {@code rows} every row loaded (all versions of dated people), or null. */
    static Index build(RuleBase rules, Derived derived, List<LoadProblem> problems, List<Person> rows) {
        Index x = new Index();
        x.rules = rules;
        x.rows = rows == null || rows == derived.people() ? null : List.copyOf(rows);
        List<Person> list = derived.people();
        int n = list.size();
        x.people = list.toArray(new Person[0]);
        x.index = derived.ids();                     // the derivation's, over the same people in the same order
        x.cls = new Classification[n];
        x.company = new int[n];
        Map<String, Integer> companies = x.companies = new HashMap<>();
        for (int i = 0; i < n; i++) {
            x.cls[i] = derived.positions().get(x.people[i].getPositionKey());
            Integer c = companies.get(x.people[i].getCompany());      // no capturing lambda for each of a million
            if (c == null) companies.put(x.people[i].getCompany(), c = companies.size());
            x.company[i] = c;
        }
        x.parent = new int[n];
        Arrays.fill(x.parent, -1);
        x.primary = new ReportingLine[n];
        x.moreLines = new HashMap<>();
        x.uses = rules.lineUses();
        for (ReportingLine l : derived.lines()) {
            Integer p = x.index.get(l.personId()), m = x.index.get(l.managerId());
            if (p == null || m == null) continue;
            if (!x.uses.counts(l.type(), Use.CHAIN)) {      // a dotted or acting line: not the chain of command
                x.moreLines.computeIfAbsent(p, k -> new ArrayList<>()).add(l);
                continue;
            }
            place(x.uses, l, p, x.primary, x.moreLines);
        }
        inferred(x, Derivation.byPosition(derived.of(PositionLine.class)));
        Map<List<PositionLine>, Map<String, PositionLine>> best = new java.util.IdentityHashMap<>();
        for (int i = 0; i < n; i++) placeInferred(x, i, best);
        for (int i = 0; i < n; i++) if (x.primary[i] != null) x.parent[i] = x.index.get(x.primary[i].managerId());
        for (List<ReportingLine> ls : x.moreLines.values()) ls.sort(LINE_ORDER);
        x.childStart = Children.starts(x.parent);
        x.children = Children.rows(x.parent, x.childStart);
        x.childRows = null;
        x.command = Graph.of(x, Use.COMMAND);
        x.reportsGraph = Graph.of(x, Use.REPORTS_TO);
        x.reach = walkMarks(x.parent);
        x.cycleOf = cyclesOf(x.parent, x.reach);
        x.cyclic = anyCycle(x.reach);
        x.violations = List.copyOf(derived.violations());
        x.problems = List.copyOf(problems);
        x.derived = derived;
        return x;
    }

    /** The order of a person's other lines: by kind, then manager. */
    static final Comparator<ReportingLine> LINE_ORDER = Comparator.comparing(ReportingLine::type).thenComparing(ReportingLine::managerId);

    /** Fills {@link #inferred} and {@link #holders} from the lines of each company and position. */
    @SuppressWarnings("unchecked")
    static void inferred(Index x, Map<String, List<PositionLine>> byPosition) {
        int n = x.people.length;
        x.inferred = new List[n];
        Map<String, List<Integer>> holders = new HashMap<>();
        for (List<PositionLine> gs : byPosition.values()) gs.sort(LINES_OF_A_POSITION);
        for (int i = 0; i < n; i++) {
            Person p = x.people[i];
            if (p.getManagerId() != null) continue;
            String key = Derivation.staffedKey(p);
            holders.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            x.inferred[i] = byPosition.get(key);
        }
        x.holders = new HashMap<>();
        for (Map.Entry<String, List<Integer>> e : holders.entrySet()) {
            x.holders.put(e.getKey(), e.getValue().stream().mapToInt(Integer::intValue).toArray());
        }
    }

    /** The order of the lines of one company and position: by manager id. */
    static final Comparator<PositionLine> LINES_OF_A_POSITION = Comparator.comparing(PositionLine::managerId);

    /**
     * Makes the best of person {@code p}'s lines of their position ({@link #inferred}) their primary line
     * when it is preferred to the one they have. The best line of a position is the same for all its
     * holders (the primary-line tests read the lines and the holder's department, which is the
     * position's): {@code best} keeps it per list and department.
     */
    static void placeInferred(Index x, int p, Map<List<PositionLine>, Map<String, PositionLine>> best) {
        List<PositionLine> gs = x.inferred[p];
        if (gs == null || !x.uses.counts(LineType.SOLID, Use.CHAIN)) return;
        Person holder = x.people[p];
        Map<String, PositionLine> byDepartment = best.computeIfAbsent(gs, k -> new HashMap<>());
        PositionLine b = byDepartment.get(holder.getDepartment());
        if (b == null || !b.holds(holder)) {
            b = null;
            for (PositionLine g : gs) if (g.holds(holder) && (b == null || x.uses.preferred(g.of(holder), b.of(holder)))) b = g;
            if (b == null) return;
            if (!b.managerId().equals(holder.getId())) byDepartment.put(holder.getDepartment(), b);
        }
        ReportingLine l = b.of(holder);
        place(x.uses, l, p, x.primary, x.moreLines);
        // the others of the position are listed from the shared list (others), not kept per person
        if (x.primary[p] != l) {
            List<ReportingLine> more = x.moreLines.get(p);
            more.remove(more.size() - 1);
            if (more.isEmpty()) x.moreLines.remove(p);
        }
    }

    /** True when {@code l} is one of the lines of person {@code p}'s position. */
    boolean ofPosition(int p, ReportingLine l) {
        List<PositionLine> gs = inferred[p];
        if (gs == null || l == null || !l.inferred()) return false;
        for (PositionLine g : gs) if (g.managerId().equals(l.managerId()) && g.rule().equals(l.rule()) && g.holds(people[p])) return true;
        return false;
    }

    /** Person {@code p}'s lines other than the primary one: the others they have, and those of their position, by kind and manager. */
    List<ReportingLine> others(int p) {
        List<ReportingLine> own = moreLines.get(p);
        List<PositionLine> gs = inferred[p];
        if (gs == null) return own == null ? List.of() : own;
        List<ReportingLine> out = new ArrayList<>(gs.size() + (own == null ? 0 : own.size()));
        if (own != null) out.addAll(own);
        Person holder = people[p];
        for (PositionLine g : gs) {
            if (!g.holds(holder)) continue;
            ReportingLine l = g.of(holder);
            if (!l.equals(primary[p])) out.add(l);
        }
        out.sort(LINE_ORDER);
        return out;
    }

    /** True when person {@code p} has a line other than the primary one ({@link #others} is not empty). */
    boolean hasOthers(int p) {
        if (moreLines.containsKey(p)) return true;
        List<PositionLine> gs = inferred[p];
        if (gs == null) return false;
        int lines = 0;
        for (PositionLine g : gs) if (g.holds(people[p]) && ++lines > 1) return true;
        return lines == 1 && !ofPosition(p, primary[p]);
    }

    /** Puts a line of the chain of command where it belongs: the person's primary line, or one of their others. */
    static void place(LineUses uses, ReportingLine l, int p, ReportingLine[] primary,
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

    static boolean anyCycle(byte[] reach) {
        for (byte b : reach) if (b == 2) return true;
        return false;
    }

    /** For each person, whether walking up their primary lines ends at a top (1) or meets a cycle (2). */
    static byte[] walkMarks(int[] parent) {
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
    static int[] cyclesOf(int[] parent, byte[] reach) {
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
}
