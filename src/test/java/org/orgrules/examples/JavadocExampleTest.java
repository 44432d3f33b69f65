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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example in the javadoc of package {@code org.orgrules} (package-info.java) is a whole program:
 * it is cut out of the comment, compiled against the library as built and run, so the documentation
 * cannot drift from the API.
 */
class JavadocExampleTest {
    static final Path PACKAGE_INFO = Path.of("src/main/java/org/orgrules/package-info.java");
    static final Pattern EXAMPLE = Pattern.compile("<pre>\\{@code\\R(.*?)\\R\\s*\\*\\s*}</pre>", Pattern.DOTALL);

    /** The text of the {@code <pre>{@code …}</pre>} block, without the comment's leading {@code " * "}. */
    static String example() throws Exception {
        Matcher m = EXAMPLE.matcher(Files.readString(PACKAGE_INFO));
        assertThat(m.find()).as("a <pre>{@code …}</pre> example in " + PACKAGE_INFO).isTrue();
        return m.group(1).replaceAll("(?m)^\\s*\\* ?", "");
    }

    @ParameterizedTest(name = "java HrCheck {0}")
    @ValueSource(strings = {"", "facts rules"})
    void thePackageExampleCompilesAndAnswers(String arguments, @TempDir Path dir) throws Exception {
        Path source = dir.resolve("src/HrCheck.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, example());
        Path classes = dir.resolve("classes");
        Javac.compile(classes, List.of(source.toString()));

        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        PrintStream out = System.out, err = System.err;
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(errors, true, StandardCharsets.UTF_8));
            String[] args = arguments.isEmpty() ? new String[0] : arguments.split(" ");
            loader.loadClass("HrCheck").getMethod("main", String[].class).invoke(null, (Object) args);
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        String text = printed.toString(StandardCharsets.UTF_8);

        assertThat(errors.toString(StandardCharsets.UTF_8)).doesNotContain("load problem");
        assertThat(text).contains("产品经理 vs 技术总监: SECOND_SENIOR")
                .contains("K7.1]")
                .contains("li reports to gm: true via [zhang, gm]")
                .contains("ERROR [K2.2] 2 directors of PRODUCTION");
    }
}
