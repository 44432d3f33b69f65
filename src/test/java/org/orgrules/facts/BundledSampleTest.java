package org.orgrules.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.orgrules.facts.Loads.ids;
import static org.orgrules.facts.Loads.person;
import static org.orgrules.facts.Loads.problems;

import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orgrules.model.Person;

class BundledSampleTest {

    private static final LoadResult SAMPLE = Loads.LOADER.loadBundled();

    @Test
    void bundledSampleLoadsWithNoProblemsAndHasAtLeast20PeopleInTwoCompanies() {
        assertThat(problems(SAMPLE)).isEmpty();
        assertThat(SAMPLE.people()).hasSizeGreaterThanOrEqualTo(20);
        assertThat(SAMPLE.people()).extracting(Person::getCompany).containsOnly("华夏精密制造", "链盾科技 ChainShield");
        assertThat(new HashSet<>(SAMPLE.people().stream().map(Person::getCompany).toList())).hasSize(2);
    }

    @Test
    void bundledOriginsNameTheBundledFileAndLine() {
        assertThat(SAMPLE.people()).allSatisfy(p -> assertThat(p.getOrigin()).matches("bundled:facts/(huaxia\\.yaml|chainshield\\.csv):\\d+"));
        assertThat(person(SAMPLE, "gm").getOrigin()).startsWith("bundled:facts/huaxia.yaml:");
        assertThat(person(SAMPLE, "luo").getOrigin()).startsWith("bundled:facts/chainshield.csv:");
    }

    @Test
    void sampleHoldsTheCasesTheRulesAreShownWith() {
        // K2.3: li names no manager, the rules infer the production director; wang names zhang
        assertThat(person(SAMPLE, "li").getTitle()).isEqualTo("生产经理");
        assertThat(person(SAMPLE, "li").getManagerId()).isNull();
        assertThat(person(SAMPLE, "wang").getManagerId()).isEqualTo("zhang");
        assertThat(person(SAMPLE, "zhang").getTitle()).isEqualTo("生产总监");
        assertThat(person(SAMPLE, "zhang").getManagerId()).isEqualTo("gm");
        // K2.2, broken on purpose: a second production director in the same company
        assertThat(person(SAMPLE, "sun").getTitle()).isEqualTo("Production Director");
        assertThat(person(SAMPLE, "sun").getCompany()).isEqualTo(person(SAMPLE, "zhang").getCompany());
        // rank inversion, on purpose: a technical director whose manager is a product manager
        Person cao = person(SAMPLE, "cao");
        assertThat(cao.getTitle()).isEqualTo("Technical Director");
        assertThat(person(SAMPLE, cao.getManagerId()).getTitle()).isIn("产品经理", "Product Manager");
        // the CEO of the CSV export has NO_MGR
        assertThat(person(SAMPLE, "luo").getManagerId()).isNull();
        // product managers in both languages
        assertThat(SAMPLE.people()).extracting(Person::getTitle).contains("产品经理", "Product Manager", "产品总监", "技术总监");
    }

    @Test
    void everyNamedManagerIsInTheSample() {
        List<String> ids = ids(SAMPLE);
        assertThat(SAMPLE.people()).allSatisfy(p -> {
            if (p.getManagerId() != null) assertThat(ids).contains(p.getManagerId());
        });
    }

    @Test
    void factsFolderOnDiskIsTheSameAsTheBundledSample() {
        LoadResult disk = Loads.LOADER.load(Path.of("facts"));

        assertThat(problems(disk)).isEmpty();
        assertThat(new HashSet<>(disk.people())).isEqualTo(new HashSet<>(SAMPLE.people()));
    }

    @Test
    void bundledSampleLoadsFromInsideAJar(@TempDir Path dir) throws Exception {
        Path jar = dir.resolve("orgrules.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (String d : List.of("orgrules/", "orgrules/facts/", "orgrules/facts/sub/")) out.putNextEntry(new JarEntry(d));
            put(out, "orgrules/facts/a.csv", "id,title,company\na,Clerk,Acme\n");
            put(out, "orgrules/facts/sub/b.yaml", "- {id: b, title: Clerk, company: Acme}\n");
            put(out, "orgrules/facts/readme.txt", "not facts\n");
        }
        try (URLClassLoader cl = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            FactsLoader loader = new FactsLoader(LoadLimits.defaults());

            LoadResult first = loader.loadBundled(cl);
            LoadResult again = loader.loadBundled(cl);      // the jar file system is closed and opened again

            assertThat(problems(first)).isEmpty();
            assertThat(first.people()).extracting(Person::getOrigin)
                    .containsExactly("bundled:facts/a.csv:2", "bundled:facts/sub/b.yaml:1");
            assertThat(again.people()).isEqualTo(first.people());
        }
    }

    @Test
    void missingBundleIsAProblemNotAnException() throws Exception {
        try (URLClassLoader empty = new URLClassLoader(new URL[0], null)) {
            LoadResult r = new FactsLoader(LoadLimits.defaults()).loadBundled(empty);

            assertThat(r.people()).isEmpty();
            assertThat(problems(r)).singleElement().asString().startsWith("bundled:facts: the bundled sample org is missing");
        }
    }

    private static void put(JarOutputStream out, String name, String text) throws Exception {
        out.putNextEntry(new JarEntry(name));
        OutputStream o = out;
        o.write(text.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }
}
