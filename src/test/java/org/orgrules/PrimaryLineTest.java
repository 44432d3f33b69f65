package org.orgrules;

import org.orgrules.knowledge.Knowledge;
import org.orgrules.knowledge.ApproverAnswer;
import org.orgrules.view.Org;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orgrules.chart.OrgChart;
import org.orgrules.model.ManagerLine;
import org.orgrules.model.Reason;

/**
 * One story where the rules infer several managers: on the bundled sample li (a 生产经理 with no named
 * manager) gets a line to each of the two production directors (K2.3, beside the K2.2 violation), and
 * every answer agrees on the same lines and on the same primary one, which a rule of primary-line.drl
 * chooses and names.
 */
class PrimaryLineTest {
    private static final String OWN_DEPARTMENT = "Of several heads of a function, the head of the person's own department is their primary manager";
    private static Org sample;

    @BeforeAll
    static void load() {
        sample = Fixtures.expert().load(Path.of("facts/huaxia.yaml"));
    }

    @Test
    void reportsToListsBothLinesThePrimaryFirstEachSayingWhichItIsAndWhy() {
        List<ManagerLine> ms = sample.managersOf("li");
        assertThat(ms).extracting(ManagerLine::id).containsExactly("zhang", "sun");
        assertThat(ms.get(0).reasons()).extracting(Reason::rule).contains(OWN_DEPARTMENT);
        assertThat(ms.get(0).reasons()).extracting(Reason::text).anyMatch(t -> t.startsWith("li's primary line goes to zhang")
                && t.contains("生产部") && t.contains("二厂生产部"));
        assertThat(ms.get(1).reasons()).extracting(Reason::text).anyMatch(t -> t.startsWith("not li's primary line"));
        assertThat(sample.primaryLineReasons("li")).extracting(Reason::source).containsExactly("K5.1");
        assertThat(sample.primaryLineReasons("wang")).isEmpty();
    }

    @Test
    void chainTeamApproverAndChartFollowThePrimaryLineAndMentionTheOther() {
        assertThat(sample.chainOfCommand("li").chain()).containsExactly("zhang", "gm");
        assertThat(sample.chainOfCommand("li").reasons()).extracting(Reason::rule).contains(OWN_DEPARTMENT);
        assertThat(sample.directReports("zhang")).contains("li");
        assertThat(sample.directReports("sun")).isEmpty();
        assertThat(sample.otherLineReports("sun")).containsExactly("li");
        assertThat(sample.otherLineReports("zhang")).isEmpty();

        ApproverAnswer plan = Knowledge.of(sample).approver("li", "生产计划");
        assertThat(plan.approvers()).containsExactly("zhang");
        assertThat(plan.reasons()).extracting(Reason::rule)
                .contains("Of several directors who could approve, the one in the drafter's chain of command approves", OWN_DEPARTMENT);

        OrgChart chart = OrgChart.of(sample, null, -1);
        assertThat(chart.lines()).filteredOn(l -> l.to().equals("li") && l.from().equals("zhang"))
                .singleElement().satisfies(l -> assertThat(l.label()).doesNotContain("not the primary line"));
        assertThat(chart.lines()).filteredOn(l -> l.to().equals("li") && l.from().equals("sun"))
                .singleElement().satisfies(l -> assertThat(l.label()).contains("not the primary line"));
    }

    @Test
    void theRulesDecideWhichLineIsPrimary(@TempDir Path dir) throws IOException {
        // without the own-department test, the next one (the smaller id) decides: sun before zhang
        Path rules = RulesCopy.of(dir);
        Path file = rules.resolve("core/primary-line.drl");
        String drl = Files.readString(file);
        int at = drl.indexOf("rule \"" + OWN_DEPARTMENT + "\"");
        Files.writeString(file, drl.substring(0, at) + drl.substring(drl.indexOf("end\n", at) + 4));
        Org org = OrgExpert.fromFolder(rules).load(Path.of("facts/huaxia.yaml"));
        assertThat(org.managersOf("li")).extracting(ManagerLine::id).containsExactly("sun", "zhang");
        assertThat(org.chainOfCommand("li").chain()).containsExactly("sun", "gm");
        assertThat(org.primaryLineReasons("li")).extracting(Reason::rule)
                .containsExactly("Otherwise the manager with the smaller id is primary, whatever the order of the rows");
        assertThat(Knowledge.of(org).approver("li", "生产计划").approvers()).containsExactly("sun");
    }
}
