package org.orgrules.query;

import org.orgrules.knowledge.DutyItem;
import org.orgrules.knowledge.KindItem;
import org.orgrules.knowledge.KpiAnswer;
import org.orgrules.knowledge.KpiItem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.orgrules.knowledge.Knowledge;
import org.orgrules.view.Org;
import org.orgrules.explain.Explainer;
import org.orgrules.explain.Explanation;
import org.orgrules.model.Chain;
import org.orgrules.model.ManagerLine;
import org.orgrules.model.Person;
import org.orgrules.model.Reason;
import org.orgrules.model.ReportsTo;
import org.orgrules.model.Seniority;
import org.orgrules.model.Severity;
import org.orgrules.model.TitleReading;
import org.orgrules.model.Violation;
import org.orgrules.titles.TitleReview;

/**
 * A question the library answers: one record per kind, parsed once (from CLI arguments by
 * {@link QueryParser}, from a sentence by {@link Questions}, from suite YAML) and answered by
 * {@link #answer(Org)} with a {@link Reply} that carries its sentence, reasons and JSON. The CLI,
 * {@code ask}, {@code explain}, the rule-test suites and the HTTP service all dispatch on it.
 *
 * <p>To add a question: a record here (its command, arguments and answer), a line in
 * {@link QueryParser#KINDS} (its name, arguments and help), its rule file and a suite case.
 *
 * <p>Why it is long: it is the sealed family itself: one short record per question, kept in one file so
 * that every question can be read in one place and every switch over the family is checked exhaustive
 * by the compiler; each record is a few lines of answer.
 */
public sealed interface Query {
    /** The CLI command that asks this query: {@code senior}, {@code reports-to} … */
    String command();

    /** Its arguments, as the CLI takes them. */
    List<String> args();

    /** The answer over {@code org}; an unknown person or subject throws (UnknownPersonException, UnknownSubjectException). */
    Reply answer(Org org);

    /** The answer as {@code ask} gives it to {@code question}: the question and the kind of answer lead its JSON. */
    default Reply ask(Org org, String question) {
        return answer(org).asked(question);
    }

    /** The answer as a tree of the rules fired, their statements and the facts they matched. */
    default Explanation explain(Explainer ex, Org org) {
        Reply r = answer(org);
        return ex.of(command() + " " + String.join(" ", args()), r.text(), r.reasons());
    }

    // ------------------------------------------------------------------ the org's own questions

    /** Who is senior, {@code a} or {@code b}: people or bare titles (K7.1, the ladder). */
    record Senior(String a, String b) implements Query {
        public String command() { return "senior"; }
        public List<String> args() { return List.of(a, b); }

        public Reply answer(Org org) {
            Seniority s = org.whoIsSenior(a, b);
            Map<String, Object> o = Wording.obj("answer", s.answer().name());
            o.put("first", s.first());
            o.put("second", s.second());
            o.put("senior", s.senior());
            o.put("reasons", Wording.reasons(s.reasons()));
            return new Reply(this, Wording.sentence(s), s.reasons(), o, Wording.plain(Wording.sentence(s), s.reasons()), 0);
        }

        @Override public Reply ask(Org org, String question) {
            Reply r = answer(org);
            Map<String, Object> o = new LinkedHashMap<>(r.json());
            o.remove("reasons");
            o.put("text", r.text());
            o.put("reasons", Wording.reasons(r.reasons()));
            return new Reply(this, r.text(), r.reasons(), o, r.plain(), 0).asked(question);
        }

        @Override public Explanation explain(Explainer ex, Org org) { return ex.senior(a, b); }
    }

    /** Whom {@code person} reports to directly: the lines the facts name and the rules infer (K2.3). */
    record Managers(String person) implements Query {
        public String command() { return "reports-to"; }
        public List<String> args() { return List.of(person); }

