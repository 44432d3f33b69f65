package org.orgrules.testing;

import org.orgrules.knowledge.LineOwner;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.orgrules.knowledge.Knowledge;
import org.orgrules.view.Org;
import org.orgrules.OrgExpert;
import org.orgrules.view.UnknownPersonException;
import org.orgrules.view.UnknownSubjectException;
import org.orgrules.engine.RuleInfo;
import org.orgrules.engine.RulesException;
import org.orgrules.explain.Explainer;
import org.orgrules.explain.Explanation;
import org.orgrules.explain.Statements;
import org.orgrules.facts.LoadProblem;
import org.orgrules.facts.LoadResult;
import org.orgrules.model.LineType;
import org.orgrules.model.ManagerLine;
import org.orgrules.model.Person;
import org.orgrules.model.Reason;
import org.orgrules.model.ReportsTo;
import org.orgrules.model.TitleReading;
import org.orgrules.model.Violation;
import org.orgrules.query.Query;
import org.orgrules.query.Questions;
import org.orgrules.query.QueryParser;
import org.orgrules.query.Reply;
import org.orgrules.titles.TitleReview;

/**
 * Runs rule-test suites against an {@link OrgExpert}'s rules, through the public {@link Org} API, the
 * same answers the CLI gives. Facts shared by a suite's cases are derived once. Thread-safe.
 *
 * <p>Why it is long: it compares every kind of expectation with the answer the CLI would give and words
 * each mismatch, and keeps the coverage of statements; the comparisons share the derived facts of a
 * suite.
 */
public final class SuiteRunner {
    private final OrgExpert expert;
    private final Statements statements;
    private final Map<FactsSpec, Org> orgs = new ConcurrentHashMap<>();

    public SuiteRunner(OrgExpert expert) {
        this.expert = expert;
        this.statements = expert.statements();
    }

    /** Every case of the suite, in order; a case's results are one per expectation. */
    public List<Result> run(Suite suite) {
        List<Result> out = new ArrayList<>();
        for (Case c : suite.cases()) out.addAll(run(c));
        return out;
    }

    /**
     * One case: one result per expectation.
     *
     * @throws SuiteException when the case's facts cannot be loaded cleanly (naming the facts' file:line)
     */
    public List<Result> run(Case c) {
        Org org = org(c);
        Explainer explainer = new Explainer(org, statements);
        Knowledge knowledge = Knowledge.of(org);
        List<Result> out = new ArrayList<>();
        for (Expectation e : c.expectations()) out.add(evaluate(c, e, org, explainer, knowledge));
        return out;
    }

    private Org org(Case c) {
        return orgs.computeIfAbsent(c.facts(), f -> {
            Org org = !f.inline() ? expert.load(f.path(), f.day())
                    : f.companyFacts().isEmpty() ? expert.of(f.people(), f.day())
                    : expert.of(new LoadResult(f.people(), List.of(), f.companyFacts()), f.day());
            if (!org.loadProblems().isEmpty()) {
                LoadProblem p = org.loadProblems().get(0);
                throw new SuiteException(p.file(), p.line(), p.message() + " (facts of case '" + c.name() + "' at " + c.file() + ":" + c.line() + ")");
            }
            return org;
        });
    }

