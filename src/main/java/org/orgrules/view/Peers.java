package org.orgrules.view;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.orgrules.engine.SeniorityTable;
import org.orgrules.model.Answer;
import org.orgrules.model.SeniorityCase;

/** The peers (平级) of a person: everyone the seniority rules call PEERS with them. */
final class Peers {
    private final Index x;
    private final SeniorityCases seniority;
    private volatile Map<Long, int[]> groups;

    Peers(Index x, SeniorityCases seniority) {
        this.x = x;
        this.seniority = seniority;
    }

    /** The peers of person {@code i}, by id. */
    List<String> of(int i) {
        List<String> out = new ArrayList<>();
        if (onlyAtEqualRank()) {
            if (!x.cls[i].hasRank()) return out;
            for (int j : groups().getOrDefault(groupKey(i), new int[0])) {
                if (j != i && seniority.whoIsSenior(i, j) == Answer.PEERS) out.add(x.people[j].getId());
            }
        } else {
            for (int j = 0; j < x.people.length; j++) {
                if (j != i && seniority.whoIsSenior(i, j) == Answer.PEERS) out.add(x.people[j].getId());
            }
        }
        Collections.sort(out);
        return out;
    }

    /** True when the rules answer PEERS only for two people of one company and equal rank. */
    private boolean onlyAtEqualRank() {
        SeniorityTable t = x.rules.seniority();
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

    private long groupKey(int i) { return ((long) x.company[i] << 32) | (x.cls[i].level() & 0xffffffffL); }

    private Map<Long, int[]> groups() {
        Map<Long, int[]> g = groups;
        if (g != null) return g;
        Map<Long, List<Integer>> lists = new HashMap<>();
        for (int i = 0; i < x.people.length; i++) {
            if (x.cls[i].hasRank()) lists.computeIfAbsent(groupKey(i), k -> new ArrayList<>()).add(i);
        }
        g = new HashMap<>();
        for (var e : lists.entrySet()) g.put(e.getKey(), e.getValue().stream().mapToInt(Integer::intValue).toArray());
        groups = g;
        return g;
    }
}