        public Reply answer(Org org) {
            List<ManagerLine> lines = org.managersOf(person);
            // several lines of the chain (primary-line.drl chose the first): each says whether it is the primary one
            boolean several = !org.primaryLineReasons(person).isEmpty();
            List<Object> ms = new ArrayList<>();
            List<Reason> all = new ArrayList<>();
            StringBuilder plain = new StringBuilder();
            for (ManagerLine l : lines) {
                Map<String, Object> m = Wording.obj("id", l.id());
                m.put("inferred", l.inferred());
                if (several) m.put("primary", l == lines.get(0));
                m.put("type", l.type().word());
                if (l.from() != null) m.put("from", l.from().toString());
                if (l.to() != null) m.put("to", l.to().toString());
                m.put("reasons", Wording.reasons(l.reasons()));
                ms.add(m);
                all.addAll(l.reasons());
                plain.append(Wording.managerLine(person, l))
                        .append(several && l == lines.get(0) ? ": " + Wording.PRIMARY : "").append('\n');
                Wording.appendReasons(plain, l.reasons());
            }
            Map<String, Object> o = Wording.obj("person", person);
            o.put("managers", ms);
            String text = lines.isEmpty() ? person + " reports to nobody: the facts name no manager and no rule infers one."
                    : person + " reports to " + Wording.managerList(lines, " and ") + "."
                            + (several ? " " + lines.get(0).id() + " is " + Wording.PRIMARY + "." : "");
            return new Reply(this, text, all, o, lines.isEmpty() ? text + "\n" : plain.toString(), 0);
        }

        /** A person, else the holders of a title, else what the rules say of the role (K2.3). */
        @Override public Reply ask(Org org, String question) {
            Reply r = Roles.managers(org, this);
            Map<String, Object> o = new LinkedHashMap<>(r.json());
            o.put("text", r.text());
            o.put("reasons", Wording.reasons(r.reasons()));
            return new Reply(this, r.text(), r.reasons(), o, Wording.plain(r.text(), r.reasons()), 0).asked(question);
        }

        @Override public Explanation explain(Explainer ex, Org org) { return ex.managers(person); }
    }

    /** Does {@code person} report to {@code manager} through the chain of command? */
    record ReportsTo(String person, String manager) implements Query {
        public String command() { return "reports-to"; }
        public List<String> args() { return List.of(person, manager); }

        public Reply answer(Org org) {
            org.orgrules.model.ReportsTo r = org.reportsTo(person, manager);
            Map<String, Object> o = Wording.obj("person", r.person());
            o.put("manager", r.manager());
            o.put("answer", r.answer());
            o.put("path", r.path());
            o.put("line", r.line() == null ? null : r.line().word());
            o.put("reasons", Wording.reasons(r.reasons()));
            return new Reply(this, Wording.reportsTo(r), r.reasons(), o, Wording.plain(Wording.reportsTo(r), r.reasons()), 0);
        }

        @Override public Reply ask(Org org, String question) {
            if (org.person(person).isEmpty() || org.person(manager).isEmpty()) return Roles.reportsTo(org, this, question);
            org.orgrules.model.ReportsTo r = org.reportsTo(person, manager);
            Map<String, Object> o = Wording.obj("answer", r.answer());
            o.put("path", r.path());
            String text = r.answer() ? "Yes, through " + String.join(" → ", r.path()) : "No.";
            o.put("text", text);
            o.put("reasons", Wording.reasons(r.reasons()));
            return new Reply(this, text, r.reasons(), o, answer(org).plain(), 0).asked(question);
        }

        @Override public Explanation explain(Explainer ex, Org org) { return ex.reportsTo(person, manager); }
    }

    /** {@code person}'s chain of command, nearest manager first. */
    record ChainOfCommand(String person) implements Query {
        public String command() { return "chain"; }
        public List<String> args() { return List.of(person); }

        public Reply answer(Org org) {
            Chain c = org.chainOfCommand(person);
            Map<String, Object> o = Wording.obj("person", c.person());
            o.put("chain", c.chain());
            o.put("cycle", c.cycle());
            o.put("reasons", Wording.reasons(c.reasons()));
            return new Reply(this, Wording.chain(c), c.reasons(), o, Wording.plain(Wording.chain(c), c.reasons()), 0);
        }

        @Override public Reply ask(Org org, String question) {
            Chain c = org.chainOfCommand(person);
            String text = c.chain().isEmpty() ? c.person() + " is at the top." : c.person() + " → " + String.join(" → ", c.chain());
            Map<String, Object> o = Wording.obj("chain", c.chain());
            o.put("text", text);
            o.put("reasons", Wording.reasons(c.reasons()));
            return new Reply(this, text, c.reasons(), o, Wording.plain(text, c.reasons()), 0).asked(question);
        }

