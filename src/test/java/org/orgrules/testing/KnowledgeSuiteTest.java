package org.orgrules.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orgrules.OrgExpert;

/** Suites ask the knowledge queries (directs … duties); their answers are checked and their K-sources counted. */
class KnowledgeSuiteTest {
    private static final OrgExpert EXPERT = OrgExpert.fromFolder(Path.of("rules"));
    private static final String FACTS = """
            company: Acme
            product_lines: [lathes, robots]
            people:
              - {id: gm, title: 总经理}
              - {id: pd, title: 生产总监, manager: gm}
              - {id: pm, title: 生产经理, manager: pd}
              - {id: qm, title: 质检经理, department: 质检部, manager: gm}
              - {id: zhou, title: 产品总监, manager: gm}
              - {id: wu, title: 产品经理, manager: zhou, product_lines: [lathes], assigned_by: zhou, pm_kind: saas}
            """;

    private static List<Result> run(Path dir, String expectations) throws IOException {
        Path f = dir.resolve("k.yaml");
        Files.writeString(f, FACTS + "cases:\n  - name: knowledge\n    expect:\n" + expectations.indent(6));
        return new SuiteRunner(EXPERT).run(SuiteReader.read(f));
    }

    @Test
    void rightAnswersPassAndCountTheirKSources(@TempDir Path dir) throws IOException {
        List<Result> rs = run(dir, """
                - directs: pd
                  is: [质检部, qm]
                - approver: [pm, 生产计划]
                  is: pd
                - class: pm
                  is: middle-management
                - owner: lathes
                  is: [wu]
                - kpis: wu
                  include: [conversion]
                - duties: pd
                  steps: [产品需求分析, 研发设计, 材料采购, 生产制造, 产品检测, 包装和发货, 售后服务]
                - ask: "谁批准pm的生产计划?"
                  is: pd
                """);
        assertThat(rs).allSatisfy(r -> assertThat(r.passed()).as(r.expectation().query() + ": " + r.actual()).isTrue());
        Map<String, List<String>> coverage = SuiteRunner.coverage(rs);
        assertThat(coverage).containsKeys("K2.4", "K2.6", "K3.2", "K5.2", "K8", "K8.3", "Q4");
    }

    @Test
    void wrongAnswersFailAndCoverNothing(@TempDir Path dir) throws IOException {
        List<Result> rs = run(dir, """
                - directs: pd
                  none: true
                - approver: [pm, 生产计划]
                  is: gm
                - class: pm
                  is: STAFF
                - owner: robots
                  is: [wu]
                - lines: wu
                  is: [lathes]
                  because: [K8.1]
                - kpis: wu
                  kind-unknown: true
                - duties: pd
                  steps: [研发设计, 产品需求分析, 材料采购, 生产制造, 产品检测, 包装和发货, 售后服务]
                - duties: pm
                  include: [after-sales service]
                """);
        assertThat(rs).hasSize(8).noneMatch(Result::passed);
        assertThat(SuiteRunner.coverage(rs)).isEmpty();
        assertThat(rs.get(2).actual()).contains("MIDDLE_MANAGEMENT");
    }

    @Test
    void anUnknownSubjectFailsTheExpectation(@TempDir Path dir) throws IOException {
        List<Result> rs = run(dir, """
                - owner: submarines
                  none: true
                """);
        assertThat(rs.get(0).passed()).isFalse();
        assertThat(rs.get(0).actual()).startsWith("error: ").contains("submarines");
    }

    @Test
    void malformedKnowledgeExpectationsNameTheirLine(@TempDir Path dir) {
        assertThatThrownBy(() -> run(dir, """
                - class: pm
                  is: BOSS
                """)).isInstanceOf(SuiteException.class).hasMessageContaining("k.yaml:14").hasMessageContaining("BOSS");
        assertThatThrownBy(() -> run(dir, """
                - approver: pm
                  is: pd
                """)).isInstanceOf(SuiteException.class).hasMessageContaining("approver takes 2 arguments");
        assertThatThrownBy(() -> run(dir, """
                - kpis: wu
                  steps: [a]
                """)).isInstanceOf(SuiteException.class).hasMessageContaining("'steps' is not expected of kpis");
    }
}
