package org.orgrules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.orgrules.RulesFolderTest;

/**
 * scripts/run-untrusted, the wall behind the allow-list: a separate JVM under operating-system limits.
 * Even trusted rules (no allow-list at all) cannot write a file or run past the wall-clock limit there.
 * Tagged "slow" (~25 s of sandboxed JVMs): {@code .ci/run} runs it in the step after {@code mvn verify}.
 */
@EnabledOnOs(OS.LINUX)
@org.junit.jupiter.api.Tag("slow")
class RunUntrustedScriptTest {

    private record Run(int code, String out, String err) {}

    private static Run run(Path dir, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("bash", "scripts/run-untrusted"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile());
        pb.environment().put("ORGRULES_CLASSPATH", System.getProperty("java.class.path"));
        Process p = pb.start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("run-untrusted did not stop");
        }
        return new Run(p.exitValue(), Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    /** The shipped rules and x.drl, one rule on li whose consequence is {@code then}. */
    private static Path rulesWith(Path dir, String rule, String then) throws IOException {
        Path rules = RulesFolderTest.copyRules(dir.resolve("rules"));
        Files.writeString(rules.resolve("x.drl"), """
                package org.orgrules.rules;
                import org.orgrules.model.Person;

                rule "%s"
                    @source("K0")
                when
                    $p : Person( id == "li" )
                then
                    %s
                end
                """.formatted(rule, then));
        return rules;
    }

    @Test
    void aRuleThatWritesAFileWritesNothingThere(@TempDir Path dir) throws IOException, InterruptedException {
        Path target = dir.resolve("written.txt");
        Path rules = rulesWith(dir, "A consequence that writes a file",
                "java.nio.file.Files.writeString(java.nio.file.Path.of(\"" + target + "\"), \"x\".repeat(1000));");

        Run r = run(dir, "--wall", "120", "--", "--rules", rules.toString(), "--trust-rules", "check");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(rules.resolve("x.drl") + ":4: rule \"A consequence that writes a file\" failed: IOException: File too large");
        assertThat(!Files.exists(target) || Files.size(target) == 0).as("nothing written").isTrue();
    }

    @Test
    void theWallClockLimitStopsARunThatTheRulesDoNot(@TempDir Path dir) throws IOException, InterruptedException {
        Path rules = rulesWith(dir, "A consequence that never returns", "long n = 0; while (n >= 0) { n = (n + 1) % 1000; }");

        Run r = run(dir, "--wall", "15", "--", "--rules", rules.toString(), "--time-limit", "0", "check");

        assertThat(r.code()).as("timeout's exit: the wall stopped it; %s", r.err()).isEqualTo(124);
    }

    @Test
    void aRuleThatExhaustsTheHeapIsExit2AtItsLineWithNoStackTrace(@TempDir Path dir) throws IOException, InterruptedException {
        Path rules = rulesWith(dir, "A consequence that fills the heap",
                "java.util.List<long[]> all = new java.util.ArrayList<>(); while (true) { all.add(new long[1000000]); }");

        Run r = run(dir, "--mem", "512", "--wall", "150", "--", "--rules", rules.toString(), "check");

        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).isEqualTo(rules.resolve("x.drl") + ":4: rule \"A consequence that fills the heap\" ran out of memory (Java heap space)\n");
    }

    @Test
    void aBadLimitIsAUsageError(@TempDir Path dir) throws IOException, InterruptedException {
        Run r = run(dir, "--cpu", "lots", "--", "check");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--cpu, --mem and --wall take whole numbers, not 'lots'");
    }
}