    private Result evaluate(Case c, Expectation e, Org org, Explainer ex, Knowledge k) {
        try {
            if (e.question() != null) {
                // as ask reads it: people named by name or surname + title are the org's people
                Query q = Questions.resolve(org, query(e));
                List<String> args = new ArrayList<>(q.args());
                args.remove("--all");
                e = new Expectation(e.kind(), args, e.question(), e.fields(), e.file(), e.line());
                if (REPLY_KEYS.containsAll(e.fields().keySet())) {
                    // only the reply's text and JSON: the answer as ask gives it, for a person or a role
                    Reply r = q.ask(org, e.question());
                    return replyCheck(e, r).result(c, e, ex.of(e.kind() + " " + String.join(" ", args), r.text(), r.reasons()));
                }
            }
            Result r = switch (e.kind()) {
                case "senior" -> senior(c, e, org, ex);
                case "reports-to" -> e.args().size() == 2 ? reportsToBoth(c, e, org, ex) : reportsTo(c, e, org, ex);
                case "chain" -> chain(c, e, org, ex);
                case "team" -> team(c, e, org, ex);
                case "peers" -> peers(c, e, org, ex);
                case "check" -> check(c, e, org);
                case "title" -> title(c, e, org);
                case "directs", "directed-by", "approver", "class", "owner", "lines", "kpis", "duties" -> knowledge(c, e, k, ex);
                default -> reply(c, e, org, ex);
            };
            boolean special = !e.kind().equals("title") && !(e.kind().equals("check") && !e.args().isEmpty());
            return special && QueryParser.kind(e.kind()).isPresent() ? withReply(c, e, org, r) : r;
        } catch (UnknownPersonException | UnknownSubjectException | RulesException x) {
            return new Result(c, e, false, expected(e), "error: " + x.getMessage(), List.of(), List.of());
        }
    }

    /**
     * Any other query, as {@link QueryParser} reads it: {@code text} is contained in the reply's
     * sentence, each {@code json} field has the given value (as text) in the reply's JSON.
     */
    private Result reply(Case c, Expectation e, Org org, Explainer ex) {
        Query q = query(e);
        return replyCheck(e, q.answer(org)).result(c, e, q.explain(ex, org));
    }

    private static Query query(Expectation e) {
        return QueryParser.parse(e.kind(), e.args(), Boolean.TRUE.equals(e.fields().get("all")));
    }

    /** {@code text} and {@code json}, which every query takes besides its own keys. */
    @SuppressWarnings("unchecked")
    private static Check replyCheck(Expectation e, Reply r) {
        Check k = new Check();
        Object text = e.fields().get("text");
        if (text != null) {
            k.expected.add("text containing \"" + text + "\"");
            k.actual.add("text \"" + r.text() + "\"");
            if (!r.text().contains((String) text)) k.ok = false;
        }
        Object json = e.fields().get("json");
        if (json != null) {
            for (Map.Entry<String, String> f : ((Map<String, String>) json).entrySet()) k.eq(f.getKey(), f.getValue(), r.json().get(f.getKey()));
        }
        return k;
    }

    /** The keys an expectation checks on the reply itself. */
    private static final java.util.Set<String> REPLY_KEYS = java.util.Set.of("text", "json", "because");

    /** {@code r}, and also the {@code text} and {@code json} of the reply (as ask gives it, for a question) when the expectation gives them. */
    private static Result withReply(Case c, Expectation e, Org org, Result r) {
        if (!e.fields().containsKey("text") && !e.fields().containsKey("json")) return r;
        Check k = replyCheck(e, e.question() != null ? query(e).ask(org, e.question()) : query(e).answer(org));
        boolean ok = r.passed() && k.ok;
        return new Result(c, e, ok, r.expected() + ", " + String.join(", ", k.expected), r.actual() + ", " + String.join(", ", k.actual),
                r.reasons(), ok ? r.covers() : List.of());
    }

    private Result senior(Case c, Expectation e, Org org, Explainer ex) {
        var s = org.whoIsSenior(e.args().get(0), e.args().get(1));
        Check k = new Check();
        k.eq("answer", e.fields().get("answer"), s.answer().name());
        return k.result(c, e, ex.senior(e.args().get(0), e.args().get(1)));
    }

    private Result reportsTo(Case c, Expectation e, Org org, Explainer ex) {
        List<ManagerLine> lines = org.managersOf(e.args().get(0));
        Check k = new Check();
        k.sameSet("managers", e.fields().get("managers"), lines.stream().map(ManagerLine::id).toList());
        Object inferred = e.fields().get("inferred");
        List<Boolean> flags = lines.stream().map(ManagerLine::inferred).toList();
        if (inferred != null) {
            k.expected.add("inferred " + inferred);
            k.actual.add("inferred " + flags);
            if (lines.isEmpty() || flags.stream().anyMatch(f -> !f.equals(inferred))) k.ok = false;
        }
        for (LineType t : List.of(LineType.DOTTED, LineType.ACTING)) {
            Object want = e.fields().get(t.word());
            if (want != null) k.sameSet(t.word(), want, lines.stream().filter(l -> l.type() == t).map(ManagerLine::id).toList());
        }
        return k.result(c, e, ex.managers(e.args().get(0)));
    }

