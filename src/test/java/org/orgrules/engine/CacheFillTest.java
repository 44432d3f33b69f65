package org.orgrules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orgrules.view.Org;
import org.orgrules.OrgExpert;
import org.orgrules.RulesFolderTest;

/** A cache miss answered by the classic build, the entry filled later by someone else ({@link CacheFill}). */
class CacheFillTest {

    private static RuleBase build(Path rules, RuleCache cache, CacheFill fill) {
        return RuleBase.build(RuleSource.folder(rules), 1_000_000L, 100, false, cache, fill);
    }

    private static String key(Path rules) {
        RuleSource s = RuleSource.folder(rules);
        return CacheKey.of(s, s.read(), false);
    }

    @Test
    void aMissAnswersWithTheClassicBuildAndAsksForExactlyOneFill(@TempDir Path dir, @TempDir Path rules) throws IOException {
        RulesFolderTest.copyRules(rules);
        RuleCache cache = RuleCache.open(dir);
        List<CacheFill.Request> asked = new CopyOnWriteArrayList<>();
        CacheFill later = CacheFill.classicNowFillLater(asked::add);

        RuleBase first = build(rules, cache, later);
        RuleBase again = build(rules, cache, later);                                   // this JVM's memo
        RuleBase otherLimits = RuleBase.build(RuleSource.folder(rules), 5_000L, 7, false, cache, later); // a miss again: the marker holds
        RuleBase classic = build(rules, null, CacheFill.IN_PROCESS);

        assertThat(asked).hasSize(1);
        CacheFill.Request r = asked.get(0);
        assertThat(r.key()).isEqualTo(key(rules));
        assertThat(r.source().path()).contains(rules);
        assertThat(r.trusted()).isFalse();
        assertThat(r.cache()).isSameAs(cache);
        assertThat(cache.fillMarker(r.key())).exists();
        assertThat(cache.file(r.key())).as("nothing compiled to the cache here").doesNotExist();
        for (RuleBase rb : List.of(first, again, otherLimits)) {
            assertThat(rb.fromCache()).isFalse();
            assertThat(rb.rules()).isEqualTo(classic.rules());
            assertThat(rb.warnings()).isEqualTo(classic.warnings());
            assertThat(rb.lineUses().toString()).isEqualTo(classic.lineUses().toString());
        }
    }

    @Test
    void theFillWritesTheEntryTheNextBuildLoadsAndBothAnswerTheSampleAlike(@TempDir Path dir, @TempDir Path rules) throws IOException {
        RulesFolderTest.copyRules(rules);
        RuleCache cache = RuleCache.open(dir);
        List<CacheFill.Request> asked = new CopyOnWriteArrayList<>();
        CacheFill later = CacheFill.classicNowFillLater(asked::add);
        OrgExpert classicNow = OrgExpert.builder().rules(rules).cache(cache).cacheFill(later).build();
        assertThat(classicNow.rules().fromCache()).isFalse();
        assertThat(asked).hasSize(1);

        String key = CacheFill.fill(asked.get(0).source(), asked.get(0).trusted(), asked.get(0).cache());
        assertThat(key).isEqualTo(asked.get(0).key());
        assertThat(cache.file(key)).exists();
        assertThat(cache.fillMarker(key)).as("the fill removes its marker").doesNotExist();

        OrgExpert loaded = OrgExpert.builder().rules(rules).cache(cache).cacheFill(later).build();
        assertThat(loaded.rules().fromCache()).isTrue();
        assertThat(asked).hasSize(1);

        Org a = loaded.load(Path.of("facts")), b = classicNow.load(Path.of("facts"));
        assertThat(a.whoIsSenior("生产总监", "生产经理").toString()).isEqualTo(b.whoIsSenior("生产总监", "生产经理").toString());
        assertThat(a.managersOf("li").toString()).isEqualTo(b.managersOf("li").toString());
        assertThat(a.chainOfCommand("li").toString()).isEqualTo(b.chainOfCommand("li").toString());
        assertThat(a.peers("li")).isEqualTo(b.peers("li"));
        assertThat(a.allReports("wang")).isEqualTo(b.allReports("wang"));
        assertThat(a.violations().toString()).isEqualTo(b.violations().toString());
        assertThat(loaded.explainer(a).senior("产品经理", "技术总监").toString())
                .isEqualTo(classicNow.explainer(b).senior("产品经理", "技术总监").toString())
                .contains("/core/seniority.drl:");
    }

