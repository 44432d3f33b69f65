package org.orgrules.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example under {@code examples/embed} compiles against the library as built (target/classes
 * and its dependencies) and runs: what an HR project that depends on orgrules would do.
 */
class EmbeddingExampleTest {
    static final Path EXAMPLE = Path.of("examples/embed");

    @Test
    void theEmbeddingExampleCompilesAndAnswers(@TempDir Path out) throws Exception {
        List<String> sources;
        try (Stream<Path> walk = Files.walk(EXAMPLE.resolve("src/main/java"))) {
            sources = walk.filter(p -> p.toString().endsWith(".java")).map(Path::toString).toList();
        }
        Javac.compile(out, sources);

        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {out.toUri().toURL()}, getClass().getClassLoader())) {
            Class<?> report = loader.loadClass("com.example.hr.OrgReport");
            report.getMethod("run", PrintStream.class, String[].class).invoke(null, new PrintStream(printed, true, StandardCharsets.UTF_8),
                    new String[] {EXAMPLE.resolve("data/employees.csv").toString(), "erpnext"});
        }
        String text = printed.toString(StandardCharsets.UTF_8);

        assertThat(text).doesNotContain("load problem")
                .contains("people: 5")
                .contains("Production Manager vs Production Director: SECOND_SENIOR")
                .contains("chain of HR-EMP-0004: HR-EMP-0002 -> HR-EMP-0001")
                .contains("HR-EMP-0005 reports to ")
                .contains("[K2.2]")
                .contains("export: 5 rows");
    }
}
