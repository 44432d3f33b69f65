package org.orgrules.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.orgrules.Org;
import org.orgrules.engine.Classification;
import org.orgrules.engine.RuleInfo;
import org.orgrules.model.Chain;
import org.orgrules.model.ManagerLine;
import org.orgrules.model.Person;
import org.orgrules.model.Reason;
import org.orgrules.model.ReportsTo;
import org.orgrules.model.Seniority;
import org.orgrules.model.Violation;

/** Prints answers as the CLI contract says: JSON objects with {@code --json}, else readable text with reasons. */
final class Output {
    private final PrintWriter w;
    private final boolean json;

    Output(PrintWriter w, boolean json) {
        this.w = w;
        this.json = json;
    }

    // ------------------------------------------------------------- commands

    void seniority(Seniority s) {
        if (json) {
            Map<String, Object> o = obj("answer", s.answer().name());
            o.put("first", s.first());
            o.put("second", s.second());
            o.put("senior", s.senior());
            o.put("reasons", reasons(s.reasons()));
            print(o);
        } else {
            w.println(sentence(s));
            printReasons(s.reasons());
        }
    }

    void managers(String who, List<ManagerLine> lines) {
        managers(who, lines, false);
    }

    /** {@code several}: the first line is the primary one among several lines of the chain (primary-line.drl). */
    void managers(String who, List<ManagerLine> lines, boolean several) {
        if (json) {
            List<Object> ms = new ArrayList<>();
            for (ManagerLine l : lines) {
                Map<String, Object> m = obj("id", l.id());
                m.put("inferred", l.inferred());
                if (several) m.put("primary", l == lines.get(0));
                m.put("type", l.type().word());
                if (l.from() != null) m.put("from", l.from().toString());
                if (l.to() != null) m.put("to", l.to().toString());
                m.put("reasons", reasons(l.reasons()));
                ms.add(m);
            }
            Map<String, Object> o = obj("person", who);
            o.put("managers", ms);
            print(o);
        } else if (lines.isEmpty()) {
            w.println(who + " reports to nobody: the facts name no manager and no rule infers one.");
        } else {
            for (ManagerLine l : lines) {
                String dates = l.from() == null && l.to() == null ? ""
                        : ", " + (l.from() == null ? "" : "from " + l.from()) + (l.from() != null && l.to() != null ? " " : "")
                        + (l.to() == null ? "" : "to " + l.to());
                String kind = l.type() == org.orgrules.model.LineType.SOLID ? (l.inferred() ? " (inferred)" : "")
                        : " (" + l.type() + " line, " + l.type().chinese() + ")";
                w.println(who + " reports to " + l.id() + kind + (dates.isEmpty() ? "" : " (" + dates.substring(2) + ")")
                        + (several && l == lines.get(0) ? ": the primary line, which chain and team follow" : ""));
                printReasons(l.reasons());
            }
        }
    }

    void reportsTo(ReportsTo r) {
        if (json) {
            Map<String, Object> o = obj("person", r.person());
            o.put("manager", r.manager());
            o.put("answer", r.answer());
            o.put("path", r.path());
            o.put("line", r.line() == null ? null : r.line().word());
            o.put("reasons", reasons(r.reasons()));
            print(o);
        } else {
            w.println(r.answer() ? "Yes: " + r.person() + " reports to " + r.manager() + " through "
                    + String.join(" → ", r.path())
                    + (r.line() == org.orgrules.model.LineType.SOLID ? "" : " (" + r.line() + " line, " + r.line().chinese() + ")")
                    : "No: " + r.person() + " does not report to " + r.manager() + ".");
            printReasons(r.reasons());
        }
    }