    @Test
    void aStaleMarkerIsIgnoredAndAFreshOneIsNot(@TempDir Path dir, @TempDir Path rules) throws IOException {
        RulesFolderTest.copyRules(rules);
        RuleCache cache = RuleCache.open(dir);
        String key = key(rules);
        Path marker = Files.createFile(cache.fillMarker(key));
        List<CacheFill.Request> asked = new CopyOnWriteArrayList<>();

        build(rules, cache, CacheFill.classicNowFillLater(asked::add));
        assertThat(asked).as("a fill is under way").isEmpty();

        // a fill that died 11 minutes ago (another fire limit: not this JVM's memo)
        Files.setLastModifiedTime(marker, FileTime.fromMillis(System.currentTimeMillis() - RuleCache.FILL_STALE.toMillis() - 60_000));
        RuleBase.build(RuleSource.folder(rules), 5_000L, 7, false, cache, CacheFill.classicNowFillLater(asked::add));
        assertThat(asked).hasSize(1);
        assertThat(Files.getLastModifiedTime(marker).toMillis()).as("claimed anew").isGreaterThan(System.currentTimeMillis() - 60_000);
    }

    @Test
    void aMarkerIsClaimedOnceUntilReleasedOrStale(@TempDir Path dir) throws IOException {
        RuleCache cache = RuleCache.open(dir);
        assertThat(cache.claimFill("k")).isTrue();
        assertThat(cache.claimFill("k")).isFalse();
        assertThat(cache.claimFill("other")).isTrue();
        cache.releaseFill("k");
        assertThat(cache.claimFill("k")).isTrue();
        Files.setLastModifiedTime(cache.fillMarker("k"), FileTime.fromMillis(System.currentTimeMillis() - RuleCache.FILL_STALE.toMillis() - 1000));
        assertThat(cache.claimFill("k")).isTrue();
        assertThat(cache.claimFill("k")).isFalse();
        try (var s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("rules-k.filling", "rules-other.filling");
        }
    }

    @Test
    void aFillerThatFailsReleasesTheMarkerAndTheAnswerStillComes(@TempDir Path dir, @TempDir Path rules) throws IOException {
        RulesFolderTest.copyRules(rules);
        RuleCache cache = RuleCache.open(dir);
        RuleBase rb = build(rules, cache, CacheFill.classicNowFillLater(r -> { throw new IllegalStateException("no processes here"); }));
        assertThat(rb.rules()).isNotEmpty();
        assertThat(cache.fillMarker(key(rules))).doesNotExist();
    }

    @Test
    void inProcessIsTheDefaultAndCompilesToTheCache(@TempDir Path dir, @TempDir Path rules) throws IOException {
        RulesFolderTest.copyRules(rules);
        RuleCache cache = RuleCache.open(dir);
        OrgExpert e = OrgExpert.builder().rules(rules).cache(cache).build();
        assertThat(e.rules().fromCache()).isFalse();
        assertThat(cache.file(key(rules))).exists();
        assertThat(cache.fillMarker(key(rules))).doesNotExist();
    }

    @Test
    void rulesWithErrorsFailAsBeforeAndAskForNoFill(@TempDir Path dir, @TempDir Path rules) throws IOException {
        RulesFolderTest.copyRules(rules);
        Files.writeString(rules.resolve("broken.drl"), "package org.orgrules.rules;\nrule \"x\" when Nope() then end\n");
        RuleCache cache = RuleCache.open(dir);
        List<CacheFill.Request> asked = new CopyOnWriteArrayList<>();
        assertThatThrownBy(() -> build(rules, cache, CacheFill.classicNowFillLater(asked::add)))
                .isInstanceOf(RulesException.class).hasMessageContaining("broken.drl:2");
        assertThat(asked).isEmpty();
        assertThatThrownBy(() -> CacheFill.fill(RuleSource.folder(rules), false, cache)).isInstanceOf(RulesException.class);
    }
}
