package org.orgrules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packages keep their layers, read off the sources: the library never reaches into the CLI,
 * the benchmark or the server (which its jar leaves out), the model reaches no other package, and
 * no two packages depend on each other, and the layers model → facts → engine → view → knowledge →
 * the facade ({@code org.orgrules}) → query, explain, … each reach only downwards.
 */
class LayersTest {
    /** What only the cli jar carries (pom.xml: the main jar's excludes). */
    private static final Set<String> APPLICATION = Set.of("cli", "bench", "serve");
    private static final Pattern SUB = Pattern.compile("\\borg\\.orgrules\\.([a-z]+)\\.");
    private static final Pattern ROOT = Pattern.compile("\\borg\\.orgrules\\.[A-Z]");
    /** Comments (a javadoc link is no dependency of the code) and string literals. */
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/|//[^\\n]*|\"(?:[^\"\\\\\\n]|\\\\.)*\"", Pattern.DOTALL);
    private static Map<String, Set<String>> uses;

    @BeforeAll
    static void read() throws IOException {
        uses = new TreeMap<>();
        Path root = Path.of("src/main/java/org/orgrules");
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Path rel = root.relativize(f.getParent());
                String pkg = rel.toString().isEmpty() ? "(root)" : rel.toString().replace('/', '.');
                String text = COMMENT.matcher(Files.readString(f)).replaceAll(" ");
                Set<String> to = uses.computeIfAbsent(pkg, k -> new TreeSet<>());
                Matcher m = SUB.matcher(text);
                while (m.find()) to.add(m.group(1));
                if (ROOT.matcher(text).find()) to.add("(root)");
                to.remove(pkg);
            }
        }
    }

    @Test
    void theLibraryNeverReachesTheCliTheBenchmarkOrTheServer() {
        uses.forEach((pkg, to) -> {
            if (!APPLICATION.contains(pkg)) assertThat(to).as(pkg).doesNotContainAnyElementsOf(APPLICATION);
        });
    }

    @Test
    void theModelReachesNoOtherPackage() {
        assertThat(uses.get("model")).isEmpty();
    }

    private static final Pattern DROOLS = Pattern.compile("\\borg\\.(kie|drools)\\.");

    @Test
    void theModelImportsNothingOfDrools() throws IOException {
        List<String> drools = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/java/org/orgrules/model"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String text = COMMENT.matcher(Files.readString(f)).replaceAll(" ");
                if (DROOLS.matcher(text).find()) drools.add(f.getFileName().toString());
            }
        }
        assertThat(drools).as("model files that name org.kie or org.drools").isEmpty();
    }

    @Test
    void noTwoPackagesDependOnEachOther() {
        List<String> cycles = new ArrayList<>();
        for (String a : uses.keySet()) {
            for (String b : uses.get(a)) {
                if (a.compareTo(b) < 0 && uses.getOrDefault(b, Set.of()).contains(a)) cycles.add(a + " <-> " + b);
            }
        }
        // The Explainer reads an Org of the view, which knows nothing of the facade that hands it out.
        assertThat(cycles).isEmpty();
    }

    /** The layers, lowest first: each package reaches only the ones before it. */
    private static final List<String> LAYERS = List.of("model", "facts", "engine", "view", "knowledge", "(root)");

    @Test
    void theLayersReachOnlyDownwards() {
        for (int i = 0; i < LAYERS.size(); i++) {
            String pkg = LAYERS.get(i);
            if (!uses.containsKey(pkg)) continue;
            for (String up : LAYERS.subList(i + 1, LAYERS.size())) assertThat(uses.get(pkg)).as(pkg).doesNotContain(up);
        }
    }

    @Test
    void theViewReadsTheEngineAndNothingAboveIt() {
        assertThat(uses.get("view")).contains("engine", "model")
                .doesNotContain("(root)", "knowledge", "cli", "query", "explain", "serve", "bench", "testing");
    }

    @Test
    void theKnowledgeReadsTheViewNotTheFacade() {
        assertThat(uses.get("knowledge")).contains("view").doesNotContain("(root)", "cli", "query", "explain", "serve",
                "bench", "testing");
    }

    @Test
    void theQueriesAndTheSuitesSitAboveTheFacade() {
        assertThat(uses.get("query")).contains("(root)").doesNotContain("testing");
        assertThat(uses.get("testing")).contains("query");
        assertThat(uses.get("(root)")).doesNotContain("query", "testing", "chart", "export", "titles");
    }

    /** Issue 13: no class over ~400 lines without a reason stated in its header comment. */
    private static final int LONG = 400;

    @Test
    void aClassOverFourHundredLinesSaysWhyInItsHeader() throws IOException {
        List<String> silent = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                List<String> lines = Files.readAllLines(f);
                if (lines.size() <= LONG) continue;
                String text = String.join("\n", lines);
                Matcher decl = Pattern.compile("^(public |final |sealed |abstract )*(class|interface|record|enum) ", Pattern.MULTILINE).matcher(text);
                String header = decl.find() ? text.substring(0, decl.start()) : text;
                if (!header.contains("Why it is long:")) silent.add(f + " (" + lines.size() + " lines)");
            }
        }
        assertThat(silent).as("classes over %d lines whose header does not say \"Why it is long:\"", LONG).isEmpty();
    }
}
