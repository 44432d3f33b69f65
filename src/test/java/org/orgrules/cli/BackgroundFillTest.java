package org.orgrules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orgrules.RulesFolderTest;
import org.orgrules.engine.CacheFill;
import org.orgrules.engine.RuleBase;
import org.orgrules.engine.RuleCache;
import org.orgrules.engine.RuleSource;

/** ORGRULES_CACHE_FILL=background: a one-shot miss answers with the classic build and asks a background JVM to fill the cache. */
class BackgroundFillTest {

    private static Cli run(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err), env);
        return new Cli(code, out.toString(), err.toString());
    }

    private static List<String> files(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("rules-")).sorted().toList();
        }
    }

    /** Runs {@code body} with the CLI's filler recording the requests instead of starting a JVM. */
    private static List<CacheFill.Request> recording(Runnable body) {
        List<CacheFill.Request> asked = new CopyOnWriteArrayList<>();
        Consumer<CacheFill.Request> before = Main.filler;
        Main.filler = asked::add;
        try {
            body.run();
        } finally {
            Main.filler = before;
        }
        return asked;
    }

    @Test
    void aOneShotMissAnswersAsTheClassicBuildAndAsksForOneFill(@TempDir Path dir, @TempDir Path rules) throws IOException {
        RulesFolderTest.copyRules(rules);
        Path cache = dir.resolve("cache");
        Map<String, String> env = Map.of("ORGRULES_CACHE_DIR", cache.toString(), "ORGRULES_CACHE_FILL", "background");
        Cli[] r = new Cli[2];
        List<CacheFill.Request> asked = recording(() -> {
            r[0] = run(env, "--rules", rules.toString(), "explain", "senior", "生产总监", "生产经理");
            r[1] = run(env, "--rules", rules.toString(), "explain", "senior", "生产总监", "生产经理");
        });
        Cli classic = run(Map.of(), "--no-cache", "--rules", rules.toString(), "explain", "senior", "生产总监", "生产经理");

        assertThat(r[0].code()).isZero();
        assertThat(r[0].out()).isEqualTo(classic.out()).contains("生产总监 is senior to 生产经理.");
        assertThat(r[0].err()).isEqualTo(classic.err()).isEmpty();
        assertThat(r[1].out()).isEqualTo(classic.out());
        assertThat(asked).hasSize(1);
        assertThat(asked.get(0).source().path()).contains(rules);
        assertThat(files(cache)).as("no entry compiled in the call; the marker of the fill").hasSize(1)
                .allMatch(n -> n.endsWith(".filling"));

        // what the background JVM would do; then a call hits
        assertThat(BackgroundFill.run(new String[] {"--cache", cache.toString(), "--rules", rules.toString()})).isZero();
        assertThat(files(cache)).hasSize(1).allMatch(n -> n.endsWith(".bin"));
        Cli hit = run(Map.of("ORGRULES_CACHE_DIR", cache.toString()), "--rules", rules.toString(), "explain", "senior", "生产总监", "生产经理");
        assertThat(hit.out()).isEqualTo(classic.out());
        assertThat(files(cache)).hasSize(1);
    }

    @Test
    void theFillMainWritesAnEntryALaterBuildLoads(@TempDir Path dir, @TempDir Path rules) throws IOException {
        RulesFolderTest.copyRules(rules);
        Path cache = dir.resolve("cache");
        assertThat(BackgroundFill.run(new String[] {"--cache", cache.toString(), "--rules", rules.toString()})).isZero();
        assertThat(files(cache)).hasSize(1).allMatch(n -> n.endsWith(".bin"));
        RuleBase rb = RuleBase.build(RuleSource.folder(rules), 1_000_000L, 100, false, RuleCache.open(cache));
        assertThat(rb.fromCache()).isTrue();
    }

    @Test
    void theFillMainFailsQuietlyOnBadArgumentsOrRules(@TempDir Path dir) throws IOException {
        assertThat(BackgroundFill.run(new String[] {"--cache", dir.toString()})).isEqualTo(1);
        assertThat(BackgroundFill.run(new String[] {"--what"})).isEqualTo(1);
        Path empty = Files.createDirectories(dir.resolve("no-rules"));
        assertThat(BackgroundFill.run(new String[] {"--cache", dir.resolve("c").toString(), "--rules", empty.toString()})).isEqualTo(1);
    }

    @Test
    void withoutTheVariableOrWithNoCacheNothingIsAsked(@TempDir Path dir, @TempDir Path rules) throws IOException {
        RulesFolderTest.copyRules(rules);
        Path cache = dir.resolve("cache");
        List<CacheFill.Request> asked = recording(() -> {
            assertThat(run(Map.of("ORGRULES_CACHE_DIR", cache.toString()), "--rules", rules.toString(), "senior", "生产总监", "生产经理").code()).isZero();
            assertThat(run(Map.of("ORGRULES_CACHE_DIR", dir.resolve("other").toString(), "ORGRULES_CACHE_FILL", "background"),
                    "--no-cache", "--rules", rules.toString(), "senior", "生产总监", "生产经理").code()).isZero();
        });
        assertThat(asked).isEmpty();
        assertThat(files(cache)).as("compiled in process, as before").hasSize(1).allMatch(n -> n.endsWith(".bin"));
        assertThat(dir.resolve("other")).doesNotExist();
    }

    @Test
    void theShellCompilesAMissInProcessWhateverTheVariableSays(@TempDir Path dir, @TempDir Path rules) throws IOException {
        RulesFolderTest.copyRules(rules);
        Path cache = dir.resolve("cache");
        Map<String, String> env = Map.of("ORGRULES_CACHE_DIR", cache.toString(), "ORGRULES_CACHE_FILL", "background");
        StringWriter out = new StringWriter(), err = new StringWriter();
        int[] code = new int[1];
        List<CacheFill.Request> asked = recording(() -> code[0] = Main.run(new String[] {"--rules", rules.toString(), "shell"},
                new java.io.ByteArrayInputStream("senior 生产总监 生产经理\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                new PrintWriter(out), new PrintWriter(err), env));
        assertThat(code[0]).isZero();
        assertThat(out.toString()).contains("生产总监 is senior to 生产经理.");
        assertThat(asked).isEmpty();
        assertThat(files(cache)).hasSize(1).allMatch(n -> n.endsWith(".bin"));
    }

    @Test
    void theFillJvmRunsThisClassPathNicedWithTheRulesAsNamed(@TempDir Path dir) throws IOException {
        RuleCache cache = RuleCache.open(dir);
        List<String> c = BackgroundFill.command(new CacheFill.Request(RuleSource.folder(Path.of("rules")), true, cache, "k"));
        assertThat(c).containsSubsequence("-cp", System.getProperty("java.class.path"), BackgroundFill.class.getName())
                .containsSubsequence("--cache", cache.dir().toString())
                .containsSubsequence("--rules", "rules")
                .contains("--trust-rules");
        assertThat(c.get(c.indexOf("-cp") - 5)).endsWith("java");
        if (Files.isExecutable(Path.of("/usr/bin/nice")) || Files.isExecutable(Path.of("/bin/nice"))) {
            assertThat(c).containsSubsequence("-n", "10");
        }
        assertThat(BackgroundFill.command(new CacheFill.Request(RuleSource.bundled(), false, cache, "k")))
                .contains("--bundled").doesNotContain("--rules", "--trust-rules");
    }
}