    private Result reportsToBoth(Case c, Expectation e, Org org, Explainer ex) {
        ReportsTo r = org.reportsTo(e.args().get(0), e.args().get(1));
        Check k = new Check();
        k.eq("answer", e.fields().get("answer"), r.answer());
        k.sameList("path", e.fields().get("path"), r.path());
        k.eq("line", e.fields().get("line"), r.line() == null ? "none" : r.line().word());
        return k.result(c, e, ex.reportsTo(e.args().get(0), e.args().get(1)));
    }

    private Result chain(Case c, Expectation e, Org org, Explainer ex) {
        var ch = org.chainOfCommand(e.args().get(0));
        Check k = new Check();
        k.sameList("chain", e.fields().get("is"), ch.chain());
        k.eq("cycle", e.fields().get("cycle"), ch.cycle());
        return k.result(c, e, ex.chain(e.args().get(0)));
    }

    private Result team(Case c, Expectation e, Org org, Explainer ex) {
        boolean all = Boolean.TRUE.equals(e.fields().get("all"));
        String a = e.args().get(0);
        Check k = new Check();
        k.sameSet(all ? "all reports" : "direct reports", e.fields().get("is"), all ? org.allReports(a) : org.directReports(a));
        return k.result(c, e, ex.team(a, all));
    }

    private Result peers(Case c, Expectation e, Org org, Explainer ex) {
        Check k = new Check();
        k.sameSet("peers", e.fields().get("is"), org.peers(e.args().get(0)));
        return k.result(c, e, ex.peers(e.args().get(0)));
    }

    /**
     * A knowledge query ({@link Knowledge}): the answer is checked field by field, and its reasons go
     * through the same {@link Explainer#of} as every other answer, so {@code because} and coverage
     * count the K-statements the answer's reasons cite.
     */
    private Result knowledge(Case c, Expectation e, Knowledge k, Explainer ex) {
        List<String> a = e.args();
        Map<String, Object> f = e.fields();
        Check check = new Check();
        Knowledge.Answer answer = switch (e.kind()) {
            case "directs" -> {
                var d = k.directs(a.get(0));
                List<String> got = new ArrayList<>(d.departments());
                got.addAll(d.people());
                check.sameSet("directs", f.get("is"), got);
                check.empty("directs", f.get("none"), got);
                yield d;
            }
            case "directed-by" -> {
                var d = k.directedBy(a.get(0));
                check.sameSet("directed by", f.get("is"), d.directors());
                check.empty("directed by", f.get("none"), d.directors());
                yield d;
            }
            case "approver" -> {
                var d = k.approver(a.get(0), a.get(1));
                check.sameSet("approver", f.get("is"), d.approvers());
                check.empty("approver", f.get("none"), d.approvers());
                yield d;
            }
            case "class" -> {
                var d = k.managementClass(a.get(0));
                check.eq("class", f.get("is"), d.level() == null ? "none" : d.level().name());
                yield d;
            }
            case "owner" -> {
                var d = k.owner(a.get(0));
                List<String> got = d.owners().stream().map(LineOwner::manager).toList();
                check.sameSet("owners", f.get("is"), got);
                check.empty("owners", f.get("none"), got);
                yield d;
            }
            case "lines" -> {
                var d = k.lines(a.get(0));
                check.sameSet("lines", f.get("is"), d.lines());
                check.empty("lines", f.get("none"), d.lines());
                yield d;
            }
            case "kpis" -> {
                var d = k.kpis(a.get(0));
                check.includes("KPIs", f.get("include"), d.kpis().stream().map(i -> List.of(i.english(), i.chinese())).toList());
                check.eq("kind-unknown", f.get("kind-unknown"), !d.kindKnown());
                yield d;
            }
            default -> {
                var d = k.duties(a.get(0));
                check.includes("duties", f.get("include"), d.duties().stream().map(i -> List.of(i.english(), i.chinese())).toList());
                check.inOrder("steps", f.get("steps"), d.steps().stream().map(i -> List.of(i.english(), i.chinese())).toList());
                yield d;
            }
        };
        return check.result(c, e, ex.of(e.kind() + " " + String.join(" ", a), answer.text(), answer.reasons()));
    }

