package org.orgrules;

import org.orgrules.knowledge.Knowledge;
import org.orgrules.knowledge.Duties;
import org.orgrules.knowledge.DutyItem;
import org.orgrules.view.UnknownSubjectException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** K1.2, K2.5, K5.1, K6.1, Q4, Q9: the duties the article gives each role. */
class DutiesTest {
    private static Knowledge k;

    @BeforeAll
    static void load() {
        k = Knowledge.of(Fixtures.expert().load(Path.of("facts/huaxia.yaml")));
    }

    @Test
    void aProductionDirectorHasTheK25DutiesAndTheSevenOrderedSandTableSteps() {
        Duties d = k.duties("生产总监");
        assertThat(d.duties()).extracting(DutyItem::source).contains("K2.3", "K2.4", "K2.5", "K2.6", "K6.1", "Q9");
        assertThat(d.duties()).extracting(DutyItem::chinese).contains("直接对产品的生产,人员调配,车辆调度,质量检验,完工和交付时间负责");
        assertThat(d.steps()).hasSize(7).extracting(DutyItem::step).containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(d.steps().get(0).chinese()).startsWith("产品需求分析");
        assertThat(d.steps().get(6).chinese()).startsWith("售后服务");
        assertThat(d.steps()).extracting(DutyItem::source).containsOnly("Q4");
        assertThat(d.text()).contains("需求分析").contains("售后服务");
    }

    @Test
    void aPersonHasTheDutiesOfTheirTitleInChineseWithAnEnglishGloss() {
        Duties sun = k.duties("sun");                 // "Production Director" in English
        assertThat(sun.steps()).hasSize(7);
        Duties zhou = k.duties("zhou");
        assertThat(zhou.duties()).extracting(DutyItem::source).contains("K1.2", "K5.1", "K5.2");
        assertThat(zhou.duties()).allSatisfy(d -> assertThat(d.english()).isNotBlank());
        assertThat(zhou.steps()).isEmpty();
    }

    @Test
    void productionAndProductManagersHaveTheirOwnDuties() {
        assertThat(k.duties("li").duties()).extracting(DutyItem::source).contains("K2.6", "K3.1", "K6.1", "K6.2");
        assertThat(k.duties("Product Manager").duties()).extracting(DutyItem::source).contains("K1.2", "K5.2", "Q10");
        assertThat(k.duties("Product Manager").reasons()).isNotEmpty();
    }

    @Test
    void aTitleTheLadderDoesNotKnowIsAClearError() {
        assertThatThrownBy(() -> k.duties("Wizard")).isInstanceOf(UnknownSubjectException.class).hasMessageContaining("Wizard");
    }
}
