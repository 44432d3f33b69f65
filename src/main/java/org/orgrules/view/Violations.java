package org.orgrules.view;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.orgrules.model.Violation;

/** The violations the rules found, errors first, and by the people they involve (indexed on first use). */
final class Violations {
    private final List<Violation> all;
    private volatile Map<String, List<Violation>> byPerson;

    Violations(List<Violation> all) { this.all = all; }

    List<Violation> all() { return all; }

    /** The violations that name {@code id} among their people. */
    List<Violation> of(String id) {
        Map<String, List<Violation>> m = byPerson;
        if (m == null) {
            m = new HashMap<>();
            for (Violation v : all) for (String p : v.people()) m.computeIfAbsent(p, k -> new ArrayList<>()).add(v);
            byPerson = m;
        }
        return m.getOrDefault(id, List.of());
    }
}