    void chain(Chain c) {
        if (json) {
            Map<String, Object> o = obj("person", c.person());
            o.put("chain", c.chain());
            o.put("cycle", c.cycle());
            o.put("reasons", reasons(c.reasons()));
            print(o);
        } else {
            w.println(c.chain().isEmpty() ? c.person() + " has no manager: the top of the tree."
                    : c.person() + " → " + String.join(" → ", c.chain()) + (c.cycle() ? " (cycle: stopped)" : ""));
            printReasons(c.reasons());
        }
    }

    void team(String who, boolean all, List<String> ids) {
        team(who, all, ids, List.of());
    }

    /** {@code others}: people with a line to {@code who} that is not their primary line (primary-line.drl). */
    void team(String who, boolean all, List<String> ids, List<String> others) {
        if (json) {
            Map<String, Object> o = obj("person", who);
            o.put("all", all);
            o.put("reports", ids);
            if (!others.isEmpty()) o.put("otherLines", others);
            print(o);
        } else {
            w.println(ids.isEmpty() ? "Nobody reports to " + who + (all ? "." : " directly.")
                    : ids.size() + (all ? " people report to " + who + " at every level: " : " people report directly to " + who + ": ")
                    + String.join(", ", ids));
            if (!others.isEmpty()) {
                w.println(String.join(", ", others) + (others.size() == 1 ? " also has" : " also have") + " a line to " + who
                        + ", but not as primary line: chain and team follow the primary line (see reports-to "
                        + others.get(0) + ").");
            }
        }
    }

    void peers(String who, List<String> ids) {
        if (json) {
            Map<String, Object> o = obj("person", who);
            o.put("peers", ids);
            print(o);
        } else {
            w.println(ids.isEmpty() ? who + " has no peers (平级) in the facts."
                    : who + "'s peers (平级, same company and rank): " + String.join(", ", ids));
        }
    }

    void violations(List<Violation> vs) {
        if (json) {
            List<Object> list = new ArrayList<>();
            for (Violation v : vs) {
                Map<String, Object> o = obj("rule", v.rule());
                o.put("source", v.source());
                o.put("severity", v.severity().name());
                o.put("people", v.people());
                o.put("message", v.message());
                list.add(o);
            }
            print(obj("violations", list));
        } else if (vs.isEmpty()) {
            w.println("No violations: the facts keep every rule.");
        } else {
            for (Violation v : vs) {
                w.println(v.severity() + " " + v.message());
                w.println("    rule: " + v.rule() + (v.source().isEmpty() ? "" : " [" + v.source() + "]"));
            }
            long errors = vs.stream().filter(v -> v.severity() == org.orgrules.model.Severity.ERROR).count();
            w.println(errors + " errors, " + (vs.size() - errors) + " warnings");
        }
    }

    void titles(List<org.orgrules.model.TitleReading> readings) {
        if (json) {
            List<Object> list = new ArrayList<>();
            for (org.orgrules.model.TitleReading t : readings) {
                Map<String, Object> o = obj("title", t.title());
                o.put("department", t.department());
                o.put("people", t.people().size());
                o.put("ids", t.people().size() <= 20 ? t.people() : t.people().subList(0, 20));
                o.put("rank", t.rank());
                o.put("level", t.rank() == null ? null : t.level());
                o.put("function", t.function());
                Map<String, Object> words = obj("rank", t.roleWord());
                words.put("modifiers", t.modifiers());
                words.put("function", t.functionWord());
                words.put("functionFromDepartment", t.functionFromDepartment());
                o.put("words", words);
                o.put("unit", t.unit());
                o.put("confidence", t.confidence().name());
                o.put("doubts", t.doubts());
                o.put("reasons", reasons(t.reasons()));
                list.add(o);
            }
            Map<String, Object> top = obj("titles", list);
            Map<String, Object> counts = new LinkedHashMap<>();
            for (org.orgrules.model.TitleReading.Confidence c : org.orgrules.model.TitleReading.Confidence.values()) {
                counts.put(c.name(), readings.stream().filter(t -> t.confidence() == c).count());
            }
            top.put("counts", counts);
            print(top);
        } else {
            long unknown = readings.stream().filter(t -> t.confidence() == org.orgrules.model.TitleReading.Confidence.UNKNOWN).count();
            long unsure = readings.stream().filter(t -> t.confidence() == org.orgrules.model.TitleReading.Confidence.UNCERTAIN).count();
            for (org.orgrules.model.TitleReading t : readings) {
                w.println(String.format("%-9s %s  [%d %s]", t.confidence(), t.text(), t.people().size(),
                        t.people().size() == 1 ? "person" : "people"));
                for (Reason r : t.reasons()) w.println("    " + r.text() + (r.source().isEmpty() ? "" : " [" + r.source() + "]") + ": " + r.rule());
            }
            w.println(readings.size() + " titles: " + (readings.size() - unknown - unsure) + " certain, " + unsure
                    + " uncertain, " + unknown + " unknown");
        }
    }