        @Override public Explanation explain(Explainer ex, Org org) { return ex.chain(person); }
    }

    /** Who reports to {@code person}: directly, or at every level with {@code all}. */
    record Team(String person, boolean all) implements Query {
        public String command() { return "team"; }
        public List<String> args() { return all ? List.of(person, "--all") : List.of(person); }

        public Reply answer(Org org) {
            List<String> ids = all ? org.allReports(person) : org.directReports(person);
            // people with a further line to person that is not their primary line (primary-line.drl)
            List<String> others = all ? List.of() : org.otherLineReports(person);
            Map<String, Object> o = Wording.obj("person", person);
            o.put("all", all);
            o.put("reports", ids);
            if (!others.isEmpty()) o.put("otherLines", others);
            String text = Wording.team(person, all, ids);
            if (!others.isEmpty()) {
                text += "\n" + String.join(", ", others) + (others.size() == 1 ? " also has" : " also have") + " a line to "
                        + person + ", but not as primary line: chain and team follow the primary line (see reports-to "
                        + others.get(0) + ").";
            }
            return new Reply(this, text, List.of(), o, text + "\n", 0);
        }

        @Override public Reply ask(Org org, String question) {
            if (org.person(person).isEmpty()) return Roles.team(org, this, question);
            List<String> ids = org.directReports(person);
            String text = ids.isEmpty() ? "Nobody reports directly to " + person + "."
                    : "Reporting directly to " + person + ": " + String.join(", ", ids);
            Map<String, Object> o = Wording.obj("reports", ids);
            o.put("text", text);
            o.put("reasons", List.of());
            return new Reply(this, text, List.of(), o, text + "\n", 0).asked(question);
        }

        @Override public Explanation explain(Explainer ex, Org org) { return ex.team(person, all); }
    }

    /** {@code person}'s peers (平级): same company and rank, neither in the other's chain. */
    record Peers(String person) implements Query {
        public String command() { return "peers"; }
        public List<String> args() { return List.of(person); }

        public Reply answer(Org org) {
            List<String> ids = org.peers(person);
            Map<String, Object> o = Wording.obj("person", person);
            o.put("peers", ids);
            String text = Wording.peers(person, ids);
            return new Reply(this, text, List.of(), o, text + "\n", 0);
        }

        @Override public Reply ask(Org org, String question) {
            List<String> ids = org.peers(person);
            String text = ids.isEmpty() ? person + " has no peers." : person + "'s peers: " + String.join(", ", ids);
            Map<String, Object> o = Wording.obj("peers", ids);
            o.put("text", text);
            o.put("reasons", List.of());
            return new Reply(this, text, List.of(), o, text + "\n", 0).asked(question);
        }

        @Override public Explanation explain(Explainer ex, Org org) { return ex.peers(person); }
    }

    /** Which facts break the rules; exit code 1 when any is an ERROR. */
    record Check() implements Query {
        public String command() { return "check"; }
        public List<String> args() { return List.of(); }

        public Reply answer(Org org) {
            List<Violation> vs = org.violations();
            List<Object> list = new ArrayList<>();
            StringBuilder plain = new StringBuilder();
            for (Violation v : vs) {
                Map<String, Object> o = Wording.obj("rule", v.rule());
                o.put("source", v.source());
                o.put("severity", v.severity().name());
                o.put("people", v.people());
                o.put("message", v.message());
                list.add(o);
                plain.append(v.severity()).append(' ').append(v.message()).append('\n');
                plain.append("    rule: ").append(v.rule()).append(v.source().isEmpty() ? "" : " [" + v.source() + "]").append('\n');
            }
            long errors = vs.stream().filter(v -> v.severity() == Severity.ERROR).count();
            String text = vs.isEmpty() ? "No violations: the facts keep every rule."
                    : errors + " errors, " + (vs.size() - errors) + " warnings";
            plain.append(text).append('\n');
            List<Reason> reasons = vs.stream().map(v -> new Reason(v.rule(), v.source(), v.message(), List.of())).toList();
            return new Reply(this, text, reasons, Wording.obj("violations", list), plain.toString(), errors > 0 ? 1 : 0);
        }

        /** As {@code check} itself: the same JSON, and exit 1 when any violation is an ERROR. */
        @Override public Reply ask(Org org, String question) { return answer(org); }

