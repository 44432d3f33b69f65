package org.orgrules.view;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.orgrules.engine.Classification;
import org.orgrules.engine.SeniorityTable;
import org.orgrules.model.Answer;
import org.orgrules.model.Reason;
import org.orgrules.model.ReportingLine;
import org.orgrules.model.Seniority;
import org.orgrules.model.SeniorityCase;
import org.orgrules.model.Violation;

/**
 * Who is senior: the case two people (or bare titles) make — same company, chain of command, what is
 * known of both ranks — decided by the table of {@code rules/core/seniority.drl}, and the answer's reasons.
 */
final class SeniorityCases {
    private final Index x;
    private final PersonResolver names;
    private final Wording words;
    private final Walks walks;
    private final Violations violations;
    private volatile RankSpans spans;

    SeniorityCases(Index x, PersonResolver names, Wording words, Walks walks, Violations violations) {
        this.x = x;
        this.names = names;
        this.words = words;
        this.walks = walks;
        this.violations = violations;
    }

    /** See {@link Org#whoIsSenior}. */
    Seniority whoIsSenior(String a, String b) {
        int ia = names.index(a), ib = names.index(b);
        Classification ca = ia >= 0 ? x.cls[ia] : x.rules.classify(a, "");
        Classification cb = ib >= 0 ? x.cls[ib] : x.rules.classify(b, "");
        Case c = caseOf(ia, ib, ca, cb);
        SeniorityTable.Decision d = decide(c);

        String first = ia >= 0 ? words.shortName(ia) : a, second = ib >= 0 ? words.shortName(ib) : b;
        String unknown = !ca.hasRank() && !cb.hasRank() ? a + " and " + b : !ca.hasRank() ? a : b;
        String firstRank = rankText(ca, c.a), secondRank = rankText(cb, c.b);
        List<Reason> reasons = new ArrayList<>();
        for (Reason r : d.reasons()) {
            reasons.add(new Reason(r.rule(), r.source(), r.text().replace("{first}", first)
                    .replace("{second}", second).replace("{unknown}", "'" + unknown + "'")
                    .replace("{firstRank}", firstRank).replace("{secondRank}", secondRank), words.subjectFacts(ia, ib)));
        }
        SeniorityCase.Chain chain = c.chain;
        if (chain == SeniorityCase.Chain.FIRST_ABOVE) reasons.addAll(walks.commandPathReasons(ib, ia));
        if (chain == SeniorityCase.Chain.SECOND_ABOVE) reasons.addAll(walks.commandPathReasons(ia, ib));
        if (c.inverted) reasons.addAll(inversionsBetween(chain == SeniorityCase.Chain.FIRST_ABOVE ? ib : ia,
                chain == SeniorityCase.Chain.FIRST_ABOVE ? ia : ib));
        reasons.addAll(Wording.rankReasons(ca, ia >= 0 ? words.shortName(ia) : a));
        reasons.addAll(Wording.rankReasons(cb, ib >= 0 ? words.shortName(ib) : b));
        if (ia < 0 && !ca.hasRank() && !a.isBlank()) reasons.add(Wording.noSuchPerson(a));
        if (ib < 0 && !cb.hasRank() && !b.isBlank()) reasons.add(Wording.noSuchPerson(b));
        return new Seniority(ia >= 0 ? x.people[ia].getId() : a, ib >= 0 ? x.people[ib].getId() : b, d.answer(), reasons);
    }

    /** The rules' answer for two people, without the reasons. */
    Answer whoIsSenior(int ia, int ib) {
        return decide(caseOf(ia, ib, x.cls[ia], x.cls[ib])).answer();
    }

    /** What is known of one side's rank: a span of levels and who bounds it (see {@link RankSpans}). */
    private record Span(int lo, int hi, int loBy, int hiBy, boolean exact) {
        static final Span UNBOUNDED = new Span(Integer.MIN_VALUE, Integer.MAX_VALUE, RankSpans.NONE, RankSpans.NONE, false);
        static Span of(Classification c, int who) {
            return c.hasRank() ? new Span(c.level(), c.level(), who, who, true) : UNBOUNDED;
        }
    }

    /** One seniority case as the rules are asked it, with what is known of both ranks. */
    private record Case(boolean same, SeniorityCase.Chain chain, SeniorityCase.Ranks ranks, boolean inverted,
                        boolean article, Span a, Span b) {}

    private SeniorityTable.Decision decide(Case c) {
        return x.rules.seniority().decide(c.same, c.chain, c.ranks, c.inverted, c.article);
    }

