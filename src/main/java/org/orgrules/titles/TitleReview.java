package org.orgrules.titles;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.orgrules.view.Org;
import org.orgrules.engine.Classification;
import org.orgrules.model.ModifierWord;
import org.orgrules.model.Person;
import org.orgrules.model.PositionFunction;
import org.orgrules.model.PositionRank;
import org.orgrules.model.PositionUnit;
import org.orgrules.model.Reason;
import org.orgrules.model.TitleReading;

/**
 * Every distinct title of an org as the ladder read it ({@code orgrules titles}): what an analyst
 * reviews in one screen before trusting {@code check} on a new export. Unknown titles first, then
 * uncertain ones, then the rest by rank (highest first) and title.
 */
public final class TitleReview {
    private TitleReview() {}

    public static List<TitleReading> of(Org org) {
        Map<String, List<Person>> byPosition = new LinkedHashMap<>();
        for (Person p : org.people()) byPosition.computeIfAbsent(p.getPositionKey(), k -> new ArrayList<>()).add(p);
        List<TitleReading> out = new ArrayList<>(byPosition.size());
        for (Map.Entry<String, List<Person>> e : byPosition.entrySet()) {
            Person first = e.getValue().get(0);
            Classification c = org.classification(first.getId());
            List<String> ids = new ArrayList<>();
            for (Person p : e.getValue()) ids.add(p.getId());
            ids.sort(Comparator.naturalOrder());
            out.add(reading(first.getTitle(), first.getDepartment(), ids, c));
        }
        out.sort(Comparator.comparing((TitleReading r) -> r.confidence() == TitleReading.Confidence.UNKNOWN ? 0
                        : r.confidence() == TitleReading.Confidence.UNCERTAIN ? 1 : 2)
                .thenComparing(Comparator.comparingInt(TitleReading::level).reversed())
                .thenComparing(TitleReading::title).thenComparing(TitleReading::department));
        return List.copyOf(out);
    }

    /** How the org's rules read a bare title (and department), held by nobody in particular. */
    public static TitleReading read(Org org, String title, String department) {
        return reading(title, department, List.of(), org.rules().classify(title, department));
    }

    static TitleReading reading(String title, String department, List<String> people, Classification c) {
        PositionRank r = c.rank();
        PositionUnit unit = c.unit();
        PositionFunction f = c.function();
        List<String> mods = new ArrayList<>();
        List<Reason> reasons = new ArrayList<>();
        TitleReading.Confidence confidence;
        List<String> doubts = new ArrayList<>();
        if (r == null) {
            confidence = TitleReading.Confidence.UNKNOWN;
            doubts.add("no word of the title's role is on the ladder (rules/vocabulary/ladder.yaml)");
        } else {
            for (ModifierWord m : r.modifiers()) {
                mods.add(m.word() + " (" + m.kind() + (m.shift() == 0 ? "" : m.shift() > 0 ? " +" + m.shift() : " " + m.shift()) + ")");
            }
            doubts.addAll(r.doubts());
            confidence = r.certain() ? TitleReading.Confidence.CERTAIN : TitleReading.Confidence.UNCERTAIN;
            reasons.addAll(Org.rankReasons(c, "'" + title + "'"));
        }
        if (f != null) reasons.add(f.rule().because("function " + f.functionKey() + " by '" + f.word().word() + "'"
                + (f.fromDepartment() ? " in the department" : "")));
        if (unit != null && !unit.unit().isEmpty()) {
            reasons.add(unit.rule().because("unit '" + unit.unit() + "': what the " + (unit.fromDepartment() ? "department" : "title")
                    + " says besides its rank, modifier, function and unit words"));
        }
        boolean head = r != null && r.rank().equals("DIRECTOR") && !r.deputy() && f != null;
        return new TitleReading(title, department, people, r == null ? null : r.rank(), r == null ? 0 : r.level(),
                r == null ? null : r.word().word(), mods, f == null ? null : f.functionKey(), f == null ? null : f.word().word(),
                f != null && f.fromDepartment(), unit == null ? "" : unit.unit(), head, confidence, doubts, reasons);
    }
}
