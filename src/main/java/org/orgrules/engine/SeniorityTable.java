package org.orgrules.engine;

import java.util.EnumMap;
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
    /** The rules' decision for one case; reasons use {first}, {second} and {unknown}. */
    public record Decision(Answer answer, List<Reason> reasons) {
        public Decision { reasons = List.copyOf(reasons); }
    }

    private final Map<Chain, Map<Ranks, Decision>> same = new EnumMap<>(Chain.class);
    private final Map<Chain, Map<Ranks, Decision>> other = new EnumMap<>(Chain.class);

    SeniorityTable(List<SeniorityCase> decided) {
        for (SeniorityCase c : decided) {
            (c.isSameCompany() ? same : other)
                    .computeIfAbsent(c.getChain(), k -> new EnumMap<>(Ranks.class))
                    .put(c.getRanks(), new Decision(c.getAnswer(), c.getReasons()));
        }
    }

    public Decision decide(boolean sameCompany, Chain chain, Ranks ranks) {
        return (sameCompany ? same : other).get(chain).get(ranks);
    }

    /** Every case, for the rules to decide. */
    static List<SeniorityCase> allCases() {
        List<SeniorityCase> cases = new java.util.ArrayList<>();
        for (boolean sameCompany : new boolean[] {true, false})
            for (Chain chain : Chain.values())
                for (Ranks ranks : Ranks.values())
                    cases.add(new SeniorityCase(sameCompany, chain, ranks));
        return cases;
    }
}
