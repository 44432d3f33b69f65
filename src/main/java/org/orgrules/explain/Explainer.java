package org.orgrules.explain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.orgrules.view.Org;
import org.orgrules.engine.Classification;
import org.orgrules.engine.RuleInfo;
import org.orgrules.model.Chain;
import org.orgrules.model.Head;
import org.orgrules.model.ManagerLine;
import org.orgrules.model.Person;
import org.orgrules.model.Reason;
import org.orgrules.model.ReportsTo;
import org.orgrules.model.Seniority;
import org.orgrules.model.Severity;
import org.orgrules.model.Violation;

/**
 * Builds {@link Explanation}s of an {@link Org}'s answers from the {@link Reason}s the answers carry:
 * groups them by rule, adds where each rule is written and the K-statement it cites, and, for
 * lines the rules inferred, the facts the inference rested on (the manager heads the function,
 * the person's title or department names it). Thread-safe, like the Org.
 */
public final class Explainer {
    /** At most this many people are explained one by one in team, peers and check answers. */
    public static final int MAX_ITEMS = 50;
    private final Org org;
    private final Statements statements;

    public Explainer(Org org, Statements statements) {
        this.org = org;
        this.statements = statements;
    }

    public Explanation senior(String a, String b) {
        Seniority s = org.whoIsSenior(a, b);
        String text = switch (s.answer()) {
            case FIRST_SENIOR -> s.first() + " is senior to " + s.second() + ".";
            case SECOND_SENIOR -> s.second() + " is senior to " + s.first() + ".";
            case PEERS -> s.first() + " and " + s.second() + " are peers (平级): neither is senior.";
            case INCOMPARABLE -> s.first() + " and " + s.second() + " cannot be compared.";
        };
        return of("senior " + a + " " + b, s.answer() + ": " + text, s.reasons());
    }

    public Explanation managers(String a) {
        List<ManagerLine> lines = org.managersOf(a);
        String id = org.person(a).map(Person::getId).orElse(a);
        List<Reason> reasons = new ArrayList<>();
        for (ManagerLine l : lines) {
            reasons.addAll(l.reasons());
            if (l.inferred()) reasons.addAll(inference(id, l.id()));
        }
        String text = lines.isEmpty() ? id + " reports to nobody: the facts name no manager and no rule infers one."
                : id + " reports to " + String.join(" and ", lines.stream()
                        .map(l -> l.id() + (l.inferred() ? " (inferred)" : "")).toList()) + "."
                        + (org.primaryLineReasons(id).isEmpty() ? "" : " " + lines.get(0).id() + " is the primary line, which chain and team follow.");
        return of("reports-to " + a, text, reasons);
    }

    public Explanation reportsTo(String a, String b) {
        ReportsTo r = org.reportsTo(a, b);
        String text = r.answer() ? "Yes: " + r.person() + " reports to " + r.manager() + " through "
                + String.join(" → ", r.path()) + "." : "No: " + r.person() + " does not report to " + r.manager() + ".";
        return of("reports-to " + a + " " + b, text, withInferences(r.person(), r.reasons(), r.path()));
    }

    public Explanation chain(String a) {
        Chain c = org.chainOfCommand(a);
        String text = c.chain().isEmpty() ? c.person() + " has no manager: the top of the tree."
                : c.person() + " → " + String.join(" → ", c.chain()) + (c.cycle() ? " (cycle: stopped)" : "");
        return of("chain " + a, text, withInferences(c.person(), c.reasons(), c.chain()));
    }

    public Explanation team(String a, boolean all) {
        String id = org.person(a).map(Person::getId).orElse(a);
        List<String> ids = all ? org.allReports(a) : org.directReports(a);
        List<Reason> reasons = new ArrayList<>();
        for (String r : ids.subList(0, Math.min(MAX_ITEMS, ids.size()))) {
            ManagerLine primary = org.managersOf(r).get(0);
            reasons.addAll(primary.reasons());
            if (primary.inferred()) reasons.addAll(inference(r, primary.id()));
        }
        String text = ids.isEmpty() ? "Nobody reports to " + id + (all ? "." : " directly.")
                : ids.size() + (all ? " people report to " + id + " at every level: " : " people report directly to " + id + ": ")
                + String.join(", ", ids);
        return of("team " + a + (all ? " --all" : ""), text, reasons);
    }

