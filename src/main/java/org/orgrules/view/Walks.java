package org.orgrules.view;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.orgrules.model.Chain;
import org.orgrules.model.LineType;
import org.orgrules.model.LineUse.Use;
import org.orgrules.model.PositionLine;
import org.orgrules.model.Reason;
import org.orgrules.model.ReportingLine;
import org.orgrules.model.ReportsTo;
import org.orgrules.model.Violation;

/**
 * The walks up the derived lines: who is above whom, the chain of command, reports-to. No closure is
 * stored; every walk stops on cyclic data.
 */
final class Walks {
    private final Index x;
    private final Wording words;
    private final Violations violations;

    Walks(Index x, Wording words, Violations violations) {
        this.x = x;
        this.words = words;
        this.violations = violations;
    }

    /** True when {@code upper} is in the chain of command of {@code lower}. */
    boolean above(int upper, int lower) {
        int[] parent = x.parent;
        if (x.reach[lower] == 1) {
            for (int v = parent[lower]; v >= 0; v = parent[v]) if (v == upper) return true;
            return false;
        }
        // the walk up leads into a cycle: follow it to the cycle, whose members are all above
        if (upper == lower) return false;
        int v = parent[lower];
        while (x.cycleOf[v] < 0) {
            if (v == upper) return true;
            v = parent[v];
        }
        return x.cycleOf[upper] == x.cycleOf[v];
    }

    /** True when {@code upper} is above {@code lower} through lines that carry command (seniority). */
    boolean commandAbove(int upper, int lower) {
        return x.command == null ? above(upper, lower) : x.command.reaches(lower, upper);
    }

    /** Going up from {@code from} along every line of the chain or of command, is a {@code target} reached? */
    boolean reachesAlongAnyLine(int from, java.util.function.IntPredicate target) {
        Set<Integer> seen = new HashSet<>();
        Set<List<PositionLine>> positions = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        boolean solid = x.uses.counts(LineType.SOLID, Use.CHAIN) || x.uses.counts(LineType.SOLID, Use.COMMAND);
        ArrayDeque<Integer> todo = new ArrayDeque<>();
        todo.add(from);
        while (!todo.isEmpty()) {
            int v = todo.poll();
            if (target.test(v)) return true;
            if (!seen.add(v)) continue;
            if (x.primary[v] != null) todo.add(x.parent[v]);
            for (ReportingLine l : x.moreLines.getOrDefault(v, List.of())) {
                if (x.uses.counts(l.type(), Use.CHAIN) || x.uses.counts(l.type(), Use.COMMAND)) {
                    Integer m = x.index.get(l.managerId());
                    if (m != null) todo.add(m);
                }
            }
            // the lines of v's position (K2.3): the same directors for every holder, so followed once
            List<PositionLine> gs = x.inferred[v];
            if (gs != null && solid && positions.add(gs)) {
                for (PositionLine g : gs) {
                    Integer m = x.index.get(g.managerId());
                    if (m != null && m != v) todo.add(m);
                }
            }
        }
        return false;
    }

    /** The chain of command of person {@code i}: nearest manager first, the top last; never repeats anyone. */
    Chain chainOfCommand(int i) {
        List<String> chain = new ArrayList<>();
        List<Reason> reasons = new ArrayList<>();
        boolean cycle = false;
        Set<Integer> seen = x.reach[i] == 2 ? new HashSet<>() : null;
        if (seen != null) seen.add(i);
        for (int v = i; x.parent[v] >= 0; v = x.parent[v]) {
            int m = x.parent[v];
            if (seen != null && !seen.add(m)) { cycle = true; break; }
            chain.add(x.people[m].getId());
            reasons.add(words.lineReason(x.primary[v]));
            if (x.hasOthers(v)) reasons.addAll(words.primaryReasons(v).values());
        }
        if (cycle) {
            reasons.add(new Reason(Org.WALK, "", "the chain of " + words.shortName(i)
                    + " leads back to someone already on it; the walk stops there"));
            for (Violation v : violations.of(x.people[i].getId())) reasons.add(v.asReason());
            if (!chain.isEmpty()) for (Violation v : violations.of(chain.get(chain.size() - 1))) {
                if (!reasons.contains(v.asReason())) reasons.add(v.asReason());
            }
        }
        return new Chain(x.people[i].getId(), chain, cycle, reasons);
    }

