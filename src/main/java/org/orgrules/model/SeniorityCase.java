package org.orgrules.model;

import java.util.ArrayList;
import java.util.List;

/**
 * One case of the seniority decision: what is known about A and B, and the answer the rules in
 * {@code rules/seniority.drl} give. The engine asks the rules every possible case once, when the rule
 * base is built, so a query is a table look-up that still carries the rules' reasons.
 */
public final class SeniorityCase {
    /** Where each stands in the other's chain of command. */
    public enum Chain { FIRST_ABOVE, SECOND_ABOVE, NONE, CYCLE }
    /** The first's rank compared to the second's; UNKNOWN when either title has no rank. */
    public enum Ranks { HIGHER, LOWER, EQUAL, UNKNOWN }

    private final boolean sameCompany;
    private final Chain chain;
    private final Ranks ranks;
    private Answer answer;
    private final List<Reason> reasons = new ArrayList<>();

    public SeniorityCase(boolean sameCompany, Chain chain, Ranks ranks) {
        this.sameCompany = sameCompany;
        this.chain = chain;
        this.ranks = ranks;
    }

    public boolean isSameCompany() { return sameCompany; }
    public Chain getChain() { return chain; }
    public Ranks getRanks() { return ranks; }
    public Answer getAnswer() { return answer; }
    public List<Reason> getReasons() { return List.copyOf(reasons); }

    /**
     * Called from a DRL consequence inside {@code modify}: settles the case. {@code why} may use
     * {first} and {second}; answers fill in who they are.
     */
    public void decide(org.kie.api.runtime.rule.RuleContext kcontext, Answer a, String why) {
        this.answer = a;
        this.reasons.add(RuleRef.of(kcontext).because(why));
    }

    @Override public String toString() {
        return "SeniorityCase[sameCompany=" + sameCompany + ", chain=" + chain + ", ranks=" + ranks + "]";
    }
}
