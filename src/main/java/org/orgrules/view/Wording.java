package org.orgrules.view;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.orgrules.engine.Classification;
import org.orgrules.model.LinePreference;
import org.orgrules.model.LineType;
import org.orgrules.model.LineUse.Use;
import org.orgrules.model.Person;
import org.orgrules.model.Reason;
import org.orgrules.model.ReportingLine;

/** The words of the reasons: how people, lines, ranks and the choice of a primary line are told. */
final class Wording {
    private final Index x;

    Wording(Index x) { this.x = x; }

    /** "li (李明, 生产经理)": a person's id, name and title. */
    String shortName(int i) {
        Person p = x.people[i];
        StringBuilder b = new StringBuilder(p.getId()).append(" (");
        if (!p.getName().equals(p.getId())) b.append(p.getName()).append(", ");
        return b.append(p.getTitle().isEmpty() ? "no title" : p.getTitle()).append(')').toString();
    }

    String companyName(int i) {
        String c = x.people[i].getCompany();
        return c.isEmpty() ? "the company" : c;
    }

    /** The reason for one direct line, naming both people and where they were read. */
    Reason lineReason(ReportingLine l) {
        int p = x.index.get(l.personId()), m = x.index.get(l.managerId());
        Person[] people = x.people;
        String text;
        if (l.inferred()) {
            Classification c = x.cls[p];
            String fn = c.function() == null ? "" : c.function().word().chinese() + "/" + c.function().word().english() + " ";
            text = shortName(p) + " has no named manager; as a " + fn + "manager they report to "
                    + shortName(m) + ", the " + fn + "director of " + companyName(p);
        } else if (l.type() != LineType.SOLID || !l.managerId().equals(people[p].getManagerId())) {
            text = shortName(p) + " has " + (l.type() == LineType.ACTING ? "an " : "a ") + l.type() + " line ("
                    + l.type().chinese() + ") to " + shortName(m) + " as the facts name";
        } else {
            text = shortName(p) + " reports to " + shortName(m) + " as the facts name";
        }
        List<String> facts = new ArrayList<>(2);
        if (!people[p].getOrigin().isEmpty()) facts.add(people[p].getOrigin());
        if (!people[m].getOrigin().isEmpty()) facts.add(people[m].getOrigin());
        return new Reason(l.rule().rule(), l.rule().source(), text, facts);
    }

    /**
     * Why person {@code p}'s primary line is the one it is, when they have other lines of the chain of
     * command: for each other line, the rule of {@code primary-line.drl} that put the primary one first.
     */
    Map<ReportingLine, Reason> primaryReasons(int p) {
        if (x.primary[p] == null || !x.hasOthers(p)) return Map.of();
        List<ReportingLine> more = x.others(p);
        Person[] people = x.people;
        Map<ReportingLine, Reason> out = new LinkedHashMap<>();
        ReportingLine first = x.primary[p];
        for (ReportingLine l : more) {
            if (!x.uses.counts(l.type(), Use.CHAIN)) continue;
            LinePreference test = x.uses.decidingTest(first, l);
            String head = people[p].getId() + "'s primary line goes to " + shortName(x.index.get(first.managerId())) + ", not to "
                    + shortName(x.index.get(l.managerId())) + ": ";
            String tail = "; chain, team, approvals and seniority follow the primary line";
            if (test == null) {
                out.put(l, new Reason(Org.WALK, "", head + "no rule of primary-line.drl tells the two lines apart, so the smaller manager id" + tail));
                continue;
            }
            String why = switch (test.test()) {
                case NAMED_BEFORE_INFERRED -> "the facts name the line to " + first.managerId() + ", the line to "
                        + l.managerId() + " is inferred";
                case STRONGER_KIND -> "the line to " + first.managerId() + " is " + first.type() + ", the line to "
                        + l.managerId() + " " + l.type();
                case SAME_DEPARTMENT -> first.managerId() + " heads " + people[p].getId() + "'s own department ("
                        + people[p].getDepartment() + "), " + l.managerId() + " is in "
                        + (l.manager().getDepartment().isEmpty() ? "no department" : l.manager().getDepartment());
                case SMALLER_ID -> "nothing else tells them apart, and " + first.managerId() + " is the smaller id";
            };
            out.put(l, test.rule().because(head + why + tail));
        }
        return out;
    }

    /** The reasons a title has its rank: the classification rule and the ladder entry. */
    static List<Reason> rankReasons(Classification c, String who) {
        if (!c.hasRank()) return List.of();
        var r = c.rank();
        List<Reason> out = new ArrayList<>(5);
        String fn = c.function() == null ? "" : ", function " + c.function().functionKey();
        out.add(r.roleRule().because("'" + r.word().word() + "' is the role word of '" + c.title() + "'"
                + (r.fromAlias() ? " (in its bracketed or other-language form)" : "")));
        if (r.modifierRule() != null) {
            List<String> mods = new ArrayList<>();
            for (var m : r.modifiers()) mods.add("'" + m.word() + "' (" + m.kind() + (m.shift() >= 0 ? " +" : " ") + m.shift() + ")");
            out.add(r.modifierRule().because(String.join(", ", mods) + " before it change" + (mods.size() == 1 ? "s" : "") + " the role"));
        }
        out.add(r.rule().because(who + " has rank " + r.rank() + " (level " + r.level() + fn
                + ") by the ladder word '" + r.word().word() + "' in '" + c.title() + "'"
                + (r.rank().equals(r.word().rank()) ? "" : ", the rung of a deputy to a " + r.word().rank())
                + (r.certain() ? "" : "; uncertain: " + String.join("; ", r.doubts()))));
        out.add(r.word().origin().because("'" + r.word().word() + "' is on the ladder as " + r.word().rank()
                + " at level " + r.word().level()));
        for (var m : r.modifiers()) {
            out.add(m.origin().because("'" + m.word() + "' is on the ladder as a " + m.kind() + " modifier"
                    + (m.shift() == 0 ? "" : " (" + (m.shift() > 0 ? "+" : "") + m.shift() + ")")));
        }
        return out;
    }

    static Reason noSuchPerson(String s) {
        return new Reason(Org.NAMES, "", "no person has the id or name '" + s + "', so it was read as a title");
    }

    /** Where the people asked about were read (person indexes, -1 for a bare title). */
    List<String> subjectFacts(int ia, int ib) {
        List<String> f = new ArrayList<>(2);
        if (ia >= 0 && !x.people[ia].getOrigin().isEmpty()) f.add(x.people[ia].getOrigin());
        if (ib >= 0 && !x.people[ib].getOrigin().isEmpty()) f.add(x.people[ib].getOrigin());
        return f;
    }
}
