package org.orgrules.knowledge;

import static org.orgrules.knowledge.Telling.company;
import static org.orgrules.knowledge.Telling.facts;
import static org.orgrules.knowledge.Telling.noteResolution;
import static org.orgrules.knowledge.Telling.reason;
import static org.orgrules.knowledge.Telling.who;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.orgrules.engine.Classification;
import org.orgrules.model.Directs;
import org.orgrules.model.FollowsArrangements;
import org.orgrules.model.Person;
import org.orgrules.model.Reason;
import org.orgrules.view.Org;
import org.orgrules.view.UnknownSubjectException;

/** Functional direction (K2.4): whom a director directs, who directs a person or a department. Never a reporting line. */
final class DirectionTopic {
    private final Org org;
    private final List<FollowsArrangements> follows;
    private final Set<String> departments = new HashSet<>();
    /** The people by "company\u0001positionKey", built on the first question about functional direction. */
    private volatile Map<String, List<Person>> holders;

    DirectionTopic(Org org) {
        this.org = org;
        this.follows = org.derived(FollowsArrangements.class);
        for (Person p : org.people()) if (!p.getDepartment().isEmpty()) departments.add(p.getDepartment());
    }

    /** The heads who hold each direction fact, and the facts each head holds (see {@link Directions}). */
    private Directions directions() {
        return Directions.of(org);
    }

    /** Whom {@code ref} directs by functional direction (K2.4): departments and people. Never a reporting line. */
    public Directing directs(String ref) {
        Person a = org.resolver().person(ref);
        List<Reason> reasons = new ArrayList<>();
        noteResolution(ref, a, reasons);
        TreeSet<String> depts = new TreeSet<>(), people = new TreeSet<>();
        Directs firstByPosition = null;
        Set<String> told = new HashSet<>();          // a department and function is said once, by whichever function directs it
        for (Directs d : directions().heldBy(a)) {
            if (d.positionKey() == null) {
                depts.add(d.department());
                if (!told.add(d.department() + "\u0001" + d.functionKey())) continue;
                reasons.add(reason(d.rule(), who(a) + " directs the " + d.department() + " department (" + d.functionKey()
                        + ") of " + company(a) + ", which follows the arrangements of the director of "
                        + org.classification(a.getId()).functionKey(), facts(a)));
            } else {
                if (firstByPosition == null) firstByPosition = d;
                for (Person p : holders(d.company(), d.positionKey())) {
                    if (d.reaches(a, p)) people.add(p.getId());
                }
            }
        }
        if (!people.isEmpty()) {
            reasons.add(reason(firstByPosition.rule(), who(a) + " directs " + people.size() + " people of those departments who rank below "
                    + a.getId() + ": " + String.join(", ", people), facts(a)));
        }
        if (!depts.isEmpty()) reasons.add(notReporting(
                "functional direction is not a reporting line: it changes no chain of command, reports-to or seniority"));
        String text = depts.isEmpty() && people.isEmpty()
                ? a.getId() + " directs nobody beyond their reporting line."
                : a.getId() + " directs " + (depts.isEmpty() ? "" : "the " + String.join(", ", depts) + " department"
                        + (depts.size() > 1 ? "s" : "")) + (depts.isEmpty() || people.isEmpty() ? "" : " and ")
                        + (people.isEmpty() ? "" : people.size() + " people: " + String.join(", ", people))
                        + " (functional direction, not reporting).";
        return new Directing(a.getId(), List.copyOf(depts), List.copyOf(people), text, reasons);
    }

    /** The people of {@code company} who hold the position {@code positionKey}. */
    private List<Person> holders(String company, String positionKey) {
        Map<String, List<Person>> h = holders;
        if (h == null) {
            h = new HashMap<>();
            for (Person p : org.people()) h.computeIfAbsent(p.getCompany() + "\u0001" + p.getPositionKey(), k -> new ArrayList<>()).add(p);
            holders = h;
        }
        return h.getOrDefault(company + "\u0001" + positionKey, List.of());
    }

