package org.orgrules.view;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.orgrules.model.LineUse.Use;
import org.orgrules.model.ReportingLine;

/**
 * Lines upwards as compressed rows: person {@code i}'s managers are {@code up[start[i] .. start[i+1])};
 * a line not {@code onward} may only be the first step of a way up.
 */
record Graph(int[] start, int[] up, ReportingLine[] via, boolean[] onward, boolean chainIncluded) {

    /**
     * The lines that count for {@code use} by {@code line-types.drl}: each person's primary line when
     * its kind counts, and every further line the facts name (not the other heads K2.3 could infer)
     * whose kind counts. Null when that is exactly the primary lines: the fast walk up {@code parent} answers.
     */
    static Graph of(Index x, Use use) {
        int n = x.people.length;
        boolean chainIncluded = true, extra = false;
        int edges = 0;
        java.util.BitSet withMore = new java.util.BitSet(n);
        for (Integer k : x.moreLines.keySet()) withMore.set(k);
        for (int i = 0; i < n; i++) {
            if (x.primary[i] != null) {
                if (x.uses.counts(x.primary[i].type(), use)) edges++;
                else chainIncluded = false;
            }
            List<ReportingLine> more = withMore.get(i) ? x.moreLines.get(i) : null;    // most have none: no look-up (and box) then
            if (more != null) for (ReportingLine l : more) {
                if (!l.inferred() && x.uses.counts(l.type(), use)) { edges++; extra = true; }
            }
        }
        if (chainIncluded && !extra) return null;
        int[] start = new int[n + 1];
        int[] up = new int[edges];
        ReportingLine[] via = new ReportingLine[edges];
        int e = 0;
        for (int i = 0; i < n; i++) {
            start[i] = e;
            if (x.primary[i] != null && x.uses.counts(x.primary[i].type(), use)) { up[e] = x.parent[i]; via[e++] = x.primary[i]; }
            List<ReportingLine> more = withMore.get(i) ? x.moreLines.get(i) : null;
            if (more != null) for (ReportingLine l : more) {
                if (!l.inferred() && x.uses.counts(l.type(), use)) { up[e] = x.index.get(l.managerId()); via[e++] = l; }
            }
        }
        start[n] = e;
        // a line that counts for this use but carries no command (a dotted line, for reports-to) is
        // the person's own: it is the first step of a way up, never a later one
        boolean[] onward = new boolean[e];
        for (int k = 0; k < e; k++) onward[k] = use == Use.COMMAND || x.uses.counts(via[k].type(), Use.COMMAND);
        return new Graph(start, up, via, onward, chainIncluded);
    }

    /** The lines of a shortest way up from {@code lower} to {@code upper}, nearest first; null when there is none. */
    List<ReportingLine> path(int lower, int upper) {
        if (lower == upper) return null;
        Map<Integer, Integer> cameBy = new HashMap<>();      // person -> edge that reached them
        ArrayDeque<Integer> queue = new ArrayDeque<>();
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