    // ------------------------------------------------------------- ask

    void askSenior(String question, Seniority s) {
        if (json) {
            Map<String, Object> o = obj("question", question);
            o.put("kind", "senior");
            o.put("answer", s.answer().name());
            o.put("first", s.first());
            o.put("second", s.second());
            o.put("senior", s.senior());
            o.put("text", sentence(s));
            o.put("reasons", reasons(s.reasons()));
            print(o);
        } else {
            w.println(sentence(s));
            printReasons(s.reasons());
        }
    }

    void askManagers(String question, Org org, String who) {
        if (org.person(who).isPresent()) {
            Person p = org.person(who).get();
            List<ManagerLine> lines = org.managersOf(p.getId());
            String text = lines.isEmpty() ? p.getId() + " reports to nobody: the top of the tree."
                    : p.getId() + " reports to " + String.join(" and ", lines.stream()
                            .map(l -> l.id() + (l.inferred() ? " (inferred)" : "")).toList()) + "."
                    + (org.primaryLineReasons(p.getId()).isEmpty() ? "" : " " + lines.get(0).id() + " is the primary line, which chain and team follow.");
            List<Reason> rs = lines.stream().flatMap(l -> l.reasons().stream()).toList();
            ask(question, "reports-to", text, rs, Map.of("managers", lines.stream().map(ManagerLine::id).toList()));
            return;
        }
        // A title: the people who hold it, or what the rules say of the role.
        // A role's holders: the title as written, or any title the ladder reads as the same rank and
        // function (质检经理 for "QA manager", "Product Manager" for 产品经理)
        Classification role = org.rules().classify(who, "");
        List<Person> holders = org.people().stream().filter(p -> p.getTitle().equalsIgnoreCase(who)
                || sameRole(role, org.classification(p.getId()))).toList();
        if (!holders.isEmpty()) {
            List<String> parts = new ArrayList<>();
            List<Reason> rs = new ArrayList<>();
            rs.add(new Reason(Org.NAMES, "", "'" + who + "' names no person, so it was read as a role: "
                    + (role.hasRank() && role.function() != null ? "everyone whose title the ladder reads as "
                    + role.functionKey() + " " + role.rankName() : "everyone with that title")));
            for (Person h : holders) {
                List<ManagerLine> lines = org.managersOf(h.getId());
                parts.add(h.getId() + " → " + (lines.isEmpty() ? "nobody" : String.join(", ", lines.stream()
                        .map(l -> l.id() + (l.inferred() ? " (inferred)" : "")).toList())));
                lines.forEach(l -> rs.addAll(l.reasons()));
            }
            ask(question, "reports-to", "Each " + who + " in the facts reports to: " + String.join("; ", parts), rs, Map.of());
            return;
        }
        Classification c = org.rules().classify(who, "");
        RuleInfo k23 = org.rules().rules().stream().filter(r -> r.source().equals("K2.3")).findFirst().orElse(null);
        if (c.hasRank() && "MANAGER".equals(c.rankName()) && c.function() != null && k23 != null) {
            String fn = c.function().word().chinese() + "总监 / " + c.function().word().english() + " Director";
            ask(question, "reports-to", "A " + who + " reports to the " + fn
                    + " of the same company, unless the facts name another manager.",
                    List.of(new Reason(k23.name(), k23.source(), who + " is a " + c.function().functionKey()
                            + " manager; the director of that function manages them")), Map.of());
        } else {
            throw new Main.UsageException("no person with id or name '" + who + "', and no rule says whom a '"
                    + who + "' reports to");
        }
    }