    /**
     * The case of {@code ia} and {@code ib} (person indexes, or -1 for a bare title classified as
     * {@code ca} / {@code cb}). With the rules of {@code seniority.drl} the answers are a strict
     * partial order on the people of every org: "a is senior to b" holds exactly when lo(a) &gt; hi(b),
     * or a is above b in the chain of command (and b not above a) with lo(a) ≥ lo(b) and hi(a) ≥ hi(b),
     * for the spans of {@link RankSpans}. Both parts chain into each other (lo ≤ hi for everyone), so
     * the order is transitive, and neither part can hold both ways, so it is antisymmetric.
     */
    private Case caseOf(int ia, int ib, Classification ca, Classification cb) {
        boolean people2 = ia >= 0 && ib >= 0;
        boolean same = !people2 || x.company[ia] == x.company[ib];
        SeniorityCase.Chain chain = SeniorityCase.Chain.NONE;
        if (people2 && ia != ib) {
            boolean aAbove = walks.commandAbove(ia, ib), bAbove = walks.commandAbove(ib, ia);
            chain = aAbove && bAbove ? SeniorityCase.Chain.CYCLE
                    : aAbove ? SeniorityCase.Chain.FIRST_ABOVE
                    : bAbove ? SeniorityCase.Chain.SECOND_ABOVE : SeniorityCase.Chain.NONE;
        }
        Span sa = span(ia, ca), sb = span(ib, cb);
        SeniorityCase.Ranks ranks;
        if (sa.exact && sb.exact) {
            ranks = sa.lo > sb.lo ? SeniorityCase.Ranks.HIGHER : sa.lo < sb.lo ? SeniorityCase.Ranks.LOWER : SeniorityCase.Ranks.EQUAL;
        } else if (sa.lo > sb.hi) {
            ranks = SeniorityCase.Ranks.BOUNDED_HIGHER;
        } else if (sb.lo > sa.hi) {
            ranks = SeniorityCase.Ranks.BOUNDED_LOWER;
        } else {
            ranks = SeniorityCase.Ranks.UNKNOWN;
        }
        boolean inverted = chain == SeniorityCase.Chain.FIRST_ABOVE ? !(sa.lo >= sb.lo && sa.hi >= sb.hi)
                : chain == SeniorityCase.Chain.SECOND_ABOVE && !(sb.lo >= sa.lo && sb.hi >= sa.hi);
        boolean article = sa.exact && sb.exact && articleRung(ca) && articleRung(cb);
        return new Case(same, chain, ranks, inverted, article, sa, sb);
    }

    /** True when the title's rank is a rung the article names itself: a ladder word of a rule citing it, unmodified. */
    private static boolean articleRung(Classification c) {
        return c.hasRank() && c.rank().modifiers().isEmpty() && c.rank().word().origin().source().startsWith("K");
    }

    /** What is known of the rank of person {@code i} (or of a bare title, when {@code i} is -1). */
    private Span span(int i, Classification c) {
        if (i < 0) return Span.of(c, RankSpans.NONE);
        // with the primary lines alone, a ranked title off every cycle has its level exactly (its own
        // component of RankSpans): no need to build the spans, an O(people) pass, for it. That pass is
        // what a question cost after each live update of an org with a cycle somewhere (40-50 ms at 1 M)
        if (x.command == null && c.hasRank() && (!x.cyclic || x.cycleOf[i] < 0)) return Span.of(c, i);
        RankSpans s = spans;
        if (s == null) {
            int[] level = new int[x.people.length];
            for (int k = 0; k < level.length; k++) level[k] = x.cls[k].level();
            int[] none = new int[0];
            int[] parent = x.parent;
            Graph g = x.command;
            s = new RankSpans(level, g == null ? v -> parent[v] >= 0 ? new int[] {parent[v]} : none : g::ups);
            spans = s;
        }
        return new Span(s.lo[i], s.hi[i], s.loBy[i], s.hiBy[i], s.exact[i]);
    }

    /** A side's rank in words, for {firstRank} and {secondRank}. */
    private String rankText(Classification c, Span s) {
        String own = c.hasRank() ? c.rankName() + " " + c.level() : "no rank on the ladder";
        if (s.exact) return own;
        List<String> bounds = new ArrayList<>(2);
        if (s.lo != Integer.MIN_VALUE) bounds.add("at least level " + s.lo + (s.loBy >= 0 ? ", as " + words.shortName(s.loBy) : ""));
        if (s.hi != Integer.MAX_VALUE) bounds.add("at most level " + s.hi + (s.hiBy >= 0 ? ", as " + words.shortName(s.hiBy) : ""));
        String why = c.hasRank() ? ", but on a reporting cycle" : "";
        return own + why + (bounds.isEmpty() ? "" : "; by the chain of command " + String.join(" and ", bounds));
    }

    /** The K3.1 violations on the lines from {@code lower} up to {@code upper}: the inverted lines between them. */
    private List<Reason> inversionsBetween(int lower, int upper) {
        Set<String> way = new LinkedHashSet<>();
        int[] parent = x.parent;
        way.add(x.people[lower].getId());
        Graph command = x.command;
        List<ReportingLine> lines = command == null || command.chainIncluded() && walks.above(upper, lower) ? null : command.path(lower, upper);
        if (lines == null) {
            for (int v = lower, steps = 0; parent[v] >= 0 && steps++ < x.people.length; v = parent[v]) {
                way.add(x.people[parent[v]].getId());
                if (parent[v] == upper) break;
            }
        } else {
            for (ReportingLine l : lines) way.add(l.managerId());
        }
        List<Reason> out = new ArrayList<>();
        for (String p : way) {
            for (Violation v : violations.of(p)) {
                if (v.source().equals("K3.1") && way.containsAll(v.people()) && !out.contains(v.asReason())) out.add(v.asReason());
            }
        }
        return out;
    }
}
