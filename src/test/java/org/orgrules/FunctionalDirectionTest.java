package org.orgrules;

import org.orgrules.knowledge.Knowledge;
import org.orgrules.knowledge.DirectedBy;
import org.orgrules.knowledge.Directing;
import org.orgrules.view.UnknownSubjectException;
import org.orgrules.view.Org;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orgrules.model.Person;
import org.orgrules.model.Reason;

/** K2.4: the technical and quality-inspection departments follow the production director's arrangements. */
class FunctionalDirectionTest {
    private static Org sample;
    private static Knowledge k;

    @BeforeAll
    static void load() {
        sample = Fixtures.expert().load(Path.of("facts/huaxia.yaml"));
        k = Knowledge.of(sample);
    }

    @Test
    void theProductionDirectorDirectsTheTechnicalAndQualityDepartmentsAndTheirPeopleBelowHisRank() {
        Directing d = k.directs("zhang");
        assertThat(d.departments()).containsExactly("技术部", "质检部");
        assertThat(d.people()).containsExactly("david", "he", "qian", "xu");
        assertThat(d.people()).doesNotContain("zheng");           // the technical director is a peer (平级), not directed
        assertThat(d.reasons()).extracting(Reason::source).containsOnly("K2.4");
    }

    @Test
    void otherDirectorsDirectNobodyBeyondTheirReportingLine() {
        Directing d = k.directs("zhou");
        assertThat(d.departments()).isEmpty();
        assertThat(d.people()).isEmpty();
        assertThat(d.text()).contains("directs nobody");
    }

    @Test
    void directedByLabelsEachDepartmentWithItsOwnFunction() {
        assertThat(k.directedBy("qian").reasons()).extracting(Reason::text)
                .anyMatch(t -> t.contains("质检部 function (QUALITY)")).noneMatch(t -> t.contains("(TECHNICAL)"));
        assertThat(k.directedBy("xu").reasons()).extracting(Reason::text)
                .anyMatch(t -> t.contains("技术部 function (TECHNICAL)")).noneMatch(t -> t.contains("(QUALITY)"));
    }

    @Test
    void directedByNamesTheProductionDirectorsForAPersonADepartmentOrAFunctionName() {
        assertThat(k.directedBy("he").directors()).containsExactly("sun", "zhang");
        assertThat(k.directedBy("质检部").directors()).containsExactly("sun", "zhang");
        assertThat(k.directedBy("质检部门").directors()).containsExactly("sun", "zhang");
        assertThat(k.directedBy("QA department").directors()).containsExactly("sun", "zhang");
        assertThat(k.directedBy("technical department").directors()).containsExactly("sun", "zhang");
        assertThat(k.directedBy("lucy").directors()).isEmpty();
        assertThat(k.directedBy("质检部").reasons()).extracting(Reason::source).containsOnly("K2.4");
    }

    @Test
    void onlyTheDirectorOfTheSameCompanyDirects() {
        Org org = Fixtures.org("pd|生产总监|A|", "qa|质检经理|A|", "qb|质检经理|B|");
        Knowledge kk = Knowledge.of(org);
        assertThat(kk.directs("pd").people()).containsExactly("qa");
        assertThat(kk.directedBy("qb").directors()).isEmpty();
    }

    @Test
    void manyProductionDirectorsInOneCompanyDirectEveryoneWithoutMultiplyingFacts() {
        // 400 production directors (a K2.2 violation) over 4,000 technical and QA people: the rules
        // derive direction per position, so this loads well inside the fire limit
        java.util.List<Person> people = new java.util.ArrayList<>();
        for (int i = 0; i < 400; i++) people.add(Fixtures.person("pd" + i, "生产总监", "A", ""));
        for (int i = 0; i < 4000; i++) people.add(Fixtures.person("t" + i, i % 2 == 0 ? "程序员" : "质检员", "A", ""));
        Org org = Fixtures.expert().of(people);
        Knowledge kk = Knowledge.of(org);
        assertThat(org.derived(org.orgrules.model.Directs.class)).hasSizeLessThanOrEqualTo(400 * 2);
        assertThat(kk.directs("pd7").people()).hasSize(4000).contains("t0", "t3999");
        assertThat(kk.directedBy("t1").directors()).hasSize(400).contains("pd0", "pd399");
        assertThat(org.violations()).extracting(v -> v.source()).contains("K2.2");
    }

    @Test
    void aDepartmentWithNoProductionDirectorInTheFactsIsStillToldWhoseArrangementsItFollows() {
        Knowledge kk = Knowledge.of(Fixtures.org("qa|质检经理|A|"));
        DirectedBy d = kk.directedBy("质检部门");
        assertThat(d.directors()).isEmpty();
        assertThat(d.text()).contains("生产总监").contains("none is in the facts");
        assertThat(d.reasons()).extracting(Reason::source).contains("K2.4");
    }

    @Test
    void anUnknownSubjectIsAClearError() {
        assertThatThrownBy(() -> k.directedBy("nobody-here")).isInstanceOf(UnknownSubjectException.class)
                .hasMessageContaining("nobody-here");
        assertThatThrownBy(() -> k.directs("nobody-here")).isInstanceOf(UnknownSubjectException.class);
    }

    @Test
    void directionNeverChangesChainReportsToOrSeniority(@TempDir Path dir) throws IOException {
        Path rules = RulesCopy.of(dir, "direction.drl");
        Org without = OrgExpert.fromFolder(rules).load(Path.of("facts/huaxia.yaml"));
        assertThat(Knowledge.of(without).directs("zhang").people()).isEmpty();
        for (Person p : sample.people()) {
            String id = p.getId();
            assertThat(sample.chainOfCommand(id).chain()).as(id).isEqualTo(without.chainOfCommand(id).chain());
            assertThat(sample.managersOf(id)).as(id).isEqualTo(without.managersOf(id));
            assertThat(sample.peers(id)).as(id).isEqualTo(without.peers(id));
            for (Person q : sample.people()) {
                assertThat(sample.whoIsSenior(id, q.getId()).answer()).isEqualTo(without.whoIsSenior(id, q.getId()).answer());
            }
        }
        assertThat(sample.isInChainOf("he", "zhang")).isFalse();
        assertThat(sample.reportsTo("qian", "zhang").answer()).isFalse();
        assertThat(sample.whoIsSenior("he", "zhang").reasons()).extracting(Reason::source).doesNotContain("K2.4");
    }
}
