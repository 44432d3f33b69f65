package org.orgrules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI's rule cache: where it is, {@code --no-cache}, and a folder it cannot use. */
class CacheCliTest {

    private static Cli run(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err), env);
        return new Cli(code, out.toString(), err.toString());
    }

    private static long entries(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return 0;
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().startsWith("rules-")).count();
        }
    }

    @Test
    void theCliKeepsTheCompiledRulesInOrgrulesCacheDirAndAnswersTheSameFromThem(@TempDir Path dir) throws IOException {
        Path cache = dir.resolve("cache");
        Map<String, String> env = Map.of("ORGRULES_CACHE_DIR", cache.toString());
        Cli first = run(env, "--rules", "rules", "explain", "senior", "产品经理", "技术总监");
        Cli second = run(env, "--rules", "rules", "explain", "senior", "产品经理", "技术总监");
        assertThat(entries(cache)).isEqualTo(1);
        assertThat(second.code()).isZero();
        assertThat(second.out()).isEqualTo(first.out()).contains("rules/core/seniority.drl:");
        assertThat(second.err()).isEqualTo(first.err()).isEmpty();
    }

    @Test
    void xdgCacheHomeIsUsedWhenOrgrulesCacheDirIsNotSet(@TempDir Path dir) throws IOException {
        Cli r = run(Map.of("XDG_CACHE_HOME", dir.toString()), "--rules", "rules", "senior", "生产总监", "生产经理");
        assertThat(r.code()).isZero();
        assertThat(entries(dir.resolve("orgrules"))).isEqualTo(1);
    }

    @Test
    void noCacheWritesNothing(@TempDir Path dir) {
        Path cache = dir.resolve("cache");
        Cli r = run(Map.of("ORGRULES_CACHE_DIR", cache.toString()), "--no-cache", "--rules", "rules", "senior", "生产总监", "生产经理");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("生产总监 is senior to 生产经理.");
        assertThat(cache).doesNotExist();
    }

    @Test
    void aCacheFolderThatCannotBeWrittenIsWarnedOnceAndTheAnswerStillComes(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("a-file"), "not a folder");
        Cli r = run(Map.of("ORGRULES_CACHE_DIR", file.resolve("cache").toString()),
                "--rules", "rules", "explain", "senior", "生产总监", "生产经理");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("生产总监 is senior to 生产经理.");
        assertThat(r.err()).containsOnlyOnce("orgrules: warning: no rule cache").contains(file.resolve("cache").toString());
    }
}