    /** True when a title's reading is the role's: the same rank, level and function, both known. */
    private static boolean sameRole(Classification role, Classification c) {
        return role.hasRank() && role.function() != null && c.hasRank() && c.function() != null
                && role.rankName().equals(c.rankName()) && role.level() == c.level() && role.functionKey().equals(c.functionKey());
    }

    void askReportsTo(String question, ReportsTo r) {
        if (json) {
            Map<String, Object> o = obj("question", question);
            o.put("kind", "reports-to");
            o.put("answer", r.answer());
            o.put("path", r.path());
            o.put("text", r.answer() ? "Yes, through " + String.join(" → ", r.path()) : "No.");
            o.put("reasons", reasons(r.reasons()));
            print(o);
        } else {
            reportsTo(r);
        }
    }

    void askChain(String question, Chain c) {
        ask(question, "chain", c.chain().isEmpty() ? c.person() + " is at the top."
                : c.person() + " → " + String.join(" → ", c.chain()), c.reasons(), Map.of("chain", c.chain()));
    }

    void askTeam(String question, String who, List<String> ids) {
        ask(question, "team", ids.isEmpty() ? "Nobody reports directly to " + who + "."
                : "Reporting directly to " + who + ": " + String.join(", ", ids), List.of(), Map.of("reports", ids));
    }

    void askPeers(String question, String who, List<String> ids) {
        ask(question, "peers", ids.isEmpty() ? who + " has no peers." : who + "'s peers: " + String.join(", ", ids),
                List.of(), Map.of("peers", ids));
    }

    private void ask(String question, String kind, String text, List<Reason> rs, Map<String, Object> extra) {
        if (json) {
            Map<String, Object> o = obj("question", question);
            o.put("kind", kind);
            o.putAll(extra);
            o.put("text", text);
            o.put("reasons", reasons(rs));
            print(o);
        } else {
            w.println(text);
            printReasons(rs);
        }
    }

    // ------------------------------------------------------------- helpers

    static String sentence(Seniority s) {
        return switch (s.answer()) {
            case FIRST_SENIOR -> s.first() + " is senior to " + s.second() + ".";
            case SECOND_SENIOR -> s.second() + " is senior to " + s.first() + ".";
            case PEERS -> s.first() + " and " + s.second() + " are peers (平级): neither is senior.";
            case INCOMPARABLE -> s.first() + " and " + s.second() + " cannot be compared.";
        };
    }

    private void printReasons(List<Reason> rs) {
        for (Reason r : rs) {
            w.println("  because " + r.text());
            w.println("      rule: " + r.rule() + (r.source().isEmpty() ? "" : " [" + r.source() + "]")
                    + (r.facts().isEmpty() ? "" : "  facts: " + String.join(", ", r.facts())));
        }
    }

    static List<Object> reasons(List<Reason> rs) {
        List<Object> out = new ArrayList<>(rs.size());
        for (Reason r : rs) {
            Map<String, Object> o = obj("rule", r.rule());
            o.put("source", r.source());
            o.put("text", r.text());
            o.put("facts", r.facts());
            out.add(o);
        }
        return out;
    }

    private static Map<String, Object> obj(String k, Object v) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put(k, v);
        return o;
    }

    private void print(Object o) {
        try {
            w.println(Json.PRETTY.writeValueAsString(o));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
