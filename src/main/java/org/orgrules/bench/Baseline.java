package org.orgrules.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.orgrules.model.Answer;

/**
 * What a team would write by hand instead of orgrules: the named managers in a HashMap and walks
 * over it. The benchmark times it in the same JVM on the same queries. It knows only the named
 * lines (no inferred ones, no reasons); each walk stops after as many steps as there are people.
 */
final class Baseline {
    private final Map<String, String> manager;
    private final Map<String, String> company;
    private final Map<String, Integer> level; // rank level by person; absent when the title has none
    private final Map<String, List<String>> children;
    private final int size;

    Baseline(List<SyntheticOrg.Row> rows, Map<String, Integer> level) {
        this.size = rows.size();
        this.manager = new HashMap<>(size * 2);
        this.company = new HashMap<>(size * 2);
        this.children = new HashMap<>(size);
        for (SyntheticOrg.Row r : rows) {
            company.put(r.id(), r.company());
            if (r.managerId() != null) {
                manager.put(r.id(), r.managerId());
                children.computeIfAbsent(r.managerId(), k -> new ArrayList<>()).add(r.id());
            }
        }
        this.level = level;
    }

    String managerOf(String id) { return manager.get(id); }

    boolean reportsTo(String person, String boss) {
        int steps = 0;
        for (String m = manager.get(person); m != null && steps++ < size; m = manager.get(m)) {
            if (m.equals(boss)) return true;
        }
        return false;
    }

    Answer senior(String a, String b) {
        if (!company.get(a).equals(company.get(b))) return Answer.INCOMPARABLE;
        boolean aAbove = reportsTo(b, a), bAbove = reportsTo(a, b);
        if (aAbove && bAbove) return Answer.INCOMPARABLE;
        if (aAbove) return Answer.FIRST_SENIOR;
        if (bAbove) return Answer.SECOND_SENIOR;
        Integer la = level.get(a), lb = level.get(b);
        if (la == null || lb == null) return Answer.INCOMPARABLE;
        return la > lb ? Answer.FIRST_SENIOR : la < lb ? Answer.SECOND_SENIOR : Answer.PEERS;
    }

    List<String> chain(String id) {
        List<String> out = new ArrayList<>();
        int steps = 0;
        for (String m = manager.get(id); m != null && steps++ < size; m = manager.get(m)) {
            if (m.equals(id) || out.contains(m)) break;
            out.add(m);
        }
        return out;
    }

    List<String> teamAll(String id) {
        List<String> out = new ArrayList<>();
        java.util.ArrayDeque<String> todo = new java.util.ArrayDeque<>();
        java.util.HashSet<String> seen = new java.util.HashSet<>();
        todo.push(id);
        seen.add(id);
        while (!todo.isEmpty()) {
            for (String c : children.getOrDefault(todo.pop(), List.of())) {
                if (seen.add(c)) {
                    out.add(c);
                    todo.push(c);
                }
            }
        }
        Collections.sort(out);
        return out;
    }
}
