package org.orgrules.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.orgrules.model.Answer;
import org.orgrules.model.Reason;
import org.orgrules.model.SeniorityCase;
import org.orgrules.model.SeniorityCase.Chain;
import org.orgrules.model.SeniorityCase.Ranks;

/**
 * The seniority decision for every possible case, as the rules in {@code seniority.drl} decided it
 * when the rule base was built. A query is then a look-up that still carries the rules' reasons.
 */
public final class SeniorityTable {
    /** The rules' decision for one case; reasons use {first}, {second}, {unknown}, {firstRank} and {secondRank}. */
    public record Decision(Answer answer, List<Reason> reasons) {
        public Decision { reasons = List.copyOf(reasons); }
    }

    private record Key(boolean sameCompany, Chain chain, Ranks ranks, boolean inverted, boolean articleRungs) {}

    private final Map<Key, Decision> table = new HashMap<>();

    SeniorityTable(List<SeniorityCase> decided) {
        for (SeniorityCase c : decided) {
            table.put(new Key(c.isSameCompany(), c.getChain(), c.getRanks(), c.isInverted(), c.isArticleRungs()),
                    new Decision(c.getAnswer(), c.getReasons()));
        }
    }

    /** The decision for a case whose line, if any, is not inverted, of rungs the article does not compare. */
    public Decision decide(boolean sameCompany, Chain chain, Ranks ranks) {
        return decide(sameCompany, chain, ranks, false, false);
    }

    /**
     * {@code inverted}: the one above in the chain does not rank at least as high as the one below;
     * {@code articleRungs}: both ranks are rungs the article itself compares.
     */
    public Decision decide(boolean sameCompany, Chain chain, Ranks ranks, boolean inverted, boolean articleRungs) {
        return table.get(new Key(sameCompany, chain, ranks, inverted, articleRungs));
    }

    /** Every case, for the rules to decide. */
    static List<SeniorityCase> allCases() {
        List<SeniorityCase> cases = new java.util.ArrayList<>();
        for (boolean sameCompany : new boolean[] {true, false})
            for (Chain chain : Chain.values())
                for (Ranks ranks : Ranks.values())
                    for (boolean inverted : new boolean[] {false, true})
                        for (boolean article : new boolean[] {false, true}) {
                            if (inverted && chain != Chain.FIRST_ABOVE && chain != Chain.SECOND_ABOVE) continue;
                            cases.add(new SeniorityCase(sameCompany, chain, ranks, inverted, article));
                        }
        return cases;
    }
}