    @SuppressWarnings("unchecked")
    /** How the ladder reads a bare title (or a person's title, when the argument is a person's id). */
    private Result title(Case c, Expectation e, Org org) {
        String t = e.args().get(0);
        Person p = org.person(t).orElse(null);
        TitleReading r = TitleReview.read(org, p == null ? t : p.getTitle(), p == null ? "" : p.getDepartment());
        Check k = new Check();
        k.eq("rank", e.fields().get("rank"), r.rank() == null ? "none" : r.rank());
        k.eq("function", e.fields().get("function"), r.function() == null ? "none" : r.function());
        k.eq("confidence", e.fields().get("confidence"), r.confidence().name());
        k.eq("unit", e.fields().get("unit"), r.unit());
        k.eq("head", e.fields().get("head"), r.head());
        List<Explanation.Step> steps = new ArrayList<>();
        for (Reason x : r.reasons()) {
            RuleInfo info = org.rules().rule(x.rule());
            steps.add(new Explanation.Step(x.rule(), x.source(), info == null ? "" : info.location(), null,
                    List.of(new Explanation.Because(x.text(), List.of()))));
        }
        return k.result(c, e, new Explanation("title " + t, r.text(), steps));
    }

    private Result check(Case c, Expectation e, Org org) {
        List<Violation> vs = e.args().isEmpty() ? org.violations() : org.violationsOf(e.args().get(0));
        List<String> expected = new ArrayList<>();
        boolean ok = true;
        List<String> covers = new ArrayList<>();
        for (var m : (List<Expectation.ViolationMatch>) e.fields().getOrDefault("must", List.of())) {
            expected.add("a violation " + m);
            Violation hit = vs.stream().filter(v -> matches(m, v)).findFirst().orElse(null);
            if (hit == null) ok = false;
            else if (!hit.source().isEmpty()) covers.add(hit.source());
        }
        for (var m : (List<Expectation.ViolationMatch>) e.fields().getOrDefault("must-not", List.of())) {
            expected.add("no violation " + m);
            if (vs.stream().anyMatch(v -> matches(m, v))) ok = false;
        }
        if (Boolean.TRUE.equals(e.fields().get("none"))) {
            expected.add("no violations at all");
            if (!vs.isEmpty()) ok = false;
        } else if (Boolean.FALSE.equals(e.fields().get("none"))) {
            expected.add("some violation");
            if (vs.isEmpty()) ok = false;
        }
        List<String> actual = vs.stream().map(v -> v.severity() + " \"" + v.rule() + "\" [" + v.source() + "] " + v.people()).toList();
        List<Reason> reasons = vs.stream().map(Violation::asReason).toList();
        return new Result(c, e, ok, String.join("; ", expected), actual.isEmpty() ? "no violations" : String.join("; ", actual),
                reasons, ok ? covers.stream().distinct().toList() : List.of());
    }

    private static boolean matches(Expectation.ViolationMatch m, Violation v) {
        return (v.rule().equals(m.what()) || v.source().equals(m.what())) && v.people().containsAll(m.people())
                && (m.severity() == null || v.severity().name().equals(m.severity()));
    }

    private static String expected(Expectation e) {
        List<String> parts = new ArrayList<>();
        e.fields().forEach((k, v) -> parts.add(k + " " + v));
        return String.join(", ", parts);
    }

