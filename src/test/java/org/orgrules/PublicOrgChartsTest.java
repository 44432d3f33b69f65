package org.orgrules;

import org.orgrules.view.Org;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.orgrules.model.Severity;
import org.orgrules.model.Violation;

/**
 * Public org charts nobody here wrote (src/test/resources/orgcharts/, sources and an HR reading of each
 * in the README beside them), loaded whole: {@code check} raises no ERROR that a person reading the
 * chart would call false. The ERRORs accepted as true are listed here, each with why; every one of them
 * must still be found, so the list cannot go stale.
 */
class PublicOrgChartsTest {
    record Chart(String file, Map<String, String> acceptedErrors) {
        @Override public String toString() { return file; }
    }

    static List<Chart> charts() {
        return List.of(
                new Chart("un-office-of-legal-affairs.csv", Map.of()),
                new Chart("adventureworks-cycles.csv", Map.of()),
                new Chart("salesforce-standard-roles.csv", Map.of()),
                new Chart("odoo-hr-demo.csv", Map.of(
                        "K3.1 [employee_al, employee_qdp]",
                        "a Team Leader reports to an Experienced Developer: the README calls the title wrong, a true finding")),
                new Chart("lecheng-group-hq.csv", Map.of(
                        "K3.1 [LC1209, LC1206]",
                        "a 项目副总经理 (deputy general manager) under a 工程总监 (director): a higher rung under a lower one, "
                                + "listed as a true finding by title in the README")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("charts")
    void checkRaisesOnlyTheErrorsAPersonReadingTheChartAccepts(Chart chart) {
        Org org = Fixtures.expert().load(Path.of("src/test/resources/orgcharts", chart.file()));
        assertThat(org.loadProblems()).as("load problems").isEmpty();
        assertThat(org.size()).isGreaterThan(10);
        List<Violation> errors = org.violations().stream().filter(v -> v.severity() == Severity.ERROR).toList();
        Map<String, String> found = errors.stream().collect(Collectors.toMap(
                v -> v.source() + " " + v.people(), Violation::message, (a, b) -> a));
        assertThat(found.keySet()).as("ERRORs not accepted as true:\n" + String.join("\n", found.values()))
                .isSubsetOf(chart.acceptedErrors().keySet());
        assertThat(found.keySet()).as("accepted ERRORs still found").containsAll(chart.acceptedErrors().keySet());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("charts")
    void directorsOfDifferentDivisionsAreNotTwoHeadsOfOneFunction(Chart chart) {
        Org org = Fixtures.expert().load(Path.of("src/test/resources/orgcharts", chart.file()));
        assertThat(org.violations()).filteredOn(v -> v.source().equals("K2.2") && v.severity() == Severity.ERROR).isEmpty();
    }
}
