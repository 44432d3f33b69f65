package org.orgrules.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orgrules.OrgExpert;
import org.orgrules.RulesFolderTest;
import org.orgrules.engine.RulesException;

/**
 * Exit codes mean one thing: a rule that fails while it runs, a rules folder with an entry that
 * cannot be read, a bad --time-limit or --sizes are exit 2 with file:line and no stack trace; 1 stays
 * "check found an ERROR".
 */
class RuleFailureExitTest {

    private static Path rulesWith(Path dir, String file, String drl) throws IOException {
        Path rules = RulesFolderTest.copyRules(dir.resolve("rules"));
        if (file != null) Files.writeString(rules.resolve(file), drl);
        return rules;
    }

    private static final String WAITS = """
            package org.orgrules.rules;
            import org.orgrules.model.Person;

            rule "A consequence that waits for ever"
                @source("K0")
            when
                $p : Person( id == "li" )
            then
                while (true) { Thread.sleep(50); }
            end
            """;

    @Test
    void aConsequenceThatNeverReturnsIsStoppedByTheTimeLimitNamingTheRule(@TempDir Path dir) throws IOException {
        Path rules = rulesWith(dir, "waits.drl", WAITS);
        // trusted, as Thread.sleep is refused otherwise; a busy loop is stopped the same way (the corpus has one)
        Cli c = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> Cli.run("--rules", rules.toString(), "--trust-rules", "--no-cache", "--time-limit", "1", "check"));
        assertThat(c.code()).isEqualTo(2);
        assertThat(c.err()).isEqualTo(rules.resolve("waits.drl") + ":4: rule \"A consequence that waits for ever\" did not finish "
                + "within the time limit of 1 s (--time-limit): does its consequence loop or wait?\n");
    }

    @Test
    void theLibraryTakesTheTimeLimitAndKeepsItOnARebuild(@TempDir Path dir) throws IOException {
        Path rules = rulesWith(dir, "waits.drl", WAITS);
        OrgExpert expert = OrgExpert.builder().rules(rules).trustRules(true).noCache().timeLimit(Duration.ofMillis(500)).build();
        assertThatThrownBy(() -> expert.of(java.util.List.of(new org.orgrules.model.Person("li", "Li", "经理", null, "A", null, "test"))))
                .isInstanceOf(RulesException.class).hasMessageContaining("waits.drl:4: rule \"A consequence that waits for ever\" did not finish");
        assertThat(expert.rebuilt().rules().timeLimitMillis()).isEqualTo(500);
        assertThatThrownBy(() -> OrgExpert.builder().timeLimit(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aNegativeTimeLimitIsAUsageError() {
        Cli c = Cli.run("--time-limit", "-1", "chain", "li");
        assertThat(c.code()).isEqualTo(2);
        assertThat(c.err()).contains("--time-limit must be a number of seconds, 0 or more, not -1");
    }

    @Test
    void aThrowingRuleIsExit2NotTheExitOfFindings(@TempDir Path dir) throws IOException {
        Path rules = rulesWith(dir, "throws.drl", """
                package org.orgrules.rules;
                import org.orgrules.model.Person;

                rule "A consequence that throws"
                    @source("K0")
                when
                    $p : Person( id == "li" )
                then
                    throw new IllegalStateException("no");
                end
                """);
        Cli c = Cli.run("--rules", rules.toString(), "--no-cache", "check");
        assertThat(c.code()).isEqualTo(2);
        assertThat(c.err()).isEqualTo(rules.resolve("throws.drl") + ":4: rule \"A consequence that throws\" failed: IllegalStateException: no\n");
    }

    @Test
    void unreadableEntriesInTheRulesFolderAreNamedWithExit2(@TempDir Path dir) throws IOException, InterruptedException {
        Path rules = rulesWith(dir, null, null);
        Files.createDirectories(rules.resolve("folder.drl"));
        Files.createSymbolicLink(rules.resolve("dangling.drl"), dir.resolve("nowhere.drl"));
        Path fifo = rules.resolve("pipe.drl");
        boolean haveFifo = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0;

        Cli c = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> Cli.run("--rules", rules.toString(), "--no-cache", "check"));

        assertThat(c.code()).isEqualTo(2);
        assertThat(c.err()).contains(rules.resolve("dangling.drl") + ": a symbolic link to " + dir.resolve("nowhere.drl") + " that leads nowhere\n")
                .contains(rules.resolve("folder.drl") + ": a folder named like a rules file: rename it")
                .doesNotContain("internal error").doesNotContain("\tat ");
        if (haveFifo) assertThat(c.err()).contains(fifo + ": not a regular file (a pipe or a device): not read");
    }

    @Test
    void benchWithNoSizesIsAUsageError() {
        Cli c = Cli.run("bench", "--sizes", ",");
        assertThat(c.code()).isEqualTo(2);
        assertThat(c.out()).isEmpty();
        assertThat(c.err()).isEqualTo("orgrules: --sizes: give at least one size, e.g. --sizes 10000,100000\n");
    }

    @Test
    void outReplacesOnlyARegularFile(@TempDir Path dir) throws IOException, InterruptedException {
        Path target = dir.resolve("real.yaml");
        Path link = dir.resolve("link.yaml");
        Files.createSymbolicLink(link, target);
        Path folder = Files.createDirectories(dir.resolve("folder.yaml"));
        for (Path out : new Path[] {link, folder, Path.of("/dev/null")}) {
            Cli c = Cli.run("export", "--format", "yaml", "--out", out.toString());
            assertThat(c.code()).as("--out %s", out).isEqualTo(2);
            assertThat(c.err()).as("--out %s", out).startsWith("orgrules: cannot write " + out + ": it is a")
                    .contains("not a regular file");
        }
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(target).doesNotExist();
        assertThat(Files.isRegularFile(Path.of("/dev/null"))).as("/dev/null is still the device").isFalse();
        Path fresh = dir.resolve("fresh.yaml");
        assertThat(Cli.run("export", "--format", "yaml", "--out", fresh.toString()).code()).isZero();
        assertThat(Cli.run("export", "--format", "yaml", "--out", fresh.toString()).code()).as("a regular file is replaced").isZero();
    }
}