    /**
     * Which suites exercise each K-statement, by the results that passed: statement → suite files.
     */
    public static Map<String, List<String>> coverage(List<Result> results) {
        Map<String, TreeSet<String>> by = new TreeMap<>();
        for (Result r : results) {
            if (!r.passed()) continue;
            for (String k : r.covers()) by.computeIfAbsent(k, x -> new TreeSet<>()).add(r.expectation().file());
        }
        Map<String, List<String>> out = new TreeMap<>();
        by.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return out;
    }

    /** Expected and actual, accumulated field by field. */
    private static final class Check {
        final List<String> expected = new ArrayList<>(), actual = new ArrayList<>();
        boolean ok = true;

        void eq(String what, Object want, Object got) {
            if (want == null) return;
            expected.add(what + " " + want);
            actual.add(what + " " + got);
            if (!Objects.equals(String.valueOf(want), String.valueOf(got))) ok = false;
        }

        @SuppressWarnings("unchecked")
        void sameSet(String what, Object want, List<String> got) {
            if (want == null) return;
            List<String> w = new ArrayList<>((List<String>) want), g = new ArrayList<>(got);
            expected.add(what + " " + w);
            actual.add(what + " " + g);
            if (!new TreeSet<>(w).equals(new TreeSet<>(g)) || w.size() != g.size()) ok = false;
        }

        /** {@code none: true}: nothing; {@code none: false}: something. */
        void empty(String what, Object none, List<String> got) {
            if (none == null) return;
            expected.add(Boolean.TRUE.equals(none) ? "no " + what : "some " + what);
            actual.add(what + " " + got);
            if (got.isEmpty() != Boolean.TRUE.equals(none)) ok = false;
        }

        /** Each wanted text names one of the items: it is contained (any case) in the item's English or Chinese. */
        @SuppressWarnings("unchecked")
        void includes(String what, Object want, List<List<String>> got) {
            if (want == null) return;
            List<String> w = (List<String>) want;
            expected.add(what + " including " + w);
            actual.add(what + " [" + String.join("; ", got.stream().map(i -> i.get(0)).toList()) + "]");
            for (String x : w) if (got.stream().noneMatch(i -> names(i, x))) ok = false;
        }

        /** As many items as wanted, the n-th wanted text naming the n-th item. */
        @SuppressWarnings("unchecked")
        void inOrder(String what, Object want, List<List<String>> got) {
            if (want == null) return;
            List<String> w = (List<String>) want;
            expected.add(what + " " + w);
            actual.add(what + " " + got.stream().map(i -> i.get(1).replaceAll("[:：].*", "")).toList());
            if (w.size() != got.size()) ok = false;
            for (int i = 0; ok && i < w.size(); i++) if (!names(got.get(i), w.get(i))) ok = false;
        }

        private static boolean names(List<String> item, String text) {
            String t = text.strip().toLowerCase(Locale.ROOT);
            return !t.isEmpty() && item.stream().anyMatch(s -> s.toLowerCase(Locale.ROOT).contains(t));
        }

        @SuppressWarnings("unchecked")
        void sameList(String what, Object want, List<String> got) {
            if (want == null) return;
            expected.add(what + " " + want);
            actual.add(what + " " + got);
            if (!((List<String>) want).equals(got)) ok = false;
        }

        Result result(Case c, Expectation e, Explanation x) {
            List<Reason> reasons = new ArrayList<>();
            for (Explanation.Step s : x.steps()) {
                for (Explanation.Because b : s.because()) reasons.add(new Reason(s.rule(), s.source(), b.text(), b.facts()));
            }
            Object because = e.fields().get("because");
            if (because != null) {
                @SuppressWarnings("unchecked") List<String> want = (List<String>) because;
                List<String> missing = want.stream().filter(w -> x.steps().stream()
                        .noneMatch(s -> s.rule().equals(w) || s.source().equals(w))).toList();
                expected.add("because " + want);
                actual.add("because " + x.steps().stream().map(s -> s.source().isEmpty() ? s.rule() : s.source()).distinct().toList());
                if (!missing.isEmpty()) ok = false;
            }
            return new Result(c, e, ok, String.join(", ", expected), String.join(", ", actual), reasons,
                    ok ? x.sources() : List.of());
        }
    }
}
