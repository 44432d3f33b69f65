package org.orgrules.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.orgrules.model.Cycle;
import org.orgrules.model.Person;
import org.orgrules.model.PositionLine;
import org.orgrules.model.ReportingLine;

/**
 * Finds reporting cycles: the strongly connected components (of two or more people) of the graph
 * "person → each of their managers". Iterative Tarjan, so a chain a million levels deep is fine.
 */
final class Cycles {
    private Cycles() {}

    /**
     * The cycles of {@code lines} and of the lines {@code inferred} gives the holders of each position
     * (K2.3). A position's lines are one more node of the graph, between its holders and its directors
     * (holder → position → each director): the same people reach each other as through a line from each
     * holder to each director, without one edge per holder and director. {@code index}: where each id is
     * in {@code people} ({@link Derivation#ids}).
     */
    static List<Cycle> find(List<Person> people, Map<String, Integer> index, List<ReportingLine> lines, List<PositionLine> inferred) {
        int real = people.size();
        Map<String, List<PositionLine>> byPosition = Derivation.byPosition(inferred);
        Map<String, Integer> positionNode = new HashMap<>();
        for (String key : byPosition.keySet()) positionNode.put(key, real + positionNode.size());
        int n = real + positionNode.size();
        List<int[]> extra = new ArrayList<>();                    // holder → position, position → director
        for (int i = 0; i < real; i++) {
            Person p = people.get(i);
            if (p.getManagerId() != null) continue;
            Integer node = positionNode.get(Derivation.staffedKey(p));
            if (node != null) extra.add(new int[] {i, node});
        }
        for (Map.Entry<String, List<PositionLine>> e : byPosition.entrySet()) {
            for (PositionLine g : e.getValue()) {
                Integer b = index.get(g.managerId());
                if (b != null) extra.add(new int[] {positionNode.get(e.getKey()), b});
            }
        }
        int[] outCount = new int[n + 1];
        int[] from = new int[lines.size() + extra.size()], to = new int[from.length];
        int e = 0;
        for (ReportingLine l : lines) {
            Integer a = index.get(l.personId()), b = index.get(l.managerId());
            if (a == null || b == null || a.equals(b)) continue;
            from[e] = a;
            to[e++] = b;
            outCount[a + 1]++;
        }
        for (int[] x : extra) {
            from[e] = x[0];
            to[e++] = x[1];
            outCount[x[0] + 1]++;
        }
        for (int i = 0; i < n; i++) outCount[i + 1] += outCount[i];
        int[] start = outCount.clone();
        int[] adj = new int[e];
        int[] fill = new int[n];
        for (int k = 0; k < e; k++) adj[start[from[k]] + fill[from[k]]++] = to[k];
        // each person's managers by id, so that cycles are found (and named) the same way whatever
        // order the session handed the lines out in; almost everyone has one, so this costs nothing
        // (a position's node goes last in its holders' rows; its own row is by id too)
        for (int v = 0; v < n; v++) {
            int a = start[v], b = start[v + 1];
            if (b - a < 2) continue;
            Integer[] row = new Integer[b - a];
            for (int k = a; k < b; k++) row[k - a] = adj[k];
            java.util.Arrays.sort(row, java.util.Comparator.comparing((Integer x) -> x >= real ? "\uffff" + x : people.get(x).getId()));
            for (int k = a; k < b; k++) adj[k] = row[k - a];
        }

        int[] idx = new int[n], low = new int[n], edgePos = new int[n];
        java.util.Arrays.fill(idx, -1);
        boolean[] onStack = new boolean[n];
        int[] stack = new int[n], call = new int[n];
        int sp = 0, counter = 0;
        List<Cycle> cycles = new ArrayList<>();
        for (int root = 0; root < n; root++) {
            if (idx[root] >= 0) continue;
            int cp = 0;
            call[cp++] = root;
            idx[root] = low[root] = counter++;
            edgePos[root] = start[root];
            stack[sp++] = root;
            onStack[root] = true;
            while (cp > 0) {
                int v = call[cp - 1];
                if (edgePos[v] < start[v + 1]) {
                    int w = adj[edgePos[v]++];
                    if (idx[w] < 0) {
                        idx[w] = low[w] = counter++;
                        edgePos[w] = start[w];
                        stack[sp++] = w;
                        onStack[w] = true;
                        call[cp++] = w;
                    } else if (onStack[w]) {
                        low[v] = Math.min(low[v], idx[w]);
                    }
                } else {
                    cp--;
                    if (cp > 0) {
                        int parent = call[cp - 1];
                        low[parent] = Math.min(low[parent], low[v]);
                    }
                    if (low[v] == idx[v] && stack[sp - 1] == v) {  // a component of one: no cycle (no list made for each of a million)
                        onStack[v] = false;
                        sp--;
                    } else if (low[v] == idx[v]) {
                        List<String> members = new ArrayList<>();
                        int w;
                        do {
                            w = stack[--sp];
                            onStack[w] = false;
                            if (w < real) members.add(people.get(w).getId());
                        } while (w != v);
                        if (members.size() > 1) cycles.add(new Cycle(inLineOrder(members, people, index, adj, start, real)));
                    }
                }
            }
        }
        cycles.sort(java.util.Comparator.comparing(c -> c.members().get(0)));
        return cycles;
    }

    /** Lists a cycle's members starting at the smallest id and following the lines (through a position's node to its director). */
    private static List<String> inLineOrder(List<String> members, List<Person> people, Map<String, Integer> index,
                                            int[] adj, int[] start, int real) {
        java.util.Set<Integer> in = new java.util.HashSet<>();
        for (String m : members) in.add(index.get(m));
        String first = members.stream().min(String::compareTo).orElseThrow();
        List<String> ordered = new ArrayList<>();
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        int v = index.get(first);
        while (seen.add(v)) {
            ordered.add(people.get(v).getId());
            int next = -1;
            for (int k = start[v]; k < start[v + 1]; k++) {
                int w = adj[k];
                if (w < real) {
                    if (in.contains(w) && (next < 0 || people.get(w).getId().compareTo(people.get(next).getId()) < 0)) next = w;
                    continue;
                }
                for (int j = start[w]; j < start[w + 1]; j++) {
                    int d = adj[j];
                    if (d != v && in.contains(d) && (next < 0 || people.get(d).getId().compareTo(people.get(next).getId()) < 0)) next = d;
                }
            }
            if (next < 0) break;
            v = next;
        }
        if (ordered.size() < members.size()) { // a component richer than one loop: list the rest too
            java.util.Set<String> listed = new java.util.HashSet<>(ordered);
            for (String m : members.stream().sorted().toList()) if (listed.add(m)) ordered.add(m);
        }
        return ordered;
    }
}
