package org.orgrules;

import org.orgrules.view.Org;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.orgrules.model.Answer;
import org.orgrules.model.Reason;
import org.orgrules.model.Seniority;

/** The decision procedure for two people, step by step, in the order the issue pins. */
class SeniorityOfPeopleTest {

    @Test
    void peopleInDifferentCompaniesAreIncomparableEvenWhenTheirRanksDiffer() {
        Org org = Fixtures.org("d|生产总监|A|", "m|生产经理|B|");
        Seniority s = org.whoIsSenior("d", "m");
        assertThat(s.answer()).isEqualTo(Answer.INCOMPARABLE);
        assertThat(s.reasons().get(0).text()).contains("different companies");
    }

    @Test
    void someoneInTheOthersChainOfCommandIsSeniorEvenAtTheSameRank() {
        Org org = Fixtures.org("boss|经理|A|", "mid|经理|A|boss", "low|经理|A|mid");
        assertThat(org.whoIsSenior("boss", "low").answer()).isEqualTo(Answer.FIRST_SENIOR);
        assertThat(org.whoIsSenior("low", "boss").answer()).isEqualTo(Answer.SECOND_SENIOR);
        assertThat(org.whoIsSenior("boss", "low").reasons()).extracting(Reason::source).contains("K3.1", "K6.2");
    }

    @Test
    void onAnInvertedLineRankDecidesAndTheAnswerNamesTheViolatedLine() {
        // an inverted line: the director reports to a manager (K3.1 flags it); rank decides, so that
        // seniority stays one order (the director outranks every manager the product manager is a peer of)
        Org org = Fixtures.org("m|Product Manager|A|", "d|Technical Director|A|m", "x|Sales Manager|A|");
        Seniority s = org.whoIsSenior("m", "d");
        assertThat(s.answer()).isEqualTo(Answer.SECOND_SENIOR);
        assertThat(s.reasons().get(0).rule()).isEqualTo("On an inverted line the higher rank is senior, not the one above in the chain");
        assertThat(s.reasons().get(0).text()).contains("d (Technical Director)", "m (Product Manager)", "inverted line");
        assertThat(s.reasons()).extracting(Reason::rule).contains("Nobody reports to someone of lower rank");
        assertThat(org.whoIsSenior("d", "x").answer()).isEqualTo(Answer.FIRST_SENIOR);
        assertThat(org.whoIsSenior("m", "x").answer()).isEqualTo(Answer.PEERS);
    }

    @Test
    void anUnknownTitleRanksBelowWhoeverItReportsToAndSoBelowWhoeverOutranksThem() {
        // x has no rank on the ladder but reports to a manager: a director elsewhere is senior to x,
        // as the director is senior to x's manager (transitivity); a peer of the manager is not
        Org org = Fixtures.org("gm|总经理|A|", "m|经理|A|gm", "x|Chief Happiness Wizard|A|m", "d|产品总监|A|gm", "p|经理|A|gm");
        Seniority s = org.whoIsSenior("d", "x");
        assertThat(s.answer()).isEqualTo(Answer.FIRST_SENIOR);
        assertThat(s.reasons().get(0).text()).contains("no rank on the ladder", "at most level 50, as m (经理)");
        assertThat(org.whoIsSenior("p", "x").answer()).isEqualTo(Answer.INCOMPARABLE);
        assertThat(org.whoIsSenior("m", "x").answer()).isEqualTo(Answer.FIRST_SENIOR);
    }

    @Test
    void withoutAChainRelationTheHigherRankIsSenior() {
        Org org = Fixtures.org("pm|产品经理|A|", "cto|技术总监|A|");
        Seniority s = org.whoIsSenior("pm", "cto");
        assertThat(s.answer()).isEqualTo(Answer.SECOND_SENIOR);
        assertThat(s.senior()).isEqualTo("cto");
        assertThat(s.reasons().get(0).source()).isEqualTo("K7.1");
        assertThat(s.reasons().get(0).facts()).containsExactly("test:pm", "test:cto");
    }

    @Test
    void equalRanksWithoutAChainRelationArePeers() {
        Org org = Fixtures.org("pd|产品总监|A|", "td|Technical Director|A|");
        assertThat(org.whoIsSenior("pd", "td").answer()).isEqualTo(Answer.PEERS);
        assertThat(org.peers("pd")).containsExactly("td");
        assertThat(org.peers("td")).containsExactly("pd");
    }

    @Test
    void anUnknownTitleWithNoChainRelationIsIncomparableForAnUnknownTitle() {
        Org org = Fixtures.org("x|Chief Happiness Wizard|A|", "m|经理|A|");
        Seniority s = org.whoIsSenior("x", "m");
        assertThat(s.answer()).isEqualTo(Answer.INCOMPARABLE);
        assertThat(s.reasons().get(0).text()).contains("unknown title");
    }

    @Test
    void anUnknownTitleInTheChainOfCommandIsStillJunior() {
        Org org = Fixtures.org("x|Chief Happiness Wizard|A|m", "m|经理|A|");
        assertThat(org.whoIsSenior("x", "m").answer()).isEqualTo(Answer.SECOND_SENIOR);
    }

    @Test
    void twoPeopleInAReportingCycleAreIncomparable() {
        Org org = Fixtures.org("a|经理|A|b", "b|总监|A|a");
        Seniority s = org.whoIsSenior("a", "b");
        assertThat(s.answer()).isEqualTo(Answer.INCOMPARABLE);
        assertThat(s.reasons().get(0).text()).contains("cycle");
    }

    @Test
    void aPersonCanBeComparedWithABareTitle() {
        Org org = Fixtures.org("li|生产经理|A|");
        assertThat(org.whoIsSenior("li", "生产总监").answer()).isEqualTo(Answer.SECOND_SENIOR);
    }

    @Test
    void aPersonMayBeNamedByTheirExactName() {
        Org org = Fixtures.expert().of(java.util.List.of(
                new org.orgrules.model.Person("li", "李明", "生产经理", "", "A", null, ""),
                new org.orgrules.model.Person("zhang", "张伟", "生产总监", "", "A", null, "")));
        assertThat(org.whoIsSenior("李明", "张伟").answer()).isEqualTo(Answer.SECOND_SENIOR);
    }
}
