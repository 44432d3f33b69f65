package org.orgrules;

import org.orgrules.view.Org;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.orgrules.model.Severity;
import org.orgrules.model.Violation;

/** Each kind of violation the rules report, and what they leave alone. */
class ViolationsTest {

    private static List<Violation> bySource(Org org, String source) {
        return org.violations().stream().filter(v -> v.source().equals(source)).toList();
    }

    @Test
    void twoProductionDirectorsInOneCompanyBreakK22() {
        Org org = Fixtures.org("z|生产总监|A|", "s|Production Director|A|", "o|生产总监|B|");
        List<Violation> vs = bySource(org, "K2.2");
        assertThat(vs).hasSize(1);
        assertThat(vs.get(0).people()).containsExactly("s", "z");
        assertThat(vs.get(0).severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void severalProductionManagersInOneCompanyAreFine() {
        Org org = Fixtures.org("z|生产总监|A|", "a|生产经理|A|z", "b|生产经理|A|z", "c|生产经理|A|");
        assertThat(org.violations()).isEmpty();
    }

    @Test
    void aSelfManagerIsReported() {
        Org org = Fixtures.org("a|经理|A|a");
        assertThat(org.violations()).extracting(Violation::rule).contains("Nobody is their own manager");
        assertThat(org.chainOfCommand("a").chain()).isEmpty();
    }

    @Test
    void aManagerIdThatDoesNotExistIsReportedWithWhereTheRowWasRead() {
        Org org = Fixtures.org("a|经理|A|ghost");
        Violation v = org.violations().get(0);
        assertThat(v.rule()).isEqualTo("A named manager must exist in the facts");
        assertThat(v.message()).contains("ghost").contains("test:a");
        assertThat(org.managersOf("a")).isEmpty();
    }

    @Test
    void aReportingCycleIsReportedOnceWithItsMembersInLineOrder() {
        Org org = Fixtures.org("a|经理|A|c", "b|经理|A|a", "c|经理|A|b");
        List<Violation> vs = org.violations().stream().filter(v -> v.message().contains("cycle")).toList();
        assertThat(vs).hasSize(1);
        assertThat(vs.get(0).message()).contains("a → c → b → a");
    }

    @Test
    void aLineAcrossCompaniesIsReported() {
        Org org = Fixtures.org("gm|总经理|Group|", "d|生产总监|Sub|gm");
        assertThat(org.violations()).extracting(Violation::rule).contains("A line of command does not cross companies");
    }

    @Test
    void aDirectorReportingToAManagerIsARankInversion() {
        Org org = Fixtures.org("pm|Product Manager|A|", "td|Technical Director|A|pm");
        Violation v = org.violations().get(0);
        assertThat(v.rule()).isEqualTo("Nobody reports to someone of lower rank");
        assertThat(v.people()).containsExactly("td", "pm");
    }

    @Test
    void aTitleWithNoRankIsAWarningNotAnError() {
        Org org = Fixtures.org("x|Chief Happiness Wizard|A|");
        assertThat(org.violations()).singleElement().extracting(Violation::severity).isEqualTo(Severity.WARNING);
    }

    @Test
    void everyViolationCitesTheStatementItEncodes() {
        Org org = Fixtures.org("z|生产总监|A|", "s|生产总监|A|", "a|经理|A|a", "b|经理|A|ghost", "pm|Product Manager|A|",
                "td|Technical Director|A|pm", "x|Wizard|A|");
        assertThat(org.violations()).hasSizeGreaterThanOrEqualTo(5).allSatisfy(v -> assertThat(v.source()).isNotBlank());
    }
}
