package org.orgrules.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.orgrules.OrgExpert;
import org.orgrules.engine.RuleBase;
import org.orgrules.engine.RuleGuard;
import org.orgrules.engine.RuleProblem;
import org.orgrules.engine.RuleSource;
import org.orgrules.engine.RulesException;

/**
 * A rules folder is a trust boundary: DRL that runs programs, exits, reflects, loads classes, does
 * file or network I/O or starts threads is refused before it is compiled, naming file and line —
 * unless the caller trusts the folder. The hostile files are in src/test/resources/hostile-rules/.
 */
class HostileRulesTest {
    private static final Path HOSTILE = Path.of("src/test/resources/hostile-rules");

    /** Each hostile file, the line of its forbidden call and what the message names. */
    static Stream<Arguments> hostileFiles() {
        return Stream.of(
                Arguments.of("runtime-exec.drl", 10, "'Runtime.getRuntime' (running programs)"),
                Arguments.of("process-builder.drl", 10, "'ProcessBuilder' (running programs)"),
                Arguments.of("system-exit.drl", 10, "'System.exit' (exiting the JVM)"),
                Arguments.of("reflection.drl", 10, "'getMethod' (reflection)"),
                Arguments.of("class-forname.drl", 10, "'Class.forName' (reflection)"),
                Arguments.of("class-loader.drl", 10, "'getClassLoader' (class loading)"),
                Arguments.of("file-import.drl", 4, "'java.io.FileWriter' (file I/O)"),
                Arguments.of("nio-qualified.drl", 10, "'java.nio.file.Files.delete' (file I/O)"),
                Arguments.of("network.drl", 10, "'java.net.URL' (network I/O)"),
                Arguments.of("threads.drl", 10, "'Thread' (threads)"),
                Arguments.of("executors.drl", 4, "'java.util.concurrent.Executors' (threads)"),
                Arguments.of("condition-eval.drl", 8, "'System.getenv' (reading the environment)"),
                Arguments.of("static-import.drl", 4, "'java.lang.System.*' (a static import would let rules call exit(…) unqualified)"),
                Arguments.of("unicode-escape.drl", 10, "'java.io.File' (file I/O)"),
                Arguments.of("function-block.drl", 6, "'java.io.File' (file I/O)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileFiles")
    void aHostileRulesFileIsRefusedNamingFileAndLine(String name, int line, String what, @TempDir Path dir) throws IOException {
        Path rules = shippedRulesWith(dir, name);

        Cli c = Cli.run("--rules", rules.toString(), "chain", "li");

        assertThat(c.code()).isEqualTo(2);
        assertThat(c.out()).isEmpty();
        String first = c.err().lines().findFirst().orElse("");
        assertThat(first).startsWith(rules.resolve(name) + ":" + line + ": forbidden call " + what + " – rules may not");
        assertThat(first).endsWith("if you trust this rules folder, load it with --trust-rules (RuleBase.build(source, true))");
        assertThat(c.err()).doesNotContain("\tat ").doesNotContain("Exception");
    }

    @Test
    void everyHostileFileIsCovered() throws IOException {
        try (Stream<Path> files = Files.list(HOSTILE)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
                    .containsExactlyInAnyOrderElementsOf(hostileFiles().map(a -> (String) a.get()[0]).toList());
        }
    }

    @Test
    void theFacadeRefusesTooAndSaysWhereInTheException(@TempDir Path dir) throws IOException {
        Path rules = shippedRulesWith(dir, "system-exit.drl");

        assertThatThrownBy(() -> OrgExpert.fromFolder(rules))
                .isInstanceOf(RulesException.class)
                .satisfies(e -> assertThat(((RulesException) e).problems()).singleElement()
                        .satisfies(p -> {
                            assertThat(p.file()).isEqualTo(rules.resolve("system-exit.drl").toString());
                            assertThat(p.line()).isEqualTo(10);
                        }));
        assertThatThrownBy(() -> OrgExpert.builder().rulesFolder(rules).build()).isInstanceOf(RulesException.class);
    }

    @Test
    void aTrustedFolderIsBuiltAsItIs(@TempDir Path dir) throws IOException {
        Path rules = shippedRulesWith(dir, "system-exit.drl");

        // built, not fired: no Person is inserted while building, so the consequence never runs
        assertThatCode(() -> RuleBase.build(RuleSource.folder(rules), true)).doesNotThrowAnyException();
        assertThat(OrgExpert.builder().rulesFolder(rules).trustRules(true).build().rules().rule("Hostile: System.exit"))
                .isNotNull();
    }

    @Test
    void theCliTrustsAFolderWithTrustRules(@TempDir Path dir) throws IOException {
        Path rules = shippedRulesWith(dir, null);
        Files.writeString(rules.resolve("harmless-but-flagged.drl"), """
                package org.orgrules.rules;
                import org.orgrules.model.Person;
                rule "Make a file object nobody uses"
                    @source("K0")
                when
                    $p : Person( id == "li" )
                then
                    java.io.File unused = new java.io.File($p.getId());
                end
                """);

        assertThat(Cli.run("--rules", rules.toString(), "chain", "li").code()).isEqualTo(2);
        Cli trusted = Cli.run("--rules", rules.toString(), "--trust-rules", "--json", "chain", "li");
        assertThat(trusted.err()).isEmpty();
        assertThat(trusted.code()).isZero();
    }

    @Test
    void theShippedRulesPass() {
        assertThat(RuleGuard.check(RuleSource.folder(Path.of("rules")).read())).isEmpty();
        assertThat(RuleGuard.check(RuleSource.bundled().read())).isEmpty();
    }

    @Test
    void commentsAndStringsMayNameAnything() {
        String drl = """
                // Runtime.getRuntime().exec is not called here
                /* nor java.io.File,
                   nor System.exit */
                rule "Says 'System.exit(1)' in its name"
                when
                    Person( name == "Runtime.getRuntime()", title != 'java.net.URL' )
                then
                    System.out.println("Class.forName(\\"x\\")");
                end
                """;
        assertThat(RuleGuard.check("t.drl", drl)).isEmpty();
    }

    @Test
    void factPropertiesNamedLikeClassesAreNotCalls() {
        assertThat(RuleGuard.check("t.drl", "rule r when $p : Person( path == \"x\", $p.file != null ) then end")).isEmpty();
    }

    @Test
    void everyForbiddenCallOnItsOwnLineIsListed() {
        List<RuleProblem> ps = RuleGuard.check("t.drl", "import java.io.File;\nrule r when then\n  Runtime.getRuntime();\n  System.exit(1);\nend\n");
        assertThat(ps).extracting(RuleProblem::line).containsExactly(1, 3, 4);
        assertThat(ps.get(0).toString()).startsWith("t.drl:1: forbidden call 'java.io.File' (file I/O)");
    }

    @Test
    void mvelPropertyReflectionIsRefused() {
        assertThat(RuleGuard.check("t.drl", "rule r when $p : Person() then\n  $p.class.declaredMethods;\nend"))
                .extracting(RuleProblem::line).containsExactly(2);
    }

    @Test
    void everyCategoryOfTheTrustModelIsOnTheDenyList() {
        // the deny-list covers every category the trust model names
        Map<String, String> expected = Map.of("running programs", "Runtime.getRuntime()", "exiting the JVM", "System.exit(0)",
                "reflection", "x.getDeclaredField(\"a\")", "class loading", "x.loadClass(\"a\")", "file I/O", "Files.readString(p)",
                "network I/O", "new Socket(\"h\", 1)", "threads", "Executors.newFixedThreadPool(2)");
        expected.forEach((why, call) -> assertThat(RuleGuard.check("t.drl", "rule r when then " + call + "; end"))
                .singleElement().asString().contains("(" + why + ")"));
    }

    private static Path shippedRulesWith(Path dir, String hostile) throws IOException {
        Path rules = dir.resolve("rules");
        try (Stream<Path> walk = Files.walk(Path.of("rules"))) {
            for (Path p : walk.toList()) {
                Path to = rules.resolve(Path.of("rules").relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(to);
                else Files.copy(p, to);
            }
        }
        if (hostile != null) Files.copy(HOSTILE.resolve(hostile), rules.resolve(hostile));
        return rules;
    }
}
