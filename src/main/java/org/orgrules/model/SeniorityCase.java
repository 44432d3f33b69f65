package org.orgrules.model;

import java.util.ArrayList;
import java.util.List;

/**
 * One case of the seniority decision: what is known about A and B, and the answer the rules in
 * {@code rules/core/seniority.drl} give. The engine asks the rules every possible case once, when the rule
 * base is built, so a query is a table look-up that still carries the rules' reasons.
 */
public final class SeniorityCase {
    /** Where each stands in the other's chain of command. */
    public enum Chain { FIRST_ABOVE, SECOND_ABOVE, NONE, CYCLE }
    /**
     * The first's rank compared to the second's. HIGHER, LOWER and EQUAL compare two ranks the
     * ladder gives; BOUNDED_HIGHER and BOUNDED_LOWER compare where one rank is only bounded by the
     * chain of command (a title with no rank, or someone on a reporting cycle, ranks below the
     * people above them and above the people below them); UNKNOWN when the bounds overlap.
     */
    public enum Ranks { HIGHER, LOWER, EQUAL, UNKNOWN, BOUNDED_HIGHER, BOUNDED_LOWER }

    private final boolean sameCompany;
    private final Chain chain;
    private final Ranks ranks;
    private final boolean inverted;
    private final boolean articleRungs;
    private Answer answer;
    private final List<Reason> reasons = new ArrayList<>();

    public SeniorityCase(boolean sameCompany, Chain chain, Ranks ranks) {
        this(sameCompany, chain, ranks, false);
    }

    /**
     * {@code inverted}: the one above in the chain of command does not rank at least as high as the
     * one below (their line breaks K3.1); only with {@link Chain#FIRST_ABOVE} or {@link Chain#SECOND_ABOVE}.
     */
    public SeniorityCase(boolean sameCompany, Chain chain, Ranks ranks, boolean inverted) {
        this(sameCompany, chain, ranks, inverted, false);
    }

    /**
     * {@code articleRungs}: both ranks are rungs of a ladder rule that cites the article (总监 and
     * 经理, K2.1), not the wider vocabulary: the article itself compares them.
     */
    public SeniorityCase(boolean sameCompany, Chain chain, Ranks ranks, boolean inverted, boolean articleRungs) {
        this.sameCompany = sameCompany;
        this.chain = chain;
        this.ranks = ranks;
        this.inverted = inverted;
        this.articleRungs = articleRungs;
    }

    public boolean isSameCompany() { return sameCompany; }
    public Chain getChain() { return chain; }
    public Ranks getRanks() { return ranks; }
    public boolean isInverted() { return inverted; }
    public boolean isArticleRungs() { return articleRungs; }
    public Answer getAnswer() { return answer; }
    public List<Reason> getReasons() { return List.copyOf(reasons); }

    /**
     * Called from a DRL consequence inside {@code modify}: settles the case. {@code why} may use
     * {first} and {second}; answers fill in who they are.
     */
    public void decide(RuleRef by, Answer a, String why) {
        this.answer = a;
        this.reasons.add(by.because(why));
    }

    @Override public String toString() {
        return "SeniorityCase[sameCompany=" + sameCompany + ", chain=" + chain + ", ranks=" + ranks + ", inverted=" + inverted + ", articleRungs=" + articleRungs + "]";
    }
}
