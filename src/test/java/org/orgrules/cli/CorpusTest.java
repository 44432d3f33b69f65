package org.orgrules.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.orgrules.view.Org;
import org.orgrules.OrgExpert;
import org.orgrules.model.Chain;
import org.orgrules.model.Person;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Walks the bad-input corpus (src/test/resources/corpus/, indexed by expected.yaml) through the CLI
 * in-process: each file gets exactly its expected one-line messages naming file and line, its exit
 * code, no stack trace and no hang; every good row is still loaded and answers every query.
 */
class CorpusTest {
    static final Path CORPUS = Path.of("src/test/resources/corpus");
    /** A guard against a hang, not a speed target. */
    static final Duration HANG = Duration.ofSeconds(120);
    static Map<String, Map<String, Object>> expected;
    static OrgExpert expert;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void index() throws IOException {
        try (Reader r = Files.newBufferedReader(CORPUS.resolve("expected.yaml"), StandardCharsets.UTF_8)) {
            expected = (Map<String, Map<String, Object>>) new Yaml(new SafeConstructor(new LoaderOptions())).load(r);
        }
        expert = OrgExpert.bundled();
    }

    @Test
    void theCorpusHasAtLeastFiftyFilesAndEachHasItsExpectation() throws IOException {
        List<String> files = corpusFiles();
        assertThat(files).hasSizeGreaterThanOrEqualTo(50);
        assertThat(expected.keySet()).containsExactlyInAnyOrderElementsOf(files);
    }

    @TestFactory
    Stream<DynamicTest> everyFileGetsItsExpectedMessagesAndKeepsItsGoodRows() throws IOException {
        return corpusFiles().stream().map(name -> DynamicTest.dynamicTest(name, () -> check(name, expected.get(name))));
    }

    @SuppressWarnings("unchecked")
    private static void check(String name, Map<String, Object> e) throws IOException {
        if (name.startsWith("rules/")) {
            checkRules(name, e);
            return;
        }
        Path file = CORPUS.resolve(name);
        String shown = file.toString();
        Cli c = assertTimeoutPreemptively(HANG, () -> Cli.run("--facts", shown, "check"));

        List<String> err = c.err().lines().toList();
        List<String> wantErr = ((List<String>) e.getOrDefault("stderr", List.of())).stream()
                .map(l -> l.replace("FILE", shown)).toList();
        assertThat(err).as("stderr of %s", name).containsExactlyElementsOf(wantErr);
        assertThat(c.code()).as("exit code of check on %s", name).isEqualTo(e.get("exit"));
        assertThat(c.err() + c.out()).as("no stack trace").doesNotContain("\tat ").doesNotContain("Exception");

        List<String> findings = c.out().lines().filter(l -> l.startsWith("ERROR ") || l.startsWith("WARNING "))
                .map(l -> l.replace(shown, "FILE")).toList();
        List<String> want = (List<String>) e.getOrDefault("findings", List.of());
        assertThat(findings).as("findings of %s", name).hasSameSizeAs(want);
        for (int i = 0; i < want.size(); i++) {
            String w = want.get(i);
            if (w.endsWith(" …")) assertThat(findings.get(i)).startsWith(w.substring(0, w.length() - 2));
            else assertThat(findings.get(i)).isEqualTo(w);
        }

        List<String> answered = ((List<Object>) e.get("answered")).stream().map(String::valueOf).toList();
        Org org = assertTimeoutPreemptively(HANG, () -> expert.load(file));
        assertThat(org.people()).extracting(Person::getId).as("loaded from %s", name).containsExactlyElementsOf(answered);
        assertTimeoutPreemptively(HANG, () -> everyQueryAnswers(org, answered));

        if (!answered.isEmpty()) {
            String last = answered.get(answered.size() - 1);
            Cli chain = assertTimeoutPreemptively(HANG, () -> Cli.run("--facts", shown, "--json", "chain", last));
            assertThat(chain.code()).isEqualTo(wantErr.isEmpty() ? Main.OK : Main.BAD_INPUT);
            JsonNode j = chain.json();
            assertThat(j.get("person").asText()).isEqualTo(last);
        }
    }

    /** A rules case: the file beside a copy of the shipped rules, untrusted, then {@code check}. */
    @SuppressWarnings("unchecked")
    private static void checkRules(String name, Map<String, Object> e) throws IOException {
        Path dir = Files.createTempDirectory("corpus-rules");
        try {
            Path rules = org.orgrules.RulesFolderTest.copyRules(dir.resolve("rules"));
            Path file = rules.resolve(Path.of(name).getFileName().toString());
            Files.copy(CORPUS.resolve(name), file);
            List<String> args = new ArrayList<>(List.of("--rules", rules.toString(), "--no-cache"));
            args.addAll(((List<Object>) e.getOrDefault("args", List.of())).stream().map(String::valueOf).toList());
            args.add("check");
            Cli c = assertTimeoutPreemptively(HANG, () -> Cli.run(args.toArray(String[]::new)));
            List<String> wantErr = ((List<String>) e.getOrDefault("stderr", List.of())).stream()
                    .map(l -> l.replace("FILE", file.toString())).toList();
            assertThat(c.err().lines().toList()).as("stderr of %s", name).containsExactlyElementsOf(wantErr);
            assertThat(c.code()).as("exit code of check on %s", name).isEqualTo(e.get("exit"));
            assertThat(c.err() + c.out()).as("no stack trace").doesNotContain("\tat ").doesNotContain("Caused by");
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
            }
        }
    }

    /** Every query on (a sample of at most 100 of) the loaded people answers, and no chain repeats anyone. */
    static void everyQueryAnswers(Org org, List<String> ids) {
        List<String> sample = new ArrayList<>();
        int step = Math.max(1, ids.size() / 100);
        for (int i = 0; i < ids.size(); i += step) sample.add(ids.get(i));
        if (!ids.isEmpty() && !sample.contains(ids.get(ids.size() - 1))) sample.add(ids.get(ids.size() - 1));
        for (String id : sample) {
            Chain ch = org.chainOfCommand(id);
            assertThat(new HashSet<>(ch.chain())).as("chain of %s repeats nobody", id).hasSameSizeAs(ch.chain());
            assertThat(ch.chain()).doesNotContain(id);
            for (String m : ch.chain()) assertThat(org.isInChainOf(id, m)).isTrue();
            org.managersOf(id);
            org.reportsTo(id, sample.get(0));
            org.whoIsSenior(id, sample.get(0));
            org.allReports(id);
            org.peers(id);
            org.violationsOf(id);
        }
    }

    static List<String> corpusFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(CORPUS)) {
            return walk.filter(Files::isRegularFile).map(p -> CORPUS.relativize(p).toString().replace('\\', '/'))
                    .filter(n -> !n.equals("expected.yaml")).sorted().toList();
        }
    }
}