        @Override public Explanation explain(Explainer ex, Org org) { return ex.check(); }
    }

    /** Every distinct title of the facts as the ladder read it. */
    record Titles() implements Query {
        public String command() { return "titles"; }
        public List<String> args() { return List.of(); }

        public Reply answer(Org org) {
            List<TitleReading> readings = TitleReview.of(org);
            List<Object> list = new ArrayList<>();
            StringBuilder plain = new StringBuilder();
            List<Reason> reasons = new ArrayList<>();
            for (TitleReading t : readings) {
                Map<String, Object> o = Wording.obj("title", t.title());
                o.put("department", t.department());
                o.put("people", t.people().size());
                o.put("ids", t.people().size() <= 20 ? t.people() : t.people().subList(0, 20));
                o.put("rank", t.rank());
                o.put("level", t.rank() == null ? null : t.level());
                o.put("function", t.function());
                Map<String, Object> words = Wording.obj("rank", t.roleWord());
                words.put("modifiers", t.modifiers());
                words.put("function", t.functionWord());
                words.put("functionFromDepartment", t.functionFromDepartment());
                o.put("words", words);
                o.put("unit", t.unit());
                o.put("confidence", t.confidence().name());
                o.put("doubts", t.doubts());
                o.put("reasons", Wording.reasons(t.reasons()));
                list.add(o);
                reasons.addAll(t.reasons());
                plain.append(String.format("%-9s %s  [%d %s]", t.confidence(), t.text(), t.people().size(),
                        t.people().size() == 1 ? "person" : "people")).append('\n');
                for (Reason r : t.reasons()) {
                    plain.append("    ").append(r.text()).append(r.source().isEmpty() ? "" : " [" + r.source() + "]")
                            .append(": ").append(r.rule()).append('\n');
                }
            }
            Map<String, Object> top = Wording.obj("titles", list);
            Map<String, Object> counts = new LinkedHashMap<>();
            for (TitleReading.Confidence c : TitleReading.Confidence.values()) {
                counts.put(c.name(), readings.stream().filter(t -> t.confidence() == c).count());
            }
            top.put("counts", counts);
            long unknown = (Long) counts.get(TitleReading.Confidence.UNKNOWN.name());
            long unsure = (Long) counts.get(TitleReading.Confidence.UNCERTAIN.name());
            String text = readings.size() + " titles: " + (readings.size() - unknown - unsure) + " certain, " + unsure
                    + " uncertain, " + unknown + " unknown";
            plain.append(text).append('\n');
            return new Reply(this, text, reasons, top, plain.toString(), 0);
        }
    }

    // ------------------------------------------------------------------ the rest of the article (Knowledge)

    /** Whom {@code who} directs by functional direction (K2.4). */
    record Directs(String who) implements Query {
        public String command() { return "directs"; }
        public List<String> args() { return List.of(who); }
        public Reply answer(Org org) { return knowledge(this, Knowledge.of(org).directs(who)); }

        /** A person; else each holder of the role in the facts (K2.4). */
        @Override public Reply ask(Org org, String question) {
            return Roles.person(org, who).isPresent() ? answer(org).asked(question) : Roles.directs(org, this, question);
        }
    }

    /** Whose arrangements {@code who} (a person or a department) follows (K2.4). */
    record DirectedBy(String who) implements Query {
        public String command() { return "directed-by"; }
        public List<String> args() { return List.of(who); }
        public Reply answer(Org org) { return knowledge(this, Knowledge.of(org).directedBy(who)); }
    }

    /** Who approves the {@code matter} that {@code drafter} drafts (K2.6). */
    record Approver(String drafter, String matter) implements Query {
        public String command() { return "approver"; }
        public List<String> args() { return List.of(drafter, matter); }
        public Reply answer(Org org) { return knowledge(this, Knowledge.of(org).approver(drafter, matter)); }

        /** A person's matter; else the matter a role drafts, or whoever drafts it (drafter ""), from K2.6 and the facts. */
        @Override public Reply ask(Org org, String question) {
            return Roles.person(org, drafter).isPresent() ? answer(org).asked(question) : Roles.approver(org, this, question);
        }
    }

    /** {@code who}'s management class (K3.1, K3.2): senior management, middle management or staff. */
    record ManagementClass(String who) implements Query {
        public String command() { return "class"; }
        public List<String> args() { return List.of(who); }
        public Reply answer(Org org) { return knowledge(this, Knowledge.of(org).managementClass(who)); }
    }

