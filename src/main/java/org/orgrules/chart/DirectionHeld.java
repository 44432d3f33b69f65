package org.orgrules.chart;

import java.util.ArrayList;
import java.util.List;
import org.orgrules.knowledge.Directions;
import org.orgrules.model.Directs;
import org.orgrules.model.Person;
import org.orgrules.view.Org;

/** A director and a derived fact of a type named Directs that they hold: what the chart draws functional direction from. */
record DirectionHeld(String director, Object fact) {

    /**
     * Each derived fact of a type named Directs with each director who holds it: the rules' {@link Directs}
     * name none (the heads of its function at the rank it is for hold it: {@link Directions}, in its order,
     * so the chart is the same however the derivation ordered them); a Directs of an analyst's own rules
     * may name one ({@code getDirectorId}).
     */
    static List<DirectionHeld> of(Org org) {
        List<DirectionHeld> out = new ArrayList<>();
        Directions directions = Directions.of(org);
        for (Directs d : directions.facts()) {
            for (Person director : directions.directors(d)) out.add(new DirectionHeld(director.getId(), d));
        }
        for (Object o : org.derived(Object.class)) {
            if (o instanceof Directs || !o.getClass().getSimpleName().equals("Directs")) continue;
            String director = OrgChart.text(o, "getDirectorId");
            if (director != null) out.add(new DirectionHeld(director, o));
        }
        return out;
    }
}
