package org.orgrules.view;

import java.util.Arrays;
import java.util.function.IntFunction;

/**
 * What each person's rank is known to be, as an interval of ladder levels, for the seniority order
 * ({@code rules/core/seniority.drl}). Someone whose title has a rank and who is on no reporting cycle has
 * that level exactly. Anyone else (a title with no rank, or anyone on a cycle of command lines) ranks
 * no lower than the highest known rank below them and no higher than the lowest known rank above
 * them, the known ranks on their own cycle counting on both sides; where those bounds cross, the span
 * between them. {@link #lo} and {@link #hi} are {@link Integer#MIN_VALUE} / {@link Integer#MAX_VALUE}
 * where nothing bounds them.
 *
 * <p>Any such intervals make "lo(a) &gt; hi(b), or a above b in the chain with lo(a) ≥ lo(b) and
 * hi(a) ≥ hi(b)" a strict partial order, which is why seniority is one: see {@link Org#whoIsSenior}.
 * Built once per org on the first question that needs it, in time linear in people and lines: the
 * strongly connected components of the command lines (Tarjan, iterative), then one pass down and one
 * pass up their condensation.
 */
final class RankSpans {
    static final int NONE = -1;
    final int[] lo, hi;
    /** Who gives each bound (a person index), {@link #NONE} where nothing bounds it. */
    final int[] loBy, hiBy;
    /** True where the level is exact: a ranked title on no cycle. */
    final boolean[] exact;

    /**
     * {@code level[i]}: the ladder level of person i, {@link Integer#MIN_VALUE} when their title has
     * none; {@code ups.apply(i)}: the people i has a line of command to.
     */
    RankSpans(int[] level, IntFunction<int[]> ups) {
        int n = level.length;
        int[] comp = new int[n];
        int comps = components(n, ups, comp);
        // each component's own known ranks; components are numbered managers first (see components)
        int[] ownMin = new int[comps], ownMax = new int[comps], ownMinBy = new int[comps], ownMaxBy = new int[comps];
        int[] size = new int[comps];
        Arrays.fill(ownMin, Integer.MAX_VALUE);
        Arrays.fill(ownMax, Integer.MIN_VALUE);
        Arrays.fill(ownMinBy, NONE);
        Arrays.fill(ownMaxBy, NONE);
        for (int i = 0; i < n; i++) {
            int c = comp[i];
            size[c]++;
            if (level[i] == Integer.MIN_VALUE) continue;
            if (level[i] < ownMin[c]) { ownMin[c] = level[i]; ownMinBy[c] = i; }
            if (level[i] > ownMax[c]) { ownMax[c] = level[i]; ownMaxBy[c] = i; }
        }
        // the lowest known rank strictly above each component, the highest strictly below
        int[] anc = new int[comps], ancBy = new int[comps], desc = new int[comps], descBy = new int[comps];
        Arrays.fill(anc, Integer.MAX_VALUE);
        Arrays.fill(ancBy, NONE);
        Arrays.fill(desc, Integer.MIN_VALUE);
        Arrays.fill(descBy, NONE);
        int[][] byComp = members(n, comp, comps);
        for (int c = 0; c < comps; c++) {                      // managers' components come first
            for (int i : byComp[c]) for (int m : ups.apply(i)) {
                int d = comp[m];
                if (d == c) continue;
                if (ownMin[d] < anc[c]) { anc[c] = ownMin[d]; ancBy[c] = ownMinBy[d]; }
                if (anc[d] < anc[c]) { anc[c] = anc[d]; ancBy[c] = ancBy[d]; }
            }
        }
        for (int c = comps - 1; c >= 0; c--) {                 // subordinates' components first
            for (int i : byComp[c]) for (int m : ups.apply(i)) {
                int d = comp[m];
                if (d == c) continue;
                if (ownMax[c] > desc[d]) { desc[d] = ownMax[c]; descBy[d] = ownMaxBy[c]; }
                if (desc[c] > desc[d]) { desc[d] = desc[c]; descBy[d] = descBy[c]; }
            }
        }
        lo = new int[n];
        hi = new int[n];
        loBy = new int[n];
        hiBy = new int[n];
        exact = new boolean[n];
        for (int i = 0; i < n; i++) {
            int c = comp[i];
            if (size[c] == 1 && level[i] != Integer.MIN_VALUE) {
                lo[i] = hi[i] = level[i];
                loBy[i] = hiBy[i] = i;
                exact[i] = true;
                continue;
            }
            int l = Math.max(desc[c], ownMax[c]), h = Math.min(anc[c], ownMin[c]);
            int lBy = desc[c] >= ownMax[c] ? descBy[c] : ownMaxBy[c], hBy = anc[c] <= ownMin[c] ? ancBy[c] : ownMinBy[c];
            if (l <= h) { lo[i] = l; hi[i] = h; loBy[i] = lBy; hiBy[i] = hBy; }
            else { lo[i] = h; hi[i] = l; loBy[i] = hBy; hiBy[i] = lBy; }   // the bounds cross: the span between them
        }
    }

    /** The people of each component. */
    private static int[][] members(int n, int[] comp, int comps) {
        int[] count = new int[comps];
        for (int i = 0; i < n; i++) count[comp[i]]++;
        int[][] out = new int[comps][];
        for (int c = 0; c < comps; c++) out[c] = new int[count[c]];
        int[] fill = new int[comps];
        for (int i = 0; i < n; i++) out[comp[i]][fill[comp[i]]++] = i;
        return out;
    }

    /**
     * Tarjan's strongly connected components, without recursion. A component is numbered only after
     * every component it has a line to: managers' components get the lower numbers.
     */
    private static int components(int n, IntFunction<int[]> ups, int[] comp) {
        int[] index = new int[n], low = new int[n];
        Arrays.fill(index, -1);
        boolean[] onStack = new boolean[n];
        int[] stack = new int[n];
        int sp = 0;
        int[] callNode = new int[n], callEdge = new int[n];
        int[][] callUps = new int[n][];
        int next = 0, comps = 0;
        for (int s = 0; s < n; s++) {
            if (index[s] >= 0) continue;
            int depth = 0;
            callNode[0] = s;
            callEdge[0] = 0;
            callUps[0] = ups.apply(s);
            index[s] = low[s] = next++;
            stack[sp++] = s;
            onStack[s] = true;
            while (depth >= 0) {
                int v = callNode[depth];
                int[] out = callUps[depth];
                if (callEdge[depth] < out.length) {
                    int w = out[callEdge[depth]++];
                    if (index[w] < 0) {
                        index[w] = low[w] = next++;
                        stack[sp++] = w;
                        onStack[w] = true;
                        depth++;
                        callNode[depth] = w;
                        callEdge[depth] = 0;
                        callUps[depth] = ups.apply(w);
                    } else if (onStack[w]) {
                        low[v] = Math.min(low[v], index[w]);
                    }
                    continue;
                }
                if (low[v] == index[v]) {
                    int w;
                    do {
                        w = stack[--sp];
                        onStack[w] = false;
                        comp[w] = comps;
                    } while (w != v);
                    comps++;
                }
                callUps[depth] = null;
                depth--;
                if (depth >= 0) low[callNode[depth]] = Math.min(low[callNode[depth]], low[v]);
            }
        }
        return comps;
    }
}