    public Explanation peers(String a) {
        String id = org.person(a).map(Person::getId).orElse(a);
        List<String> ids = org.peers(a);
        List<Reason> reasons = new ArrayList<>();
        for (String p : ids.subList(0, Math.min(MAX_ITEMS, ids.size()))) reasons.addAll(org.whoIsSenior(id, p).reasons());
        String text = ids.isEmpty() ? id + " has no peers (平级) in the facts."
                : id + "'s peers (平级, same company and rank): " + String.join(", ", ids);
        return of("peers " + a, text, reasons);
    }

    public Explanation check() {
        List<Violation> vs = org.violations();
        List<Reason> reasons = new ArrayList<>();
        for (Violation v : vs.subList(0, Math.min(MAX_ITEMS, vs.size()))) {
            List<String> facts = new ArrayList<>();
            for (String p : v.people()) org.person(p).map(Person::getOrigin).filter(o -> !o.isEmpty()).ifPresent(facts::add);
            reasons.add(new Reason(v.rule(), v.source(), v.severity() + " " + v.message(), facts.subList(0, Math.min(5, facts.size()))));
        }
        long errors = vs.stream().filter(v -> v.severity() == Severity.ERROR).count();
        String text = vs.isEmpty() ? "No violations: the facts keep every rule."
                : errors + " errors, " + (vs.size() - errors) + " warnings";
        return of("check", text, reasons);
    }

    /** The explanation of any answer: its reasons grouped by rule, in order of first appearance. */
    public Explanation of(String query, String answer, List<Reason> reasons) {
        Map<String, List<Explanation.Because>> byRule = new LinkedHashMap<>();
        Map<String, String> sources = new LinkedHashMap<>();
        for (Reason r : reasons) {
            String key = r.rule() + "\u0000" + r.source();
            List<Explanation.Because> list = byRule.computeIfAbsent(key, k -> new ArrayList<>());
            Explanation.Because because = new Explanation.Because(r.text(), r.facts());
            if (!list.contains(because)) list.add(because);
            sources.put(key, r.source());
        }
        List<Explanation.Step> steps = new ArrayList<>();
        for (Map.Entry<String, List<Explanation.Because>> e : byRule.entrySet()) {
            String rule = e.getKey().substring(0, e.getKey().indexOf('\u0000'));
            String source = sources.get(e.getKey());
            RuleInfo info = org.rules().rule(rule);
            steps.add(new Explanation.Step(rule, source, info == null ? "" : info.location(),
                    statements.get(source).orElse(null), e.getValue()));
        }
        return new Explanation(query, answer, steps);
    }

    /** The reasons plus, for every inferred line on the walk from {@code person} up {@code path}, what it rests on. */
    private List<Reason> withInferences(String person, List<Reason> reasons, List<String> path) {
        List<Reason> out = new ArrayList<>(reasons);
        String below = person;
        for (String up : path) {
            String from = below;
            org.managersOf(from).stream().filter(l -> l.id().equals(up) && l.inferred()).findFirst()
                    .ifPresent(l -> out.addAll(inference(from, up)));
            below = up;
        }
        return out;
    }

    /**
     * What an inferred line from {@code person} to {@code manager} rests on: the function the person's
     * title (or department) names, and the manager heading that function in the company.
     */
    private List<Reason> inference(String person, String manager) {
        List<Reason> out = new ArrayList<>(2);
        Classification c = org.classification(person);
        Person p = org.person(person).orElseThrow();
        if (c.function() != null) {
            var f = c.function();
            out.add(f.rule().because(person + "'s " + (f.fromDepartment() ? "department '" + p.getDepartment() + "'" : "title '" + p.getTitle() + "'")
                    + " names the function " + f.word().chinese() + " / " + f.word().english()
                    + " (word '" + f.word().word() + "')").withFacts(origin(p)));
        }
        for (Head h : org.heads()) {
            if (h.personId().equals(manager) && c.function() != null && h.functionKey().equals(c.functionKey())) {
                out.add(h.rule().because(manager + " is the director, the head (一把手), of " + h.functionKey()
                        + " in company '" + h.company() + "'").withFacts(origin(h.person())));
            }
        }
        return out;
    }

    private static List<String> origin(Person p) {
        return p.getOrigin().isEmpty() ? List.of() : List.of(p.getOrigin());
    }
}