    /** Does person {@code p} report to person {@code m}: see {@link Org#reportsTo}. */
    ReportsTo reportsTo(int p, int m) {
        List<ReportingLine> way = p == m ? null : reportsWay(p, m);
        if (way == null) {
            Chain walked = chainOfCommand(p);
            List<Reason> reasons = new ArrayList<>();
            reasons.add(new Reason(Org.WALK, "", words.shortName(m) + " is not in the chain of command of " + words.shortName(p)
                    + (walked.chain().isEmpty() ? ", who has no manager" : ": " + String.join(" → ", walked.chain()))
                    + (x.reportsGraph != null && x.hasOthers(p) ? ", nor above them through their other lines" : "")));
            reasons.addAll(walked.reasons().subList(0, Math.min(20, walked.reasons().size())));
            return new ReportsTo(x.people[p].getId(), x.people[m].getId(), false, List.of(), reasons, null);
        }
        if (way.isEmpty()) {                                   // the chain of command
            List<String> path = new ArrayList<>();
            List<Reason> reasons = pathReasons(p, m);
            for (int v = x.parent[p]; ; v = x.parent[v]) {
                path.add(x.people[v].getId());
                if (v == m) break;
            }
            return new ReportsTo(x.people[p].getId(), x.people[m].getId(), true, path, reasons, LineType.SOLID);
        }
        List<String> path = new ArrayList<>();
        List<Reason> reasons = new ArrayList<>();
        LineType weakest = LineType.SOLID;
        EnumSet<LineType> kinds = EnumSet.noneOf(LineType.class);
        for (ReportingLine l : way) {
            path.add(l.managerId());
            reasons.add(words.lineReason(l));
            kinds.add(l.type());
            if (x.uses.strength(l.type()) > x.uses.strength(weakest)) weakest = l.type();
        }
        for (LineType t : kinds) {
            if (t == LineType.SOLID) continue;
            Reason r = x.uses.reason(t, Use.REPORTS_TO, "a " + t + " line counts for reports-to");
            if (r != null) reasons.add(r);
        }
        return new ReportsTo(x.people[p].getId(), x.people[m].getId(), true, path, reasons, weakest);
    }

    /**
     * How {@code p} reports to {@code m}: an empty list for the chain of command (primary lines),
     * the lines of another way up, or null when there is none.
     */
    private List<ReportingLine> reportsWay(int p, int m) {
        if (x.reportsGraph == null) return above(m, p) ? List.of() : null;
        if (x.reportsGraph.chainIncluded() && above(m, p)) return List.of();
        return x.reportsGraph.path(p, m);
    }

    /** Fast form of {@link #reportsTo}: no reasons, no path. */
    boolean isInChainOf(int p, int m) {
        if (p == m) return false;
        if (x.reportsGraph == null) return above(m, p);
        return x.reportsGraph.chainIncluded() && above(m, p) || x.reportsGraph.reaches(p, m);
    }

    /** The lines from {@code lower} up to {@code upper} through lines that carry command, as reasons. */
    List<Reason> commandPathReasons(int lower, int upper) {
        Graph command = x.command;
        if (command == null || command.chainIncluded() && above(upper, lower)) return pathReasons(lower, upper);
        List<ReportingLine> way = command.path(lower, upper);
        List<Reason> out = new ArrayList<>();
        if (way == null) return out;
        EnumSet<LineType> kinds = EnumSet.noneOf(LineType.class);
        for (ReportingLine l : way) {
            out.add(words.lineReason(l));
            kinds.add(l.type());
        }
        for (LineType t : kinds) {
            if (t == LineType.SOLID) continue;
            Reason r = x.uses.reason(t, Use.COMMAND, "a " + t + " line carries command: seniority counts it");
            if (r != null) out.add(r);
        }
        return out;
    }

    /** The lines from {@code lower} up to {@code upper} (who is in its chain), as reasons. */
    private List<Reason> pathReasons(int lower, int upper) {
        List<Reason> out = new ArrayList<>();
        for (int v = lower; x.parent[v] >= 0; v = x.parent[v]) {
            out.add(words.lineReason(x.primary[v]));
            if (x.parent[v] == upper || out.size() > x.people.length) break;
        }
        return out;
    }
}