    /** Who owns product line {@code line} (K5.2). */
    record Owner(String line) implements Query {
        public String command() { return "owner"; }
        public List<String> args() { return List.of(line); }
        public Reply answer(Org org) { return knowledge(this, Knowledge.of(org).owner(line)); }
    }

    /** The product lines {@code who} owns or, as a product director, hands out (K5.2). */
    record Lines(String who) implements Query {
        public String command() { return "lines"; }
        public List<String> args() { return List.of(who); }
        public Reply answer(Org org) { return knowledge(this, Knowledge.of(org).lines(who)); }
    }

    /** The KPIs for evaluating {@code who} (K8). */
    record Kpis(String who) implements Query {
        public String command() { return "kpis"; }
        public List<String> args() { return List.of(who); }
        public Reply answer(Org org) { return knowledge(this, Knowledge.of(org).kpis(who)); }

        /** A person or a kind; else a role (产品经理): the KPIs of each kind, and the kind of each holder (Q8). */
        @Override public Reply ask(Org org, String question) {
            try {
                return answer(org).asked(question);
            } catch (org.orgrules.view.UnknownSubjectException e) {
                return Roles.kpis(org, this, question);
            }
        }
    }

    /** {@code who}'s duties (a person or a bare title), with a production director's seven steps (Q4). */
    record Duties(String who) implements Query {
        public String command() { return "duties"; }
        public List<String> args() { return List.of(who); }
        public Reply answer(Org org) { return knowledge(this, Knowledge.of(org).duties(who)); }
    }

    // ------------------------------------------------------------------ roles compared, counted (Q1, Q3, Q5, K2.2)

    /** How {@code a} and {@code b} (people or bare titles) differ: who is senior, and each one's duties (Q1, Q3). */
    record Compare(String a, String b) implements Query {
        public String command() { return "compare"; }
        public List<String> args() { return List.of(a, b); }
        public Reply answer(Org org) { return Roles.compare(org, a, b, this, false); }
    }

    /** How {@code a} and {@code b} work together (Q5): who is senior, and the duties the article gives both in the same statements. */
    record Together(String a, String b) implements Query {
        public String command() { return "together"; }
        public List<String> args() { return List.of(a, b); }
        public Reply answer(Org org) { return Roles.compare(org, a, b, this, true); }
    }

    /** How many holders of {@code title} a company may have (K2.2), and how many each company of the facts has. */
    record HowMany(String title) implements Query {
        public String command() { return "how-many"; }
        public List<String> args() { return List.of(title); }
        public Reply answer(Org org) { return Roles.howMany(org, this); }
    }

    /** A knowledge answer: its record's fields as JSON; its text, items and reasons as the CLI prints them. */
    private static Reply knowledge(Query q, Knowledge.Answer a) {
        StringBuilder b = new StringBuilder(a.text()).append('\n');
        if (a instanceof KpiAnswer k) {
            for (KpiItem i : k.kpis()) {
                b.append("  - ").append(i.phase() == null ? "" : "[" + i.phase().toLowerCase(Locale.ROOT) + "] ")
                        .append(i.english()).append(" / ").append(i.chinese()).append(" [").append(i.source()).append("]\n");
            }
            for (KindItem i : k.kinds()) {
                b.append("  kind ").append(i.names().isEmpty() ? i.key() : i.names().get(0)).append(": ")
                        .append(i.english()).append(" / ").append(i.chinese()).append('\n');
            }
        } else if (a instanceof org.orgrules.knowledge.Duties d) {
            for (DutyItem i : d.duties()) {
                b.append("  - ").append(i.chinese()).append(" — ").append(i.english()).append(" [").append(i.source()).append("]\n");
            }
            if (!d.steps().isEmpty()) b.append("  the seven sand-table production steps, in order:\n");
            for (DutyItem i : d.steps()) {
                b.append("  ").append(i.step()).append(". ").append(i.chinese()).append(" — ").append(i.english())
                        .append(" [").append(i.source()).append("]\n");
            }
        }
        Wording.appendReasons(b, a.reasons());
        return new Reply(q, a.text(), a.reasons(), Replies.fields(a), b.toString(), 0);
    }
}
