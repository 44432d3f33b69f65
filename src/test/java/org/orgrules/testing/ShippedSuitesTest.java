package org.orgrules.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.orgrules.OrgExpert;
import org.orgrules.engine.RuleInfo;

/** The analysts' suites in rules/tests, one JUnit test per case, named after the case. */
class ShippedSuitesTest {
    private static final Path RULES = Path.of("rules");
    private static final OrgExpert EXPERT = OrgExpert.fromFolder(RULES);

    @TestFactory
    Stream<DynamicNode> everyCaseOfEverySuite() {
        SuiteRunner runner = new SuiteRunner(EXPERT);
        return SuiteReader.readAll(RULES.resolve("tests")).stream().map(s -> DynamicContainer.dynamicContainer(s.file(),
                s.cases().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
                    List<String> failures = new ArrayList<>();
                    for (Result r : runner.run(c)) {
                        if (!r.passed()) failures.add(r.expectation().location() + ": " + r.expectation().query()
                                + "\n  expected: " + r.expected() + "\n  actual:   " + r.actual());
                    }
                    assertThat(failures).as("failing expectations of '%s'", c.name()).isEmpty();
                }))));
    }

    @Test
    void everyKStatementTheRulesCiteIsExercisedByAPassingScenario() {
        SuiteRunner runner = new SuiteRunner(EXPERT);
        List<Result> all = new ArrayList<>();
        for (Suite s : SuiteReader.readAll(RULES.resolve("tests"))) all.addAll(runner.run(s));
        Map<String, List<String>> covered = SuiteRunner.coverage(all);
        TreeSet<String> cited = new TreeSet<>();
        for (RuleInfo r : EXPERT.rules().rules()) if (!r.source().isBlank()) cited.add(r.source());
        assertThat(cited).isNotEmpty();
        assertThat(covered.keySet()).as("K-statements with a passing scenario").containsAll(cited);
    }

    @Test
    void everyKStatementTheRulesCiteIsInTheCatalogueWithItsChinese() {
        for (RuleInfo r : EXPERT.rules().rules()) {
            if (r.source().isBlank()) continue;
            assertThat(EXPERT.statements().get(r.source())).as("rules/statements.yaml has %s (cited at %s)", r.source(), r.location())
                    .hasValueSatisfying(st -> {
                        assertThat(st.english()).isNotBlank();
                        assertThat(st.chinese()).isNotBlank();
                    });
        }
    }

    @Test
    void thereIsASuiteForTheSampleCompanyAndOneForEachViolationRule() {
        List<Suite> suites = SuiteReader.readAll(RULES.resolve("tests"));
        assertThat(suites).anyMatch(s -> s.cases().stream().anyMatch(c -> !c.facts().inline()
                && c.facts().path().endsWith(Path.of("facts", "huaxia.yaml"))));
        for (RuleInfo r : EXPERT.rules().rules()) {
            if (!r.file().contains("/violations/")) continue;
            assertThat(suites).as("a suite expecting a violation of \"%s\"", r.name()).anyMatch(s -> s.cases().stream()
                    .flatMap(c -> c.expectations().stream())
                    .flatMap(e -> ((List<?>) e.fields().getOrDefault("must", List.of())).stream())
                    .anyMatch(m -> ((Expectation.ViolationMatch) m).what().equals(r.name())));
        }
    }

    /** Folders of rules/tests that mirror no rules file: whole companies, and the sentences of questions.yaml. */
    private static final List<String> BESIDE_THE_RULES = List.of("scenarios", "ask");

    @Test
    void theTestsFolderMirrorsTheRulesFolderFileForFile() throws java.io.IOException {
        List<String> rulesWithoutSuite = new ArrayList<>();
        List<String> suitesWithoutRules = new ArrayList<>();
        Path tests = RULES.resolve("tests");
        try (Stream<Path> files = java.nio.file.Files.walk(RULES)) {
            for (Path f : files.filter(java.nio.file.Files::isRegularFile).sorted().toList()) {
                Path rel = RULES.relativize(f);
                String name = rel.toString();
                if (name.startsWith("tests/") || !name.endsWith(".drl")) continue;
                Path suite = tests.resolve(name.substring(0, name.length() - ".drl".length()) + ".yaml");
                if (!java.nio.file.Files.isRegularFile(suite)) rulesWithoutSuite.add(name);
            }
        }
        try (Stream<Path> files = java.nio.file.Files.walk(tests)) {
            for (Path f : files.filter(java.nio.file.Files::isRegularFile).sorted().toList()) {
                Path rel = tests.relativize(f);
                if (BESIDE_THE_RULES.contains(rel.getName(0).toString())) continue;
                String base = rel.toString().substring(0, rel.toString().length() - ".yaml".length());
                if (!java.nio.file.Files.isRegularFile(RULES.resolve(base + ".drl"))
                        && !java.nio.file.Files.isRegularFile(RULES.resolve(base + ".yaml"))) suitesWithoutRules.add("tests/" + rel);
            }
        }
        assertThat(rulesWithoutSuite).as("rule files with no suite at the same path under rules/tests").isEmpty();
        assertThat(suitesWithoutRules).as("suites that mirror no rule file or table").isEmpty();
        assertThat(java.nio.file.Files.isDirectory(RULES.resolve("core"))).isTrue();
        assertThat(java.nio.file.Files.isDirectory(RULES.resolve("knowledge"))).isTrue();
        assertThat(java.nio.file.Files.isDirectory(RULES.resolve("violations"))).isTrue();
    }
}
