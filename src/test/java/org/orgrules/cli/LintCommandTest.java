package org.orgrules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orgrules.RulesFolderTest;

/** {@code orgrules lint}: errors in the analyst's own file:line:col, warnings as a list. */
class LintCommandTest {

    @Test
    void aDrlErrorReadsFileLineColumnAndExits2(@TempDir Path dir) throws IOException {
        rulesWithABrokenRule(dir);
        Cli r = Cli.run("--rules", dir.toString(), "lint");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).containsPattern("(?m)^" + java.util.regex.Pattern.quote(dir + "/violations/broken.drl") + ":7:\\d+: \\S");
        assertThat(r.err()).doesNotContain(".java").doesNotContain("Exception");
        // every command that loads the rules says the same
        Cli senior = Cli.run("--rules", dir.toString(), "senior", "a", "b");
        assertThat(senior.code()).isEqualTo(2);
        assertThat(senior.err()).contains(dir + "/violations/broken.drl:7:");
    }

    @Test
    void underJsonTheErrorsAreAJsonListAndTheExitStays2(@TempDir Path dir) throws IOException {
        rulesWithABrokenRule(dir);
        Cli r = Cli.run("--rules", dir.toString(), "--json", "lint");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.json().get("rules").isNull()).isTrue();
        assertThat(r.json().get("errors")).isNotEmpty();
        assertThat(r.json().get("errors").get(0).get("file").asText()).isEqualTo(dir + "/violations/broken.drl");
        assertThat(r.json().get("errors").get(0).get("line").asInt()).isEqualTo(7);
    }

    /** The shipped rules in {@code dir}, and a rule whose condition does not compile at violations/broken.drl:7. */
    private static void rulesWithABrokenRule(Path dir) throws IOException {
        RulesFolderTest.copyRules(dir);
        Files.writeString(dir.resolve("violations/broken.drl"), """
                package org.orgrules.rules.violations;
                import org.orgrules.model.Person;

                rule "A broken rule"
                    @source("K6.2")
                when
                    Person( id == )
                then
                end
                """);
    }

    @Test
    void aRuleCitingAStatementItDoesNotSayIsWarned(@TempDir Path dir) throws IOException {
        RulesFolderTest.copyRules(dir);
        // K7.2 is about peers (the product director and the technical director): nothing of companies
        Files.writeString(dir.resolve("miscited.drl"), """
                package org.orgrules.rules.miscited;
                import org.orgrules.model.Person;

                rule "People of different companies share nothing"
                    @source("K7.2")
                when
                    Person( company == "nowhere" )
                then
                end

                rule "Equal ranks of different functions are peers"
                    @source("K7.2")
                when
                    Person( company == "nowhere either" )
                then
                end
                """);
        Cli r = Cli.run("--rules", dir.toString(), "lint");
        assertThat(r.out()).contains(dir + "/miscited.drl:4: warning: rule \"People of different companies share nothing\" cites K7.2 but")
                .doesNotContain("rule \"Equal ranks of different functions are peers\" cites");
    }

    @Test
    void theShippedRulesHaveNoErrors() {
        Cli r = Cli.run("--rules", "rules", "lint");
        assertThat(r.code()).as(r.err()).isEqualTo(0);
        assertThat(r.out()).contains("0 errors").doesNotContain("duplicate rule name").doesNotContain("no @source")
                .doesNotContain("can never win");
    }

    @Test
    void warningsNameDuplicatesMissingSourcesShadowedAndUnusedWords(@TempDir Path dir) throws IOException {
        RulesFolderTest.copyRules(dir);
        Files.writeString(dir.resolve("extra.drl"), """
                package org.orgrules.rules.extra;
                import org.orgrules.model.Person;

                rule "Nobody is their own manager"
                    @source("K6.2")
                when
                    Person( id == "never-such-a-person" )
                then
                end

                rule "A rule with no statement"
                when
                    Person( id == "never-such-a-person" )
                then
                end
                """);
        Files.writeString(dir.resolve("vocabulary/extra.yaml"), """
                # words an analyst added

                - group: A second, lower reading of 经理
                  source: Vocabulary
                  ranks:
                    - [STAFF, 5, 经理]
                    - [STAFF, 10, Zookeeper]

                - group: A group with no statement
                  source: ""
                  units: [Zoo]

                - group: A company has only one director of each function
                  source: K2.2
                  units: [Enclosure]
                """);
        Cli r = Cli.run("--rules", dir.toString(), "--facts", "facts", "lint");
        assertThat(r.code()).as(r.err()).isEqualTo(0);
        assertThat(r.out())
                .contains(dir + "/violations/self-manager.drl:9:6: warning: duplicate rule name \"Nobody is their own manager\", "
                        + "first declared at " + dir + "/extra.drl:4")
                .contains(dir + "/extra.drl:11: warning: rule \"A rule with no statement\" has no @source")
                .contains(dir + "/vocabulary/extra.yaml:6: warning: rank word '经理' (STAFF 5) can never win: even the title '经理' takes '经理' (MANAGER 50)")
                .contains(dir + "/vocabulary/extra.yaml:7: warning: rank word 'Zookeeper' (STAFF 10) is used by no title in the facts")
                .contains(dir + "/vocabulary/extra.yaml:9: warning: group \"A group with no statement\" has no source")
                .contains(dir + "/vocabulary/extra.yaml:13: warning: duplicate rule name \"A company has only one director of each function\"")
                .doesNotContain("rank word '总监' (DIRECTOR 60) is used by no title");
    }

    @Test
    void aGroupCitingAStatementItDoesNotSayIsWarned(@TempDir Path dir) throws IOException {
        RulesFolderTest.copyRules(dir);
        // K7.2 is about peers (the product director and the technical director): nothing of zoos
        Files.writeString(dir.resolve("vocabulary/miscited.yaml"), """
                - group: Zoos have keepers
                  source: K7.2
                  ranks:
                    - [STAFF, 10, Zookeeper]
                """);
        Cli r = Cli.run("--rules", dir.toString(), "lint");
        assertThat(r.out()).contains(dir + "/vocabulary/miscited.yaml:1: warning: rule \"Zoos have keepers\" cites K7.2 but");
    }

    @Test
    void aMalformedTableReadsFileLineAndExits2(@TempDir Path dir) throws IOException {
        RulesFolderTest.copyRules(dir);
        Files.writeString(dir.resolve("vocabulary/broken.yaml"), """
                - group: Words an analyst got wrong
                  source: Vocabulary
                  ranks:
                    - [DIRECTOR, sixty, Zoo Director]
                """);
        Cli r = Cli.run("--rules", dir.toString(), "lint");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(dir + "/vocabulary/broken.yaml:4:18: a level is a whole number, not 'sixty'")
                .doesNotContain("Exception").doesNotContain(".java");
        Cli senior = Cli.run("--rules", dir.toString(), "senior", "生产总监", "生产经理");
        assertThat(senior.code()).isEqualTo(2);
        assertThat(senior.err()).contains(dir + "/vocabulary/broken.yaml:4:18:");
    }
}
