package org.orgrules;

import org.orgrules.view.Org;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orgrules.model.Answer;

/** Reloading the rules folder: atomic swaps, a broken edit keeps the old rules, queries never see half a rule base. */
class ReloadingExpertTest {
    private static final String MANAGER_50 = "- [MANAGER, 50, 经理]";
    private static final String MANAGER_65 = "- [MANAGER, 65, 经理]";

    private static ReloadingExpert live(Path rules, List<ReloadingExpert.Outcome> seen) {
        return ReloadingExpert.of(OrgExpert.fromFolder(rules),
                e -> e.of(Fixtures.rows("pm|产品经理|A|", "td|技术总监|A|")), seen::add);
    }

    private static void promoteManagers(Path rules, boolean promote) throws IOException {
        Path ladder = rules.resolve("vocabulary/ladder.yaml");
        String text = Files.readString(ladder);
        Files.writeString(ladder, promote ? text.replace(MANAGER_50, MANAGER_65) : text.replace(MANAGER_65, MANAGER_50));
    }

    @Test
    void anExplicitReloadSwapsInTheEditedRules(@TempDir Path dir) throws IOException {
        RulesFolderTest.copyRules(dir);
        List<ReloadingExpert.Outcome> seen = new CopyOnWriteArrayList<>();
        ReloadingExpert live = live(dir, seen);
        Org before = live.org();
        assertThat(before.whoIsSenior("pm", "td").answer()).isEqualTo(Answer.SECOND_SENIOR);
        promoteManagers(dir, true);
        ReloadingExpert.Outcome o = live.reload();
        assertThat(o.reloaded()).isTrue();
        assertThat(o.version()).isEqualTo(2);
        assertThat(live.org().whoIsSenior("pm", "td").answer()).isEqualTo(Answer.FIRST_SENIOR);
        assertThat(before.whoIsSenior("pm", "td").answer()).as("a snapshot taken before stays as it was")
                .isEqualTo(Answer.SECOND_SENIOR);
        assertThat(seen).containsExactly(o);
    }

    @Test
    void aBrokenEditKeepsThePreviousRulesAnsweringAndReportsTheProblem(@TempDir Path dir) throws IOException {
        RulesFolderTest.copyRules(dir);
        List<ReloadingExpert.Outcome> seen = new CopyOnWriteArrayList<>();
        ReloadingExpert live = live(dir, seen);
        Org before = live.org();
        Files.writeString(dir.resolve("broken.drl"), "package org.orgrules.rules;\nrule \"half\"\nwhen\n  Person( id == )\nthen\nend\n");
        ReloadingExpert.Outcome o = live.reload();
        assertThat(o.reloaded()).isFalse();
        assertThat(o.version()).isEqualTo(1);
        assertThat(o.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.file()).endsWith("broken.drl"));
        assertThat(seen).containsExactly(o);
        assertThat(live.org()).isSameAs(before);
        assertThat(live.org().whoIsSenior("pm", "td").answer()).isEqualTo(Answer.SECOND_SENIOR);
    }

    @Test
    void queriesDuringReloadsAlwaysSeeAWholeRuleBase(@TempDir Path dir) throws Exception {
        RulesFolderTest.copyRules(dir);
        ReloadingExpert live = live(dir, new CopyOnWriteArrayList<>());
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger queries = new AtomicInteger();
        List<String> wrong = new CopyOnWriteArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<?>> readers = new java.util.ArrayList<>();
            for (int t = 0; t < 2; t++) {
                readers.add(pool.submit(() -> {
                    while (!stop.get()) {
                        Org org = live.org();
                        // one snapshot: its seniority and its classification agree, whichever rules it has
                        Answer a = org.whoIsSenior("pm", "td").answer();
                        int level = org.classification("pm").level();
                        Answer expected = level == 65 ? Answer.FIRST_SENIOR : level == 50 ? Answer.SECOND_SENIOR : null;
                        if (a != expected) wrong.add("level " + level + " answered " + a);
                        queries.incrementAndGet();
                    }
                }));
            }
            for (int i = 0; i < 6; i++) {
                promoteManagers(dir, i % 2 == 0);
                if (i == 3) Files.writeString(dir.resolve("broken.drl"), "rule \"x\" when Foo( then end");
                ReloadingExpert.Outcome o = live.reload();
                assertThat(o.reloaded()).isEqualTo(i != 3);
                Files.deleteIfExists(dir.resolve("broken.drl"));
            }
            stop.set(true);
            for (Future<?> f : readers) f.get(60, TimeUnit.SECONDS);
        } finally {
            stop.set(true);
            pool.shutdownNow();
        }
        assertThat(wrong).isEmpty();
        assertThat(queries.get()).isPositive();
        assertThat(live.snapshot().version()).isEqualTo(6);
    }

    @Test
    void watchingTheFolderReloadsOnAnEdit(@TempDir Path dir) throws Exception {
        RulesFolderTest.copyRules(dir);
        java.util.concurrent.BlockingQueue<ReloadingExpert.Outcome> seen = new java.util.concurrent.LinkedBlockingQueue<>();
        try (ReloadingExpert live = ReloadingExpert.of(OrgExpert.fromFolder(dir),
                e -> e.of(Fixtures.rows("pm|产品经理|A|", "td|技术总监|A|")), seen::add).watch(100)) {
            promoteManagers(dir, true);
            ReloadingExpert.Outcome o = seen.poll(60, TimeUnit.SECONDS);
            assertThat(o).as("a reload after the edit").isNotNull();
            assertThat(o.reloaded()).isTrue();
            assertThat(live.org().whoIsSenior("pm", "td").answer()).isEqualTo(Answer.FIRST_SENIOR);
        }
    }
}
