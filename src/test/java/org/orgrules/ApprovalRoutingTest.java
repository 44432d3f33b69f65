package org.orgrules;

import org.orgrules.knowledge.Knowledge;
import org.orgrules.knowledge.ApproverAnswer;
import org.orgrules.view.UnknownSubjectException;
import org.orgrules.view.Org;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orgrules.model.Reason;
import org.orgrules.model.Severity;

/** K2.6: the production manager drafts the plans; the production director approves them. */
class ApprovalRoutingTest {

    @Test
    void theProductionDirectorApprovesTheProductionPlanAProductionManagerDrafts() {
        Knowledge k = Knowledge.of(Fixtures.org("d|生产总监|C|", "m|生产经理|C|"));
        ApproverAnswer a = k.approver("m", "生产计划");
        assertThat(a.approvers()).containsExactly("d");
        assertThat(a.drafter()).isTrue();
        assertThat(a.viaChain()).isFalse();
        assertThat(a.reasons()).extracting(Reason::source).contains("K2.6");
        assertThat(k.approver("m", "workshop staffing plan").approvers()).containsExactly("d");
        assertThat(k.approver("m", "车间人员调配方案").matterEnglish()).isEqualTo("workshop staffing plan");
        assertThat(k.approver("m", "Production Plan").matter()).isEqualTo("PRODUCTION_PLAN");
    }

    @Test
    void withTwoProductionDirectorsTheOneInTheDraftersChainApprovesAndTheViolationIsCited() {
        Org sample = Fixtures.expert().load(Path.of("facts/huaxia.yaml"));
        ApproverAnswer a = Knowledge.of(sample).approver("li", "production plan");
        assertThat(a.approvers()).containsExactly("zhang");
        assertThat(a.reasons()).extracting(Reason::source).contains("K2.6", "K2.2");
    }

    @Test
    void hundredsOfProductionDirectorsInOneCompanyDoNotMultiplyApprovalsPerDrafter() {
        // 300 production directors (a K2.2 violation) and 3,000 production managers, one of them under pd0:
        // the rules derive one approval per director and drafting position, not per drafter
        java.util.List<org.orgrules.model.Person> people = new java.util.ArrayList<>();
        for (int i = 0; i < 300; i++) people.add(Fixtures.person("pd" + i, "生产总监", "C", ""));
        for (int i = 0; i < 3000; i++) people.add(Fixtures.person("pm" + i, "生产经理", "C", i == 0 ? "pd0" : ""));
        Org org = Fixtures.expert().of(people);
        assertThat(org.derived(org.orgrules.model.PositionApproval.class)).hasSize(300 * 2);
        Knowledge k = Knowledge.of(org);
        assertThat(k.approver("pm0", "生产计划").approvers()).containsExactly("pd0");
        // pm2999 names no manager: K2.3 puts a production director in their chain, and that one approves
        ApproverAnswer far = k.approver("pm2999", "production plan");
        assertThat(far.approvers()).hasSize(1).allMatch(id -> id.startsWith("pd") && org.reportsTo("pm2999", id).answer());
        assertThat(far.reasons()).extracting(Reason::source).contains("K2.2");
        assertThat(org.violations()).noneMatch(v -> v.message().contains("nobody can approve"));
    }

    @Test
    void aSurnameAndTitleNamesTheDrafter() {
        Org sample = Fixtures.expert().load(Path.of("facts/huaxia.yaml"));
        ApproverAnswer a = Knowledge.of(sample).approver("李经理", "生产计划");
        assertThat(a.person()).isEqualTo("li");
        assertThat(a.approvers()).containsExactly("zhang");
    }

    @Test
    void withNoProductionDirectorTheNextSeniorPersonInTheChainApprovesThroughEveryLevel() {
        Knowledge k = Knowledge.of(Fixtures.org("g|总经理|C|", "c|生产经理|C|g", "b|生产经理|C|c", "a|生产经理|C|b",
                "m|生产经理|C|a"));
        ApproverAnswer a = k.approver("m", "生产计划");
        assertThat(a.approvers()).containsExactly("g");
        assertThat(a.viaChain()).isTrue();
        assertThat(a.text()).contains("no PRODUCTION director").contains("next senior person");
        assertThat(a.reasons()).extracting(Reason::text).anyMatch(t -> t.contains("went up to a"));
    }

    @Test
    void aSeniorManagerAboveTheDrafterApprovesWhenThereIsNoDirector() {
        Knowledge k = Knowledge.of(Fixtures.org("s|高级经理|C|", "m|生产经理|C|s"));
        assertThat(k.approver("m", "生产计划").approvers()).containsExactly("s");
    }

    @Test
    void whenNobodyCanApproveTheAnswerSaysSoAndAViolationIsReported() {
        Org org = Fixtures.org("m|生产经理|C|", "w|操作工|C|m");
        ApproverAnswer a = Knowledge.of(org).approver("m", "生产计划");
        assertThat(a.approvers()).isEmpty();
        assertThat(a.text()).startsWith("Nobody can approve");
        assertThat(a.reasons()).extracting(Reason::source).contains("K2.6");
        assertThat(org.violationsOf("m")).anySatisfy(v -> {
            assertThat(v.source()).isEqualTo("K2.6");
            assertThat(v.severity()).isEqualTo(Severity.WARNING);
        });
    }

    @Test
    void someoneWhoDoesNotDraftTheMatterIsToldWhoDoesAndWhoApproves() {
        Knowledge k = Knowledge.of(Fixtures.org("d|生产总监|C|", "p|产品经理|C|"));
        ApproverAnswer a = k.approver("p", "生产计划");
        assertThat(a.drafter()).isFalse();
        assertThat(a.approvers()).containsExactly("d");
        assertThat(a.text()).contains("does not draft");
    }

    @Test
    void anUnknownMatterIsAnErrorListingTheKnownOnes() {
        Knowledge k = Knowledge.of(Fixtures.org("m|生产经理|C|"));
        assertThatThrownBy(() -> k.approver("m", "holiday request")).isInstanceOf(UnknownSubjectException.class)
                .hasMessageContaining("生产计划 / production plan").hasMessageContaining("车间人员调配方案");
    }

    @Test
    void analystsAddMattersInTheRulesFolder(@TempDir Path dir) throws IOException {
        Path rules = RulesCopy.of(dir);
        Files.writeString(rules.resolve("vocabulary/quality-report.yaml"), """
                - group: The quality manager drafts the quality report for the production director
                  source: K2.4
                  matters:
                    - key: QUALITY_REPORT
                      zh: 质检报告
                      en: quality report
                      drafter: [QUALITY, MANAGER]
                      approver: PRODUCTION
                """);
        Org org = OrgExpert.fromFolder(rules).of(Fixtures.rows("d|生产总监|C|", "q|质检经理|C|"));
        ApproverAnswer a = Knowledge.of(org).approver("q", "质检报告");
        assertThat(a.approvers()).containsExactly("d");
        assertThat(a.reasons()).extracting(Reason::rule).contains("The production director approves the plans a production manager drafts");
    }
}