    /** The reason that functional direction is not reporting, cited from the K2.4 rule in {@code rules/knowledge/direction.drl}. */
    private Reason notReporting(String text) {
        for (FollowsArrangements f : follows) return reason(f.origin(), text, List.of());
        return new Reason("orgrules: functional direction adds no reporting line", "K2.4", text);
    }

    /**
     * Who directs {@code ref} beyond the reporting line (K2.4): {@code ref} is a person, a department of the
     * facts ("质检部"), or a department named by its function ("质检部门", "QA department").
     */
    public DirectedBy directedBy(String ref) {
        List<Reason> reasons = new ArrayList<>();
        Optional<Person> ap = org.resolver().find(ref);
        if (ap.isPresent()) {
            Person a = ap.get();
            noteResolution(ref, a, reasons);
            TreeSet<String> ds = new TreeSet<>();
            for (Directions.Held h : directions().reaching(a)) {
                Directs d = h.direction();
                Person director = h.director();
                ds.add(director.getId());
                reasons.add(reason(d.rule(), who(a) + " is in the " + (d.department().isEmpty() ? d.functionKey()
                        : d.department()) + " function (" + d.functionKey() + "), which follows the arrangements of "
                        + who(director) + ", the director of " + org.classification(director.getId()).functionKey()
                        + " of " + company(a), facts(a, director)));
            }
            reasons.add(notReporting("this is functional direction, not a reporting line: "
                    + a.getId() + "'s chain of command is unchanged"));
            String text = ds.isEmpty() ? "Nobody directs " + a.getId() + " beyond their reporting line."
                    : a.getId() + " follows the arrangements of " + String.join(" and ", ds)
                            + " (functional direction, not a reporting line).";
            return new DirectedBy(a.getId(), "person", List.copyOf(ds), text, reasons);
        }
        String r = ref == null ? "" : ref.strip();
        String dept = departments.contains(r) ? r : null;
        String fk;
        if (dept != null) {
            Classification c = org.rules().classify("", dept);
            fk = c.functionKey();
        } else {
            Classification c = org.rules().classify("", r);
            fk = c.functionKey();
            if (fk == null) {
                throw new UnknownSubjectException("no person or department '" + r + "' in the facts, and no function word in it"
                        + " (e.g. 质检部门, technical department)");
            }
        }
        TreeSet<String> ds = new TreeSet<>();
        for (Directions.Held h : directions().departments(dept, fk)) {
            Directs d = h.direction();
            if (ds.add(h.director().getId())) {
                reasons.add(reason(d.rule(), "the " + d.department() + " department (" + d.functionKey() + ") of "
                        + (d.company().isEmpty() ? "the company" : d.company()) + " follows the arrangements of "
                        + who(h.director()), facts(h.director())));
            }
        }
        String subject = dept != null ? dept : r;
        if (ds.isEmpty()) {
            for (FollowsArrangements f : follows) {
                if (f.directedFunction().equals(fk)) {
                    reasons.add(reason(f.origin(), "a " + fk + " department follows the arrangements of the " + f.directorFunction()
                            + " director; " + (dept != null ? "the company of " + dept + " has none in the facts"
                            : "no such department with a " + f.directorFunction() + " director is in the facts"), List.of()));
                    reasons.add(notReporting("this is functional direction, not a reporting line"));
                    return new DirectedBy(subject, "department", List.of(), "The " + subject + " follows the arrangements of the "
                            + directorTitle(f.directorFunction()) + " (K2.4); none is in the facts.", reasons);
                }
            }
            return new DirectedBy(subject, "department", List.of(), "Nobody directs the " + subject
                    + " beyond its reporting line.", reasons);
        }
        reasons.add(notReporting("this is functional direction, not a reporting line"));
        return new DirectedBy(subject, "department", List.copyOf(ds), "The " + subject + " follows the arrangements of "
                + String.join(" and ", ds) + " (functional direction, not a reporting line).", reasons);
    }

    private String directorTitle(String functionKey) {
        Classification c = org.rules().classify(functionKey.toLowerCase(Locale.ROOT) + " director", "");
        return c.function() != null && c.function().functionKey().equals(functionKey)
                ? c.function().word().chinese() + "总监 / " + c.function().word().english() + " director"
                : functionKey + " director";
    }
}
