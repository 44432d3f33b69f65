package org.orgrules.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
 * A rules folder is a trust boundary: DRL that reaches anything but the model types, java.lang value
 * types and java.util collections — running programs, exiting, reflection, MVEL.eval, class loading,
 * file or network I/O, logging handlers, XML and script engines, threads — is refused before it is
 * compiled, naming file and line, unless the caller trusts the folder. The hostile files are in
 * src/test/resources/hostile-rules/.
 */
class HostileRulesTest {
    private static final Path HOSTILE = Path.of("src/test/resources/hostile-rules");

    /**
     * Each hostile file, the line of its first refusal and what the message names: one per row of
     * the table "What was tried" in SECURITY.md.
     */
    static Stream<Arguments> hostileFiles() {
        return Stream.of(
                Arguments.of("accumulate-code.drl", 8, "'System.exit' (System is a type outside the allow-list)"),
                Arguments.of("annotation-value.drl", 6, "@source(java.lang.Runtime.getRuntime().availableProcessors()) (an annotation's value is run by MVEL: only literals are allowed)"),
                Arguments.of("beans-expression.drl", 10, "'java.beans.Expression' (a type outside the allow-list)"),
                Arguments.of("beans-statement.drl", 4, "import 'java.beans.Statement' (a type outside the allow-list)"),
                Arguments.of("binding-named-like-a-class.drl", 8, "a binding named 'Runtime' (the name of a class)"),
                Arguments.of("class-forname.drl", 10, "'Class.forName' (Class is a type outside the allow-list)"),
                Arguments.of("class-loader.drl", 10, "'$p.getClass' (a member outside the allow-list)"),
                Arguments.of("condition-eval.drl", 8, "'System.getenv' (System is a type outside the allow-list)"),
                Arguments.of("declare-field-type.drl", 5, "'java.io.File' (a type outside the allow-list)"),
                Arguments.of("declare-initialiser.drl", 5, "'System.getenv' (System is a type outside the allow-list)"),
                Arguments.of("engine-function-import.drl", 4, "import static 'org.orgrules.engine.RuleBase.build' (static imports)"),
                Arguments.of("executors.drl", 4, "import 'java.util.concurrent.Executors' (a type outside the allow-list)"),
                Arguments.of("file-import.drl", 4, "import 'java.io.FileWriter' (a type outside the allow-list)"),
                Arguments.of("from-expression.drl", 8, "'java.lang.Runtime' (a type outside the allow-list)"),
                Arguments.of("function-block.drl", 6, "'java.io.File' (a type outside the allow-list)"),
                Arguments.of("function-return-type.drl", 4, "'java.io.File' (a type outside the allow-list)"),
                Arguments.of("get-class.drl", 10, "'$p.getClass' (a member outside the allow-list)"),
                Arguments.of("global-type.drl", 4, "'java.io.File' (a type outside the allow-list)"),
                Arguments.of("inline-cast.drl", 8, "'java.io.File' (a type outside the allow-list)"),
                Arguments.of("kcontext-runtime.drl", 10, "'kcontext.getKieRuntime' (a member outside the allow-list)"),
                Arguments.of("lambda.drl", 10, "'System.exit' (System is a type outside the allow-list)"),
                Arguments.of("logging-file-handler.drl", 10, "'java.util.logging.FileHandler' (a type outside the allow-list)"),
                Arguments.of("modify-block.drl", 10, "'setName' (not a variable, a fact property or an allowed type)"),
                Arguments.of("mvel-class-property.drl", 10, "'$p.class' (a member outside the allow-list)"),
                Arguments.of("mvel-eval-imported.drl", 4, "import 'org.mvel2.MVEL' (a type outside the allow-list)"),
                Arguments.of("mvel-eval.drl", 10, "'org.mvel2.MVEL' (a type outside the allow-list)"),
                Arguments.of("network.drl", 10, "'java.net.URL' (a type outside the allow-list)"),
                Arguments.of("nio-qualified.drl", 10, "'java.nio.file.Files' (a type outside the allow-list)"),
                Arguments.of("package-name.drl", 10, "'MVEL.eval' (org.mvel2.MVEL is a type outside the allow-list)"),
                Arguments.of("process-builder.drl", 10, "'ProcessBuilder' (ProcessBuilder is a type outside the allow-list)"),
                Arguments.of("query-eval.drl", 5, "'System.nanoTime' (System is a type outside the allow-list)"),
                Arguments.of("reflection.drl", 10, "'$p.getClass' (a member outside the allow-list)"),
                Arguments.of("runtime-exec.drl", 10, "'Runtime.getRuntime' (Runtime is a type outside the allow-list)"),
                Arguments.of("salience-expression.drl", 7, "'java.lang.System' (a type outside the allow-list)"),
                Arguments.of("script-engine.drl", 4, "import 'javax.script.ScriptEngineManager' (a type outside the allow-list)"),
                Arguments.of("static-import.drl", 4, "import static 'java.lang.System.*' (static imports)"),
                Arguments.of("string-concatenation.drl", 10, "'Class.forName' (Class is a type outside the allow-list)"),
                Arguments.of("system-exit.drl", 10, "'System.exit' (System is a type outside the allow-list)"),
                Arguments.of("system-property.drl", 10, "'Integer.getInteger' (a member outside the allow-list)"),
                Arguments.of("text-block.drl", 12, "'System.exit' (System is a type outside the allow-list)"),
                Arguments.of("threads.drl", 10, "'Thread' (Thread is a type outside the allow-list)"),
                Arguments.of("timer-attribute.drl", 7, "attribute 'timer' (timers, calendars and durations are evaluated as code)"),
                Arguments.of("unicode-escape-member.drl", 10, "'$p.getClass' (a member outside the allow-list)"),
                Arguments.of("unicode-escape.drl", 10, "'java.io.File' (a type outside the allow-list)"),
                Arguments.of("wait.drl", 10, "'$p.wait' (a member outside the allow-list)"),
                Arguments.of("wildcard-import.drl", 4, "import 'java.io.*' (a package outside the allow-list)"),
                Arguments.of("xml-transformer.drl", 10, "'javax.xml.transform.TransformerFactory' (a type outside the allow-list)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileFiles")
    void aHostileRulesFileIsRefusedNamingFileAndLine(String name, int line, String what, @TempDir Path dir) throws IOException {
        Path rules = shippedRulesWith(dir, name);

        Cli c = Cli.run("--rules", rules.toString(), "chain", "li");

        assertThat(c.code()).isEqualTo(2);
        assertThat(c.out()).isEmpty();
        String first = c.err().lines().findFirst().orElse("");
        assertThat(first).startsWith(rules.resolve(name) + ":" + line + ": not allowed: " + what + " – untrusted rules may use only");
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
                package org.orgrules.rules;
                import org.orgrules.model.Person;
                // Runtime.getRuntime().exec is not called here
                /* nor java.io.File,
                   nor System.exit */
                rule "Says 'System.exit(1)' in its name"
                when
                    Person( name == "Runtime.getRuntime()", title != 'java.net.URL' )
                then
                    String s = "Class.forName(\\"x\\")";
                end
                """;
        assertThat(RuleGuard.check("t.drl", drl)).isEmpty();
    }

    @Test
    void factPropertiesAndModelHelpersAreAllowed() {
        String drl = """
                package org.orgrules.rules;
                import org.orgrules.model.Person;
                import java.util.List;
                rule "r"
                when
                    $p : Person( id != null, $n : name, name.length() > 0, title.toLowerCase().contains("x") )
                    $l : List( size > 0 ) from collect( Person( id == $n ) )
                then
                    List<String> ids = new java.util.ArrayList<>();
                    for (Object o : $l) ids.add(String.valueOf(o));
                    int n = Math.max(ids.size(), 1);
                end
                """;
        assertThat(RuleGuard.check("t.drl", drl)).isEmpty();
    }

    @Test
    void everyRefusalOnItsOwnLineIsListed() {
        List<RuleProblem> ps = RuleGuard.check("t.drl", "package org.orgrules.rules;\nimport java.io.File;\nrule r when then\n  Runtime.getRuntime();\n  System.exit(1);\nend\n");
        assertThat(ps).extracting(RuleProblem::line).containsExactly(2, 4, 5);
        assertThat(ps.get(0).toString()).startsWith("t.drl:2: not allowed: import 'java.io.File' (a type outside the allow-list)");
    }

    @Test
    void whatTheCheckDoesNotKnowIsRefused() {
        // a construct the allow-list does not describe is refused, not let through
        assertThat(RuleGuard.check("t.drl", """
                package org.orgrules.rules;
                import org.orgrules.model.Person;
                rule r when
                    $p : Person() over window:length( 10 )
                then end
                """)).singleElement().asString().contains("sliding windows");
        assertThat(RuleGuard.check("t.drl", "package org.orgrules.rules;\ndeclare Runtime end\nrule r when then\nend"))
                .singleElement().asString().contains("t.drl:2: not allowed: declare 'Runtime' (the name of a java.lang class");
        assertThat(RuleGuard.check("t.drl", "package org.orgrules.rules;\nrule r when then\n  unknownName.run();\nend"))
                .singleElement().asString().contains("'unknownName.run' (not a variable, a fact property or an allowed type)");
    }

    @Test
    void drlThatDoesNotParseIsLeftToTheCompilerWhichRefusesIt(@TempDir Path dir) throws IOException {
        Path rules = shippedRulesWith(dir, null);
        Files.writeString(rules.resolve("broken.drl"), "package org.orgrules.rules;\nrule \"r\" when Person( then System.exit(0); end\n");
        Cli c = Cli.run("--rules", rules.toString(), "chain", "li");
        assertThat(c.code()).isEqualTo(2);
        assertThat(c.err()).contains("broken.drl:").doesNotContain("\tat ");
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
