package org.orgrules;

import org.orgrules.view.Org;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.orgrules.model.Answer;
import org.orgrules.model.Reason;
import org.orgrules.model.Seniority;

/** Bare titles compare as roles: the article's own questions (K2.1, K7.1, K7.2). */
class SeniorityOfTitlesTest {
    private final Org empty = Fixtures.org();

    @ParameterizedTest(name = "{0} vs {1} → {2}")
    @CsvSource({
            "产品经理, 技术总监, SECOND_SENIOR",
            "产品总监, 技术总监, PEERS",
            "生产总监, 生产经理, FIRST_SENIOR",
            "Product Manager, Technical Director, SECOND_SENIOR",
            "Product Director, CTO, PEERS",
            "CEO, 总经理, FIRST_SENIOR",
            "董事长, CEO, FIRST_SENIOR",
            "副总经理, 总经理, SECOND_SENIOR",
            "Vice President, President, SECOND_SENIOR",
            "主管, 经理, SECOND_SENIOR",
            "Programmer, Supervisor, SECOND_SENIOR",
            "质检经理, 生产经理, PEERS",
    })
    void titlesCompareByTheirRankOnTheLadder(String a, String b, Answer expected) {
        assertThat(empty.whoIsSenior(a, b).answer()).isEqualTo(expected);
    }

    @Test
    void productManagerVersusTechnicalDirectorCitesK71() {
        Seniority s = empty.whoIsSenior("产品经理", "技术总监");
        assertThat(s.senior()).isEqualTo("技术总监");
        assertThat(s.reasons()).extracting(Reason::source).contains("K7.1");
        assertThat(s.reasons().get(0).text()).contains("技术总监 ranks above 产品经理");
    }

    @Test
    void comparisonsTheArticleDoesNotMakeCiteTheLadderNotK71() {
        Seniority s = empty.whoIsSenior("董事长", "总裁");
        assertThat(s.answer()).isEqualTo(Answer.FIRST_SENIOR);
        assertThat(s.reasons().get(0).rule()).isEqualTo("The higher rank is senior, by the ladder");
        assertThat(s.reasons().get(0).source()).isEqualTo("Vocabulary");
        assertThat(s.reasons()).extracting(Reason::source).doesNotContain("K7.1");
        assertThat(empty.whoIsSenior("生产总监", "生产经理").reasons().get(0).source()).isEqualTo("K7.1");
    }

    @Test
    void peopleOfDifferentCompaniesAreNotComparableCitingTheLadderNotK72() {
        Org two = Fixtures.org("a|生产总监|A|", "b|生产经理|B|");
        Seniority s = two.whoIsSenior("a", "b");
        assertThat(s.answer()).isEqualTo(Answer.INCOMPARABLE);
        assertThat(s.reasons().get(0).rule()).isEqualTo("People in different companies are not comparable");
        assertThat(s.reasons().get(0).source()).isEqualTo("Vocabulary");
    }

    @Test
    void productDirectorAndTechnicalDirectorArePeersCitingK72() {
        Seniority s = empty.whoIsSenior("产品总监", "技术总监");
        assertThat(s.answer()).isEqualTo(Answer.PEERS);
        assertThat(s.reasons().get(0).source()).isEqualTo("K7.2");
        assertThat(s.reasons().get(0).text()).contains("平级");
    }

    @Test
    void productionDirectorOutranksProductionManagerWithTheLadderWordsAsReasons() {
        Seniority s = empty.whoIsSenior("生产总监", "生产经理");
        assertThat(s.answer()).isEqualTo(Answer.FIRST_SENIOR);
        assertThat(s.reasons()).extracting(Reason::source).contains("K2.1");
        assertThat(s.reasons()).extracting(Reason::text).anyMatch(t -> t.contains("'总监'"));
    }

    @Test
    void aTitleWithNoRankIsIncomparableBecauseOfTheUnknownTitle() {
        Seniority s = empty.whoIsSenior("Chief Happiness Wizard", "生产经理");
        assertThat(s.answer()).isEqualTo(Answer.INCOMPARABLE);
        assertThat(s.reasons().get(0).text()).contains("unknown title").contains("Chief Happiness Wizard");
    }
}
