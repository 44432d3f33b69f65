package org.orgrules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orgrules.view.Org;
import org.orgrules.OrgExpert;
import org.orgrules.RulesFolderTest;
import org.orgrules.facts.LoadLimits;
import org.orgrules.model.Answer;
import org.orgrules.testing.Result;
import org.orgrules.testing.SuiteReader;
import org.orgrules.testing.SuiteRunner;

/** The rule cache: a second build of the same rules loads them, answers the same, and anything off means a compile. */
class RuleCacheTest {
    private static final Path RULES = Path.of("rules");

    private static RuleBase build(Path rules, RuleCache cache) {
        return RuleBase.build(RuleSource.folder(rules), 1_000_000L, 100, false, cache);
    }

    private static List<Path> entries(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().startsWith("rules-")).toList();
        }
    }

    /** Every expectation of the shipped suites, as "location query: actual". */
    private static List<String> suiteAnswers(OrgExpert expert) {
        List<String> out = new ArrayList<>();
        SuiteRunner runner = new SuiteRunner(expert);
        for (var suite : SuiteReader.readAll(RULES.resolve("tests"))) {
            for (Result r : runner.run(suite)) {
                out.add(r.expectation().location() + " " + r.expectation().query() + ": " + r.passed() + " " + r.actual());
            }
        }
        return out;
    }

    @Test
    void aSecondBuildOfTheSameRulesIsLoadedFromTheCacheAndDescribesTheSameRules(@TempDir Path dir) throws IOException {
        RuleCache cache = RuleCache.open(dir);
        RuleBase first = build(RULES, cache);
        RuleBase second = build(RULES, cache);
        RuleBase classic = build(RULES, null);

        assertThat(first.fromCache()).isFalse();
        assertThat(second.fromCache()).isTrue();
        assertThat(classic.fromCache()).isFalse();
        assertThat(entries(dir)).hasSize(1);
        // rule names, K-sources and DRL file:line, warnings: as the classic build has them
        assertThat(second.rules()).isEqualTo(classic.rules()).isEqualTo(first.rules());
        assertThat(second.rule("The higher rank is senior: directors outrank managers").location())
                .startsWith("rules/core/seniority.drl:");
        assertThat(second.warnings()).isEqualTo(classic.warnings()).isEqualTo(first.warnings());
        assertThat(second.lineUses().toString()).isEqualTo(classic.lineUses().toString());
    }

    @Test
    void rulesLoadedFromTheCacheAnswerEveryShippedSuiteAsTheClassicBuildDoes(@TempDir Path dir) throws IOException {
        RuleCache cache = RuleCache.open(dir);
        OrgExpert compiled = OrgExpert.builder().rules(RULES).cache(cache).build();
        OrgExpert loaded = OrgExpert.builder().rules(RULES).cache(cache).build();
        OrgExpert classic = OrgExpert.builder().rules(RULES).build();
        assertThat(loaded.rules().fromCache()).isTrue();

        List<String> expected = suiteAnswers(classic);
        assertThat(expected).isNotEmpty().allMatch(a -> a.contains(": true "));
        assertThat(suiteAnswers(compiled)).containsExactlyElementsOf(expected);
        assertThat(suiteAnswers(loaded)).containsExactlyElementsOf(expected);
    }

    @Test
    void queriesAndExplanationsOnTheSampleAreTheSameFromTheCache(@TempDir Path dir) throws IOException {
        RuleCache cache = RuleCache.open(dir);
        OrgExpert.builder().rules(RULES).cache(cache).build();
        OrgExpert loaded = OrgExpert.builder().rules(RULES).cache(cache).build();
        OrgExpert classic = OrgExpert.builder().rules(RULES).build();
        assertThat(loaded.rules().fromCache()).isTrue();

        Org a = loaded.load(Path.of("facts")), b = classic.load(Path.of("facts"));
        assertThat(a.whoIsSenior("生产总监", "生产经理").toString()).isEqualTo(b.whoIsSenior("生产总监", "生产经理").toString());
        assertThat(a.managersOf("li").toString()).isEqualTo(b.managersOf("li").toString());
        assertThat(a.chainOfCommand("li").toString()).isEqualTo(b.chainOfCommand("li").toString());
        assertThat(a.violations().toString()).isEqualTo(b.violations().toString());
        String explained = loaded.explainer(a).senior("产品经理", "技术总监").toString();
        assertThat(explained).isEqualTo(classic.explainer(b).senior("产品经理", "技术总监").toString())
                .contains("rules/core/seniority.drl:");
    }

    @Test
    void anEditedRuleFileIsCompiledAgain(@TempDir Path dir, @TempDir Path rules) throws IOException {
        RulesFolderTest.copyRules(rules);
        RuleCache cache = RuleCache.open(dir);
        build(rules, cache);
        Path heads = rules.resolve("core/heads.drl");
        Files.writeString(heads, Files.readString(heads) + "\n// an analyst's note\n");

        RuleBase edited = build(rules, cache);
        assertThat(edited.fromCache()).isFalse();
        assertThat(entries(dir)).hasSize(2);
        assertThat(build(rules, cache).fromCache()).isTrue();
    }

    @Test
    void anEditedTableGivesNewAnswersFromTheSameCompiledRules(@TempDir Path dir, @TempDir Path rules) throws IOException {
        RulesFolderTest.copyRules(rules);
        RuleCache cache = RuleCache.open(dir);
        RuleBase before = build(rules, cache);
        assertThat(build(rules, cache).vocabulary()).isSameAs(before.vocabulary());   // the JVM's memo: nothing read again
        Path ladder = rules.resolve("vocabulary/ladder.yaml");
        String text = Files.readString(ladder);
        Files.writeString(ladder, text.replace("- [MANAGER, 50, 经理]", "- [MANAGER, 65, 经理]"));

        RuleBase edited = build(rules, cache);
        // the memo misses (the tables are part of what a build depends on) ...
        assertThat(edited.vocabulary()).isNotSameAs(before.vocabulary());
        assertThat(edited.vocabulary().digest()).isNotEqualTo(before.vocabulary().digest());
        // ... the compiled DRL does not depend on them: loaded, not compiled again, and no second entry
        assertThat(edited.fromCache()).isTrue();
        assertThat(entries(dir)).hasSize(1);
        var rows = org.orgrules.facts.LoadLimits.defaults();
        assertThat(OrgExpert.of(edited, rows).of(List.of()).whoIsSenior("产品经理", "技术总监").answer()).isEqualTo(Answer.FIRST_SENIOR);
        assertThat(OrgExpert.of(before, rows).of(List.of()).whoIsSenior("产品经理", "技术总监").answer()).isEqualTo(Answer.SECOND_SENIOR);
        assertThat(edited.rule("Directors rank above managers: 总监 / Director, 经理 / Manager").location())
                .isEqualTo(rules + "/vocabulary/ladder.yaml:" + lineOf(text, "- group: \"Directors rank above managers"));

        Files.writeString(ladder, text);
        RuleBase back = build(rules, cache);
        assertThat(OrgExpert.of(back, rows).of(List.of()).whoIsSenior("产品经理", "技术总监").answer()).isEqualTo(Answer.SECOND_SENIOR);
    }

    private static int lineOf(String text, String start) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) if (lines[i].startsWith(start)) return i + 1;
        throw new AssertionError("no line starts with " + start);
    }

    @Test
    void anAddedRuleIsCompiledAndItsLocationIsKnownFromTheCache(@TempDir Path dir, @TempDir Path rules) throws IOException {
        RulesFolderTest.copyRules(rules);
        RuleCache cache = RuleCache.open(dir);
        build(rules, cache);
        Files.writeString(rules.resolve("violations/extra.drl"), """
                package org.orgrules.rules.violations;
                import org.orgrules.model.Person;

                rule "Nobody is called Nemo"
                    @source("K6.2")
                when
                    Person( id == "nemo" )
                then
                end
                """);
        assertThat(build(rules, cache).fromCache()).isFalse();
        RuleBase loaded = build(rules, cache);
        assertThat(loaded.fromCache()).isTrue();
        assertThat(loaded.rule("Nobody is called Nemo").location()).isEqualTo(rules + "/violations/extra.drl:4");
        assertThat(loaded.rule("Nobody is called Nemo").source()).isEqualTo("K6.2");
    }

    @Test
    void anotherVersionOfOrgrulesDroolsOrJavaIsAnotherKey() {
        RuleSource source = RuleSource.folder(RULES);
        List<RuleFile> files = source.read();
        String now = CacheKey.of(source, files, false, CacheKey.environment());
        assertThat(CacheKey.of(source, files, false)).isEqualTo(now);
        assertThat(CacheKey.of(source, files, false, CacheKey.environment() + " changed")).isNotEqualTo(now);
        assertThat(CacheKey.of(source, files, true)).as("trusted").isNotEqualTo(now);
        assertThat(CacheKey.environment()).contains("orgrules ").contains("drools 10.").contains("java ");
    }

    @Test
    void anEntryOfAnotherVersionIsNotLoaded(@TempDir Path dir) throws IOException {
        RuleCache cache = RuleCache.open(dir);
        RuleSource source = RuleSource.folder(RULES);
        String key = CacheKey.of(source, source.read(), false);
        String otherKey = CacheKey.of(source, source.read(), false, CacheKey.environment() + " (an older jar)");
        build(RULES, cache);
        // the same rules as compiled by another orgrules build: stored under that build's key
        RuleCache.Entry entry = RuleCache.parse(key, Files.readAllBytes(cache.file(key)));
        Files.write(cache.file(otherKey), RuleCache.format(otherKey, entry));
        Files.delete(cache.file(key));

        assertThat(build(RULES, cache).fromCache()).isFalse();
        assertThat(entries(dir)).hasSize(2);
        // and that entry under this key's name is refused by the key inside it
        Files.copy(cache.file(otherKey), cache.file(key), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThat(build(RULES, cache).fromCache()).isFalse();
        assertThat(build(RULES, cache).fromCache()).isTrue();
    }

    @Test
    void aCorruptTruncatedOrEmptyEntryIsCompiledAgainAndStillAnswers(@TempDir Path dir) throws IOException {
        RuleCache cache = RuleCache.open(dir);
        build(RULES, cache);
        Path entry = entries(dir).get(0);
        byte[] good = Files.readAllBytes(entry);
        byte[] flipped = good.clone();
        flipped[flipped.length / 2] ^= 0x40;
        byte[] random = new byte[good.length];
        new Random(14).nextBytes(random);
        List<byte[]> bad = List.of(random, java.util.Arrays.copyOf(good, good.length / 2),
                java.util.Arrays.copyOf(good, 80), new byte[0], flipped);
        for (byte[] b : bad) {
            Files.write(entry, b);
            RuleBase rb = build(RULES, cache);
            assertThat(rb.fromCache()).isFalse();
            Org sample = OrgExpert.of(rb, LoadLimits.defaults()).load(Path.of("facts"));
            assertThat(sample.whoIsSenior("生产总监", "生产经理").answer()).isEqualTo(Answer.FIRST_SENIOR);
            // the compile wrote a good entry over the bad one
            assertThat(Files.readAllBytes(entry)).isNotEqualTo(b);
            assertThat(build(RULES, cache).fromCache()).isTrue();
        }
    }

    @Test
    void aWellFormedEntryWhoseModuleDoesNotLoadIsCompiledAgain(@TempDir Path dir) throws IOException {
        RuleCache cache = RuleCache.open(dir);
        RuleSource source = RuleSource.folder(RULES);
        String key = CacheKey.of(source, source.read(), false);
        // intact as a file (checksum right), but the module inside is no module
        cache.store(key, new RuleCache.Entry("rules-x", "not a jar".getBytes(), List.of()));
        assertThat(build(RULES, cache).fromCache()).isFalse();
        assertThat(build(RULES, cache).fromCache()).isTrue();
    }

    @Test
    void theCacheKeepsTheNewestEntriesOnly(@TempDir Path dir) throws IOException {
        RuleCache cache = RuleCache.open(dir);
        RuleCache.Entry e = new RuleCache.Entry("rules-x", new byte[] {1, 2, 3}, List.of());
        for (int i = 0; i < RuleCache.MAX_ENTRIES + 5; i++) {
            String key = String.format("%064d", i);
            cache.store(key, e);
            Files.setLastModifiedTime(cache.file(key), java.nio.file.attribute.FileTime.fromMillis(1_000_000L * (i + 1)));
        }
        cache.prune();
        assertThat(entries(dir)).hasSize(RuleCache.MAX_ENTRIES);
        assertThat(cache.file(String.format("%064d", RuleCache.MAX_ENTRIES + 4))).exists();
        assertThat(cache.file(String.format("%064d", 0))).doesNotExist();
    }

    @Test
    void anEntryReadsBackAsWritten() throws IOException {
        RuleCache.Entry e = new RuleCache.Entry("rules-abc", new byte[] {9, 8, 7},
                List.of(new RuleProblem("rules/a.drl", 3, 4, "a warning: 经理", false)));
        RuleCache.Entry back = RuleCache.parse("k", RuleCache.format("k", e));
        assertThat(back.artifact()).isEqualTo("rules-abc");
        assertThat(back.jar()).containsExactly(9, 8, 7);
        assertThat(back.warnings()).isEqualTo(e.warnings());
    }

    @Test
    void concurrentWritersOfTheSameEntryLeaveAnIntactOne(@TempDir Path dir) throws Exception {
        RuleCache cache = RuleCache.open(dir);
        byte[] jar = new byte[200_000];
        new Random(1).nextBytes(jar);
        RuleCache.Entry e = new RuleCache.Entry("rules-x", jar, List.of());
        List<Thread> writers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Thread w = new Thread(() -> {
                for (int k = 0; k < 10; k++) cache.store("same", e);
            });
            w.start();
            writers.add(w);
        }
        for (Thread t : writers) t.join();
        assertThat(cache.load("same")).hasValueSatisfying(back -> assertThat(back.jar()).isEqualTo(jar));
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("rules-same.bin");
        }
    }

    @Test
    void aFolderThatCannotBeCreatedMeansNoCacheAndStillAnswers(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("a-file"), "not a folder");
        OrgExpert expert = OrgExpert.builder().rules(RULES).cache(file.resolve("cache")).build();
        assertThat(expert.rules().fromCache()).isFalse();
        assertThat(expert.load(Path.of("facts")).whoIsSenior("生产总监", "生产经理").answer())
                .isEqualTo(Answer.FIRST_SENIOR);
    }

    @Test
    void theDefaultFolderFollowsTheConventions() {
        assertThat(RuleCache.defaultDir(java.util.Map.of("ORGRULES_CACHE_DIR", "/c", "XDG_CACHE_HOME", "/x"), "/home/u"))
                .isEqualTo(Path.of("/c"));
        assertThat(RuleCache.defaultDir(java.util.Map.of("XDG_CACHE_HOME", "/x"), "/home/u")).isEqualTo(Path.of("/x/orgrules"));
        assertThat(RuleCache.defaultDir(java.util.Map.of("XDG_CACHE_HOME", "relative"), "/home/u"))
                .isEqualTo(Path.of("/home/u/.cache/orgrules"));
        assertThat(RuleCache.defaultDir(java.util.Map.of(), "/home/u")).isEqualTo(Path.of("/home/u/.cache/orgrules"));
    }

    @Test
    void forbiddenCallsAreRefusedWhetherOrNotTheRulesAreCached(@TempDir Path dir, @TempDir Path rules) throws IOException {
        RulesFolderTest.copyRules(rules);
        RuleCache cache = RuleCache.open(dir);
        build(rules, cache);
        Files.writeString(rules.resolve("evil.drl"), """
                package org.orgrules.rules;
                import org.orgrules.model.Person;
                rule "Exit"
                    @source("K6.2")
                when
                    Person()
                then
                    System.exit(3);
                end
                """);
        RuleBase trusted = RuleBase.build(RuleSource.folder(rules), 1_000_000L, 100, true, cache);
        assertThat(trusted.rule("Exit")).isNotNull();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> build(rules, cache))
                .isInstanceOf(RulesException.class).hasMessageContaining("evil.drl:8: not allowed: 'System.exit'");
    }
}
