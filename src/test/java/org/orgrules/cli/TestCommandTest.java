package org.orgrules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code orgrules test}: the analysts' suites from the command line. */
class TestCommandTest {

    @Test
    void theShippedSuitesPassAndTheLastLineCountsTheCases() {
        Cli r = Cli.run("--rules", "rules", "test");
        assertThat(r.code()).as(r.out() + r.err()).isEqualTo(0);
        String[] lines = r.out().strip().split("\\R");
        assertThat(lines[lines.length - 1]).matches("\\d+ passed, 0 failed");
    }

    @Test
    void aFailingCaseNamesTheExpectationsFileAndLineAndExits1(@TempDir Path dir) throws IOException {
        Path suite = dir.resolve("wrong.yaml");
        Files.writeString(suite, """
                people:
                  - {id: d, title: 生产总监, company: A}
                  - {id: m, title: 生产经理, company: A, manager: d}
                cases:
                  - name: right
                    expect:
                      - team: d
                        is: [m]
                  - name: wrong on purpose
                    expect:
                      - chain: m
                        is: [d]
                      - senior: [m, d]
                        answer: FIRST_SENIOR
                """);
        Cli r = Cli.run("--rules", "rules", "test", suite.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("FAIL " + suite + ":9  wrong on purpose")
                .contains(suite + ":13: senior m d")
                .contains("expected: answer FIRST_SENIOR")
                .contains("actual:   answer SECOND_SENIOR")
                .contains("[Whoever is in the other's chain of command is senior, K3.1]")
                .doesNotContain(suite + ":11:");
        assertThat(r.out().strip()).endsWith("1 passed, 1 failed");

        Cli json = Cli.run("--rules", "rules", "--json", "test", suite.toString());
        assertThat(json.json().get("failed").asInt()).isEqualTo(1);
        assertThat(json.json().get("failures").get(0).get("line").asInt()).isEqualTo(13);
    }

    @Test
    void aMalformedSuiteExits2NamingFileAndLine(@TempDir Path dir) throws IOException {
        Path suite = dir.resolve("bad.yaml");
        Files.writeString(suite, """
                people: [{id: a, title: 经理}]
                cases:
                  - name: x
                    expect:
                      - sneior: [a, a]
                """);
        Cli r = Cli.run("--rules", "rules", "test", dir.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith(suite + ":5: ").contains("sneior");
    }

    @Test
    void coverageListsEachKStatementWithItsSuites() {
        Cli r = Cli.run("--rules", "rules", "test", "--coverage");
        assertThat(r.out()).contains("K2.2: ").contains("rules/tests/scenarios/sample-company.yaml").doesNotContain("NOT COVERED");
    }
}
