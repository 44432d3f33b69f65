package org.orgrules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code orgrules shell} driven in-process with a given stdin, as a script drives it through a pipe:
 * no terminal, so no prompt; one answer per line.
 */
class ShellTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The shell's whole run over {@code input}: exit code, stdout, stderr. */
    private static Cli shell(String input, String... options) {
        return shell(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), options);
    }

    private static Cli shell(InputStream in, String... options) {
        List<String> args = new ArrayList<>(List.of(options));
        args.add("shell");
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = Main.run(args.toArray(String[]::new), in, new PrintWriter(out), new PrintWriter(err));
        return new Cli(code, out.toString(), err.toString());
    }

    private static List<JsonNode> jsonLines(String out) throws IOException {
        List<JsonNode> lines = new ArrayList<>();
        for (String l : out.split("\n", -1)) {
            if (l.isEmpty()) continue;
            JsonNode n = JSON.readTree(l);
            assertThat(n.isObject()).as("one JSON object per line: %s", l).isTrue();
            lines.add(n);
        }
        return lines;
    }

    /** Also: a command asked again with other arguments or options answers afresh (its command line is reused). */
    @Test
    void pipedJsonAnswersEveryLineInOrderWithTheOneShotJsonOfTheSameCommandOnOneLine() throws IOException {
        List<List<String>> commands = List.of(
                List.of("senior", "li", "zhang"),
                List.of("reports-to", "li"),
                List.of("reports-to", "li", "gm"),
                List.of("chain", "li"),
                List.of("team", "gm", "--all"),
                List.of("team", "gm"),
                List.of("peers", "li"),
                List.of("check"),
                List.of("ask", "Who is senior, li or zhang?"),
                List.of("ask", "产品经理和技术总监哪个大?"),
                List.of("explain", "reports-to", "li"),
                List.of("kpis", "grace"),
                List.of("titles"),
                List.of("reports-to", "li"),
                List.of("explain", "chain", "li"));
        StringBuilder input = new StringBuilder();
        for (List<String> c : commands) {
            for (String w : c) input.append(w.contains(" ") ? "\"" + w + "\"" : w).append(' ');
            input.append('\n');
        }
        Cli s = shell(input.toString(), "--json");
        assertThat(s.code()).isZero();
        assertThat(s.out()).endsWith("\n");
        List<JsonNode> answers = jsonLines(s.out());
        assertThat(answers).hasSize(commands.size());
        for (int i = 0; i < commands.size(); i++) {
            List<String> args = new ArrayList<>(List.of("--json"));
            args.addAll(commands.get(i));
            Cli once = Cli.run(args.toArray(String[]::new));
            assertThat(answers.get(i)).as("%s", commands.get(i)).isEqualTo(once.json());
        }
    }

    @Test
    void pipedTextAnswersAreTheOneShotOutputsInOrderWithNoPrompt() {
        Cli s = shell("senior li zhang\nchain li\n\n# a comment gets no answer\ncheck\n");
        assertThat(s.code()).isZero();
        assertThat(s.out()).isEqualTo(Cli.run("senior", "li", "zhang").out() + Cli.run("chain", "li").out()
                + Cli.run("check").out());
        assertThat(s.out()).doesNotContain("orgrules>");
    }

    @Test
    void aBadLineGetsAnErrorObjectOnItsLineAndTheNextLineIsStillAnswered() throws IOException {
        Cli s = shell("chain nobody\nsenior li\nask \"Who is senior\nshell\n:nope\nfrobnicate\nchain li\n", "--json");
        assertThat(s.code()).isZero();
        List<JsonNode> lines = jsonLines(s.out());
        assertThat(lines).hasSize(7);
        for (JsonNode e : lines.subList(0, 6)) {
            assertThat(e.path("error").path("code").asInt()).as("%s", e).isEqualTo(2);
            assertThat(e.path("error").path("message").asText()).isNotBlank();
        }
        assertThat(lines.get(0).get("error").get("message").asText()).contains("nobody");
        assertThat(lines.get(1).get("error").get("message").asText()).contains("Missing required parameter");
        assertThat(lines.get(2).get("error").get("message").asText()).contains("unterminated");
        assertThat(lines.get(3).get("error").get("message").asText()).contains("already in the shell");
        assertThat(lines.get(4).get("error").get("message").asText()).contains(":nope");
        assertThat(lines.get(5).get("error").get("message").asText()).contains("frobnicate");
        assertThat(lines.get(6).get("chain")).hasToString("[\"zhang\",\"gm\"]");
        assertThat(s.err()).contains("nobody").contains("Missing required parameter").doesNotContain("\tat ");
    }

    @Test
    void anOutputThatIsNotJsonComesAsTextAndNoOutputAsAnEmptyObject(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("org.csv");
        Cli s = shell("export\nexport --out " + file + "\n", "--json");
        List<JsonNode> lines = jsonLines(s.out());
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).get("text").asText()).isEqualTo(Cli.run("export").out());
        assertThat(lines.get(1).isEmpty()).isTrue();
        assertThat(file).exists();
    }

    @Test
    void factsSwitchesTheFactsAndAPathWithNothingToReadKeepsThePreviousOnes(@TempDir Path dir) throws IOException {
        Path other = dir.resolve("other.csv");
        Files.writeString(other, "id,name,title,department,company,manager_id\n"
                + "boss,Boss,CEO,,Acme,\n"
                + "ann,Ann,Sales Director,Sales,Acme,boss\n");
        Cli s = shell("chain li\n:facts " + other + "\nchain ann\nchain li\n:facts " + dir.resolve("missing.csv")
                + "\nchain ann\n:facts\n", "--json");
        assertThat(s.code()).isZero();
        List<JsonNode> lines = jsonLines(s.out());
        assertThat(lines).hasSize(7);
        assertThat(lines.get(0).get("chain")).hasToString("[\"zhang\",\"gm\"]");
        assertThat(lines.get(1).get("facts").asText()).isEqualTo(other.toString());
        assertThat(lines.get(1).get("people").asInt()).isEqualTo(2);
        assertThat(lines.get(2).get("chain")).hasToString("[\"boss\"]");
        assertThat(lines.get(3).get("error").get("message").asText()).contains("li");
        assertThat(lines.get(4).get("error").get("message").asText()).contains("missing.csv").contains("previous facts still answer");
        assertThat(lines.get(5).get("chain")).hasToString("[\"boss\"]");
        assertThat(lines.get(6).get("facts").asText()).isEqualTo(other.toString());
    }

    @Test
    void aLineMayNameOtherFactsForItselfAndTheNextLineAnswersFromTheShellsAgain(@TempDir Path dir) throws IOException {
        Path other = dir.resolve("other.csv");
        Files.writeString(other, "id,name,title,department,company,manager_id\nboss,Boss,CEO,,Acme,\nann,Ann,Sales Director,Sales,Acme,boss\n");
        Cli s = shell("--facts " + other + " chain ann\nchain li\n", "--json");
        List<JsonNode> lines = jsonLines(s.out());
        assertThat(lines.get(0).get("chain")).hasToString("[\"boss\"]");
        assertThat(lines.get(1).get("chain")).hasToString("[\"zhang\",\"gm\"]");
    }

    @Test
    void loadProblemsAreReportedOnceWhenTheShellLoadsAndTheGoodRowsAnswer(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("org.csv");
        Files.writeString(csv, "id,name,title,department,company,manager_id\n"
                + "zhang,张伟,生产总监,生产部,A,\nbroken,too,few\nli,李明,生产经理,生产部,A,\n");
        Cli s = shell("reports-to li\nchain li\n", "--json", "--facts", csv.toString());
        assertThat(s.code()).isZero();
        assertThat(s.err().split("org.csv:3", -1)).hasSize(2);
        List<JsonNode> lines = jsonLines(s.out());
        assertThat(lines.get(0).get("managers").get(0).get("id").asText()).isEqualTo("zhang");
        assertThat(lines.get(1).get("chain")).hasToString("[\"zhang\"]");
    }

    @Test
    void quitEndsTheShellBeforeTheEndOfInput() {
        Cli s = shell("chain li\n:quit\nchain li\n");
        assertThat(s.code()).isZero();
        assertThat(s.out()).isEqualTo(Cli.run("chain", "li").out());
    }

    @Test
    void helpListsTheCliCommandsAndTheShellsOwn() throws IOException {
        JsonNode help = jsonLines(shell(":help\n", "--json").out()).get(0);
        assertThat(help.get("commands").toString()).contains("\"senior\"", "\"ask\"", "\"titles\"").doesNotContain("\"shell\"");
        assertThat(help.get("text").asText()).contains(":reload", ":facts PATH", ":quit");
    }

    @Test
    void stdinThatCannotBeReadEndsTheShellWithExitTwo() {
        InputStream broken = new InputStream() {
            @Override public int read() throws IOException { throw new IOException("device gone"); }
        };
        Cli s = shell(broken);
        assertThat(s.code()).isEqualTo(2);
        assertThat(s.err()).contains("cannot read stdin").contains("device gone");
    }

    @Test
    void aShellWhoseRulesDoNotBuildDoesNotStart(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("bad.drl"), "package x;\nrule \"r\"\nwhen\n  String( == )\nthen\nend\n");
        Cli s = shell("chain li\n", "--rules", dir.toString());
        assertThat(s.code()).isEqualTo(2);
        assertThat(s.err()).contains("bad.drl:4");
        assertThat(s.out()).isEmpty();
    }

    @Test
    void completionOffersThePersonIdsOfTheFactsInUseByPrefix() {
        Main loader = Main.parsed(List.of(), new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), System.getenv(), null);
        Session session = new Session(loader, loader.expert(), loader.org());
        ShellPrompt.ShellCompleter c = new ShellPrompt.ShellCompleter(session);
        assertThat(c.idsStartingWith("zh")).containsExactly("zhang", "zhao", "zheng", "zhou");
        assertThat(c.idsStartingWith("nobody")).isEmpty();
        assertThat(c.idsStartingWith("")).hasSize(session.org().people().size());
        assertThat(Shell.commandNames()).contains("senior", "reports-to", "ask", "explain").doesNotContain("shell");
    }

    // ------------------------------------------------------------- driven as a co-process

    /** The shell on a thread, fed and read through pipes one line at a time, as another program drives it. */
    private static final class CoProcess implements AutoCloseable {
        private final PrintWriter in;
        private final BufferedReader out;
        private final StringWriter err = new StringWriter();
        private final Thread thread;
        private volatile int code = -1;

        CoProcess(String... options) throws IOException {
            PipedOutputStream toShell = new PipedOutputStream();
            PipedInputStream shellIn = new PipedInputStream(toShell, 1 << 16);
            PipedInputStream fromShell = new PipedInputStream(1 << 20);
            PipedOutputStream shellOut = new PipedOutputStream(fromShell);
            in = new PrintWriter(new OutputStreamWriter(toShell, StandardCharsets.UTF_8), true);
            out = new BufferedReader(new InputStreamReader(fromShell, StandardCharsets.UTF_8));
            List<String> args = new ArrayList<>(List.of(options));
            args.add("shell");
            PrintWriter o = new PrintWriter(new OutputStreamWriter(shellOut, StandardCharsets.UTF_8));
            PrintWriter e = new PrintWriter(err);
            thread = new Thread(() -> {
                code = Main.run(args.toArray(String[]::new), shellIn, o, e);
                o.close();
            }, "shell-under-test");
            thread.start();
        }

        /** Sends one line and reads its one answer line: which only comes if the shell flushed it. */
        JsonNode ask(String line) throws IOException {
            in.println(line);
            String answer = out.readLine();
            assertThat(answer).as("an answer to %s; stderr: %s", line, err).isNotNull();
            return JSON.readTree(answer);
        }

        @Override public void close() throws Exception {
            in.close();
            thread.join();
            assertThat(code).isZero();
        }
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES) // a guard against a hang, not a measure
    void reloadPicksUpAnEditedRulesFolderAndABrokenEditKeepsThePreviousRules(@TempDir Path dir) throws Exception {
        Path rules = dir.resolve("rules");
        copy(Path.of("rules"), rules);
        Path seniority = rules.resolve("core/seniority.drl");
        String original = Files.readString(seniority);
        String renamed = "The higher rank is senior (as edited)";
        try (CoProcess shell = new CoProcess("--json", "--rules", rules.toString())) {
            assertThat(rulesOf(shell.ask("senior 生产总监 生产经理"))).contains("The higher rank is senior: directors outrank managers");

            Files.writeString(seniority, original.replace("The higher rank is senior: directors outrank managers", renamed));
            assertThat(rulesOf(shell.ask("senior 生产总监 生产经理"))).as("no reload yet").doesNotContain(renamed);
            JsonNode reloaded = shell.ask(":reload");
            assertThat(reloaded.get("reloaded").asBoolean()).isTrue();
            assertThat(rulesOf(shell.ask("senior 生产总监 生产经理"))).contains(renamed);

            Files.writeString(rules.resolve("broken.drl"), "package org.orgrules;\n\nrule \"broken\"\nwhen\n  String( == )\nthen\nend\n");
            JsonNode failed = shell.ask(":reload");
            assertThat(failed.get("error").get("code").asInt()).isEqualTo(2);
            assertThat(failed.get("error").get("message").asText()).contains("broken.drl:5").contains("previous rules");
            assertThat(rulesOf(shell.ask("senior 生产总监 生产经理"))).as("the previous rules still answer").contains(renamed);
            assertThat(shell.ask("chain li").get("chain")).hasToString("[\"zhang\",\"gm\"]");
        }
    }

    private static String rulesOf(JsonNode seniority) {
        List<String> names = new ArrayList<>();
        seniority.get("reasons").forEach(r -> names.add(r.get("rule").asText()));
        return String.join("\n", names);
    }

    private static void copy(Path from, Path to) throws IOException {
        org.orgrules.bench.Trees.copy(from, to);
    }
}
