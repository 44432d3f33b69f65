package org.orgrules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.orgrules.engine.Classification;

/** Titles → rank and function, Chinese and English (K1.1; the ladder in rules/vocabulary/ladder.yaml). */
class TitleLadderTest {

    @ParameterizedTest(name = "{0} → {1} {2}")
    @CsvSource(nullValues = "-", value = {
            "产品总监, DIRECTOR, PRODUCT",
            "产品经理, MANAGER, PRODUCT",
            "生产总监, DIRECTOR, PRODUCTION",
            "生产经理, MANAGER, PRODUCTION",
            "技术总监, DIRECTOR, TECHNICAL",
            "CTO, DIRECTOR, TECHNICAL",
            "Chief Technology Officer, DIRECTOR, TECHNICAL",
            "质检经理, MANAGER, QUALITY",
            "QA Manager, MANAGER, QUALITY",
            "Production Director, DIRECTOR, PRODUCTION",
            "product manager, MANAGER, PRODUCT",
            "Senior Product Manager, MANAGER, PRODUCT",
            "总经理, GENERAL_MANAGER, -",
            "副总经理, GENERAL_MANAGER, -",
            "General Manager, GENERAL_MANAGER, -",
            "CEO, CEO, -",
            "董事长, CHAIRMAN, -",
            "VP of Engineering, VP, TECHNICAL",
            "Vice President, VP, -",
            "主管, SUPERVISOR, -",
            "Team Lead, TEAM_LEADER, -",
            "Programmer, STAFF, TECHNICAL",
            "Clerk, STAFF, -",
            "Sales Representative, STAFF, SALES",
            "Accountant, STAFF, FINANCE",
            "车间操作工, STAFF, PRODUCTION",
            "Chief Happiness Wizard, -, -",
            "副总监, DIRECTOR, -",
            "Senior Director of Engineering, DIRECTOR, TECHNICAL",
            "Executive Director, DIRECTOR, -",
            "Head of Quality, DIRECTOR, QUALITY",
            "厂长, PLANT_MANAGER, -",
            "车间主任, MANAGER, PRODUCTION",
            "人事部长, MANAGER, HR",
            "IT Mgr, MANAGER, TECHNICAL",
            "Tech Lead, TEAM_LEADER, -",
            "Account Executive, STAFF, -",
            "总工程师, DIRECTOR, TECHNICAL",
            "CMO, DIRECTOR, MARKETING",
            "Executive Vice President, VP, -",
            "总监助理, STAFF, -",
    })
    void aTitleTakesTheRankAndFunctionOfTheWordsItContains(String title, String rank, String function) {
        Classification c = Fixtures.expert().rules().classify(title, "");
        assertThat(c.rankName()).isEqualTo(rank);
        assertThat(c.functionKey()).isEqualTo(function);
    }

    @ParameterizedTest(name = "{0} in {1} → {2}")
    @CsvSource({
            "经理, 生产部, PRODUCTION",
            "Manager, Quality Assurance, QUALITY",
            "Product Manager, 生产部, PRODUCT",
    })
    void aTitleWithNoFunctionWordTakesItsDepartmentsFunction(String title, String department, String function) {
        assertThat(Fixtures.expert().rules().classify(title, department).functionKey()).isEqualTo(function);
    }

    @ParameterizedTest(name = "{0} is not {1}")
    @CsvSource({"Production Manager, PRODUCT", "Productivity Analyst, PRODUCT", "Directorate Clerk, DIRECTOR"})
    void latinWordsMatchWholeWordsOnly(String title, String not) {
        Classification c = Fixtures.expert().rules().classify(title, "");
        assertThat(c.functionKey()).isNotEqualTo(not);
        assertThat(c.rankName()).isNotEqualTo(not);
    }
}
