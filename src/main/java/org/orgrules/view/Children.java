package org.orgrules.view;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who is below whom by the primary lines: the rows of children as compressed arrays
 * ({@code childStart}/{@code children}), with the few rows live updates replaced in {@code childRows}.
 */
final class Children {
    private final Index x;

    Children(Index x) { this.x = x; }

    /** Where each person's row of children starts in {@link #rows(int[], int[])}: compressed rows. */
    static int[] starts(int[] parent) {
        int n = parent.length;
        int[] start = new int[n + 1];
        for (int i = 0; i < n; i++) if (parent[i] >= 0) start[parent[i] + 1]++;
        for (int i = 0; i < n; i++) start[i + 1] += start[i];
        return start;
    }

    /** Everyone with a manager, in their manager's row, rows in the order of {@code start}. */
    static int[] rows(int[] parent, int[] start) {
        int n = parent.length;
        int[] kids = new int[start[n]];
        int[] fill = new int[n];
        for (int i = 0; i < n; i++) if (parent[i] >= 0) kids[start[parent[i]] + fill[parent[i]]++] = i;
        return kids;
    }

    /** The children of {@code v}: a replaced row, else the slice of the shared arrays (copied). */
    static int[] row(Index x, Map<Integer, int[]> rows, int v) {
        int[] r = rows.get(v);
        return r != null ? r : Arrays.copyOfRange(x.children, x.childStart[v], x.childStart[v + 1]);
    }

    /** The people whose primary line leads directly to person {@code i}, by id. */
    List<String> direct(int i) {
        int[] row = x.childRows == null ? null : x.childRows.get(i);
        int len = row != null ? row.length : x.childStart[i + 1] - x.childStart[i];
        List<String> out = new ArrayList<>(len);
        for (int k = 0; k < len; k++) out.add(x.people[row != null ? row[k] : x.children[x.childStart[i] + k]].getId());
        Collections.sort(out);
        return out;
    }

    /** Everyone whose chain of command contains person {@code i}, by id. */
    List<String> all(int i) {
        List<String> out = new ArrayList<>();
        int[] stack = new int[16];
        int sp = 0;
        stack[sp++] = i;
        // Below someone outside any cycle the tree is acyclic; on a cycle, remember who was seen.
        Set<Integer> seen = x.reach[i] == 2 ? new HashSet<>(Set.of(i)) : null;
        while (sp > 0) {
            int v = stack[--sp];
            int[] row = x.childRows == null ? null : x.childRows.get(v);
            int len = row != null ? row.length : x.childStart[v + 1] - x.childStart[v];
            for (int k = 0; k < len; k++) {
                int c = row != null ? row[k] : x.children[x.childStart[v] + k];
                if (seen != null && !seen.add(c)) continue;
                out.add(x.people[c].getId());
                if (sp == stack.length) stack = Arrays.copyOf(stack, sp * 2);
                stack[sp++] = c;
            }
        }
        Collections.sort(out);
        return out;
    }
}
