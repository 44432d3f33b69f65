package org.orgrules;

import org.orgrules.view.UnknownPersonException;
import org.orgrules.view.Org;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.orgrules.model.ManagerLine;
import org.orgrules.model.Person;
import org.orgrules.model.Reason;

/** Reporting: explicit lines, lines inferred by K2.3, and the transitive chain of command. */
class ReportingLinesTest {

    @Test
    void aManagerTheFactsNameIsTheDirectManagerAndNotInferred() {
        Org org = Fixtures.org("zhang|生产总监|A|", "wang|生产经理|A|zhang");
        List<ManagerLine> ms = org.managersOf("wang");
        assertThat(ms).extracting(ManagerLine::id).containsExactly("zhang");
        assertThat(ms.get(0).inferred()).isFalse();
        assertThat(ms.get(0).reasons()).extracting(Reason::source).containsExactly("K6.2");
    }

    @Test
    void aManagerWithNoNamedManagerReportsToTheDirectorOfTheirFunctionInferredByK23() {
        Org org = Fixtures.org("zhang|生产总监|A|", "li|生产经理|A|", "pd|产品总监|A|", "other|生产总监|B|");
        List<ManagerLine> ms = org.managersOf("li");
        assertThat(ms).extracting(ManagerLine::id).containsExactly("zhang");
        assertThat(ms.get(0).inferred()).isTrue();
        assertThat(ms.get(0).reasons().get(0).source()).isEqualTo("K2.3");
        assertThat(ms.get(0).reasons().get(0).text()).contains("li").contains("zhang");
    }

    @Test
    void noLineIsInferredForStaffOrWhenTheCompanyHasNoSuchDirector() {
        Org org = Fixtures.org("zhang|生产总监|A|", "op|车间操作工|A|", "pm|产品经理|A|");
        assertThat(org.managersOf("op")).isEmpty();
        assertThat(org.managersOf("pm")).isEmpty();
    }

    @Test
    void inferredLinesWorkForEnglishTitlesAndDepartmentFunctions() {
        Org org = Fixtures.expert().of(List.of(
                Fixtures.person("qd", "Director", "Quality Assurance", "A", ""),
                Fixtures.person("qm", "QA Manager", "", "A", "")));
        assertThat(org.managersOf("qm")).extracting(ManagerLine::id).containsExactly("qd");
    }

    @Test
    void theChainOfCommandRunsFromTheNearestManagerToTheTop() {
        Org org = Fixtures.org("gm|总经理|A|", "zhang|生产总监|A|gm", "li|生产经理|A|", "op|操作工|A|li");
        assertThat(org.chainOfCommand("op").chain()).containsExactly("li", "zhang", "gm");
        assertThat(org.chainOfCommand("gm").chain()).isEmpty();
    }

    @Test
    void reportsToIsTransitiveAndAnswersCorrectlyAtEveryDepthOfALongChain() {
        List<Person> chain = Fixtures.chain(12, "经理");
        Org org = Fixtures.expert().of(chain);
        for (int low = 0; low < 12; low++) {
            for (int high = 0; high < 12; high++) {
                boolean expected = high < low;
                assertThat(org.reportsTo("p" + low, "p" + high).answer())
                        .as("p%d reports to p%d", low, high).isEqualTo(expected);
            }
        }
        assertThat(org.reportsTo("p11", "p0").path()).hasSize(11).endsWith("p0");
    }

    @Test
    void aReportingCycleEndsEveryWalkAndIsNamed() {
        Org org = Fixtures.org("a|经理|A|c", "b|经理|A|a", "c|经理|A|b", "x|员工|A|a");
        assertThat(org.chainOfCommand("x").chain()).containsExactly("a", "c", "b");
        assertThat(org.chainOfCommand("x").cycle()).isTrue();
        assertThat(org.chainOfCommand("a").chain()).containsExactly("c", "b");
        assertThat(org.reportsTo("x", "b").answer()).isTrue();
        assertThat(org.reportsTo("a", "x").answer()).isFalse();
        assertThat(org.allReports("a")).containsExactly("b", "c", "x");
    }

    @Test
    void directAndAllReportsListTheTeamByIdAtOneOrEveryLevel() {
        Org org = Fixtures.org("gm|总经理|A|", "z|生产总监|A|gm", "p|产品总监|A|gm", "li|生产经理|A|", "w|生产经理|A|z",
                "op|操作工|A|li");
        assertThat(org.directReports("gm")).containsExactly("p", "z");
        assertThat(org.directReports("z")).containsExactly("li", "w");
        assertThat(org.allReports("gm")).containsExactly("li", "op", "p", "w", "z");
    }

    @Test
    void aChainAHundredThousandLevelsDeepIsWalkedWithoutRecursion() {
        int depth = 100_000;
        List<Person> people = new ArrayList<>(Fixtures.chain(depth, "员工"));
        Org org = Fixtures.expert().of(people);
        assertThat(org.chainOfCommand("p" + (depth - 1)).chain()).hasSize(depth - 1);
        assertThat(org.reportsTo("p" + (depth - 1), "p0").answer()).isTrue();
        assertThat(org.allReports("p0")).hasSize(depth - 1);
    }

    @Test
    void askingAboutSomeoneNotInTheFactsIsAClearError() {
        Org org = Fixtures.org("a|经理|A|");
        assertThatThrownBy(() -> org.managersOf("nobody"))
                .isInstanceOf(UnknownPersonException.class).hasMessageContaining("nobody");
    }
}
