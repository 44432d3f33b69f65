package org.orgrules;

import org.orgrules.knowledge.Knowledge;
import org.orgrules.view.UnknownSubjectException;
import org.orgrules.view.Org;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.orgrules.facts.LoadResult;
import org.orgrules.model.Charter;
import org.orgrules.model.ManagementLevel;
import org.orgrules.model.Reason;

/** K3.1, K3.2: senior management, middle management or staff; a company charter overrides the default. */
class ManagementClassTest {

    @Test
    void byDefaultDirectorsAndAboveAreSeniorManagersMiddleAndSupervisorsAndBelowStaff() {
        Knowledge k = Knowledge.of(Fixtures.org("gm|总经理|C|", "d|生产总监|C|gm", "m|生产经理|C|d", "s|车间主管|C|m",
                "t|班组长|C|s", "w|操作工|C|t"));
        assertThat(k.managementClass("gm").level()).isEqualTo(ManagementLevel.SENIOR_MANAGEMENT);
        assertThat(k.managementClass("d").level()).isEqualTo(ManagementLevel.SENIOR_MANAGEMENT);
        assertThat(k.managementClass("m").level()).isEqualTo(ManagementLevel.MIDDLE_MANAGEMENT);
        assertThat(k.managementClass("s").level()).isEqualTo(ManagementLevel.STAFF);
        assertThat(k.managementClass("t").level()).isEqualTo(ManagementLevel.STAFF);
        assertThat(k.managementClass("w").level()).isEqualTo(ManagementLevel.STAFF);
        assertThat(k.managementClass("d").reasons()).extracting(Reason::source).containsExactly("K3.2");
    }

    @Test
    void aCompanysCharterListOverridesTheDefaultByTitleOrBySamePosition() {
        var people = Fixtures.rows("gm|总经理|C|", "pd|生产总监|C|gm", "en|Production Director|C|gm", "cto|技术总监|C|gm",
                "m|生产经理|C|pd", "x|产品总监|D|");
        Org org = Fixtures.expert().of(new LoadResult(people, List.of(),
                List.of(new Charter("C", List.of("总经理", "生产总监", "生产经理"), "c.yaml:3"))));
        Knowledge k = Knowledge.of(org);
        assertThat(k.managementClass("pd").level()).isEqualTo(ManagementLevel.SENIOR_MANAGEMENT);
        assertThat(k.managementClass("en").level()).isEqualTo(ManagementLevel.SENIOR_MANAGEMENT);  // same position, English
        assertThat(k.managementClass("m").level()).isEqualTo(ManagementLevel.SENIOR_MANAGEMENT);   // the charter says so
        assertThat(k.managementClass("cto").level()).isEqualTo(ManagementLevel.MIDDLE_MANAGEMENT);  // not listed
        assertThat(k.managementClass("cto").reasons().get(0).text()).contains("does not list").contains("c.yaml:3");
        assertThat(k.managementClass("x").level()).isEqualTo(ManagementLevel.SENIOR_MANAGEMENT);    // another company: default
    }

    @Test
    void theSampleCharterClassesTheProductionDirectorAsSeniorManagement() {
        Knowledge k = Knowledge.of(Fixtures.expert().load(java.nio.file.Path.of("facts/huaxia.yaml")));
        assertThat(k.managementClass("zhang").level()).isEqualTo(ManagementLevel.SENIOR_MANAGEMENT);
        assertThat(k.managementClass("zhou").level()).isEqualTo(ManagementLevel.MIDDLE_MANAGEMENT);
        assertThat(k.managementClass("li").level()).isEqualTo(ManagementLevel.MIDDLE_MANAGEMENT);
        assertThat(k.managementClass("he").level()).isEqualTo(ManagementLevel.STAFF);
    }

    @Test
    void aBareTitleIsClassedByDefaultAndAnUnrankedOneHasNoClass() {
        Knowledge k = Knowledge.of(Fixtures.org("u|Wizard|C|"));
        assertThat(k.managementClass("生产总监").level()).isEqualTo(ManagementLevel.SENIOR_MANAGEMENT);
        assertThat(k.managementClass("Production Manager").level()).isEqualTo(ManagementLevel.MIDDLE_MANAGEMENT);
        assertThat(k.managementClass("u").level()).isNull();
        assertThat(k.managementClass("u").text()).contains("no rank");
        assertThatThrownBy(() -> k.managementClass("Wizard of Oz")).isInstanceOf(UnknownSubjectException.class);
    }
}
