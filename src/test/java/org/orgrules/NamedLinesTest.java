package org.orgrules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.orgrules.engine.Derivation;
import org.orgrules.facts.LoadResult;
import org.orgrules.model.Line;
import org.orgrules.model.LineType;
import org.orgrules.model.NamedLine;
import org.orgrules.model.Person;
import org.orgrules.model.Violation;
import org.orgrules.view.Org;

/**
 * The lines the facts name are derived once per pair of positions and kind of line (NamedLine), and
 * the engine gives each person of the pair their line: the firings follow the pairs, not the people,
 * and every person still has their own line, their own violations, and their own live updates.
 */
class NamedLinesTest {
    private static final LocalDate DAY = LocalDate.of(2026, 6, 1);

    /** A general manager, a production director under them, and {@code n} workers under the director. */
    private static List<Person> workers(int n) {
        List<Person> out = new ArrayList<>();
        out.add(Fixtures.person("gm", "总经理", "生产部", "甲公司", ""));
        out.add(Fixtures.person("pd", "生产总监", "生产部", "甲公司", "gm"));
        for (int i = 0; i < n; i++) out.add(Fixtures.person("w" + i, "车间操作工", "生产部", "甲公司", "pd"));
        return out;
    }

    @Test
    void aHundredTimesTheWorkersUnderOneManagerFireTheSameRulesTheSameNumberOfTimes() {
        Derivation.Derived few = Derivation.run(Fixtures.expert().rules(), workers(20));
        Derivation.Derived many = Derivation.run(Fixtures.expert().rules(), workers(2_000));
        assertThat(many.fired()).isEqualTo(few.fired());
        // two pairs of positions: 生产总监 → 总经理, 车间操作工 → 生产总监
        assertThat(many.of(NamedLine.class)).hasSize(2);
        assertThat(many.lines()).hasSize(2_001);
        assertThat(many.lines()).filteredOn(l -> l.personId().equals("w1999"))
                .singleElement().satisfies(l -> {
                    assertThat(l.managerId()).isEqualTo("pd");
                    assertThat(l.rule().rule()).isEqualTo("A person reports to the manager the facts name");
                });
    }

    @Test
    void aPairThatInvertsRanksGivesEachOfItsPeopleTheirOwnViolation() {
        List<Person> people = workers(3);
        people.replaceAll(p -> p.getId().equals("pd") ? p : p.getId().startsWith("w") ? p.withTitle("生产总监") : p);
        people.add(Fixtures.person("pm", "生产经理", "生产部", "甲公司", "gm"));
        people.replaceAll(p -> p.getId().startsWith("w") ? p.withManager("pm") : p);
        Org org = Fixtures.expert().of(people);
        assertThat(org.violations()).filteredOn(v -> v.rule().equals("Nobody reports to someone of lower rank"))
                .extracting(Violation::people)
                .containsExactlyInAnyOrder(List.of("w0", "pm"), List.of("w1", "pm"), List.of("w2", "pm"));
    }

    @Test
    void aFurtherLineIsDerivedPerPairTooAndKeepsItsKind() {
        List<Person> people = workers(2);
        people.add(Fixtures.person("td", "技术总监", "技术部", "甲公司", "gm"));
        people.replaceAll(p -> p.getId().startsWith("w") ? p.withLines(List.of(new Line("td", LineType.DOTTED, null, null))) : p);
        Org org = Fixtures.expert().of(people);
        assertThat(org.derived(NamedLine.class)).filteredOn(NamedLine::further).singleElement()
                .satisfies(l -> assertThat(l.type()).isEqualTo(LineType.DOTTED));
        for (String w : List.of("w0", "w1")) {
            assertThat(org.managersOf(w)).extracting(m -> m.id() + "/" + m.type()).containsExactly("pd/solid", "td/dotted");
        }
        assertThat(org.directReports("pd")).containsExactly("w0", "w1");
    }

    @Test
    void aLiveMoveIntoAndOutOfAnInvertedPairFollowsForThatPersonAlone() {
        OrgExpert expert = Fixtures.expert();
        List<Person> people = workers(3);
        people.add(Fixtures.person("pm", "生产经理", "生产部", "甲公司", "gm"));
        people.add(Fixtures.person("d2", "生产总监", "生产部", "甲公司", "pm"));      // already an inverted pair: 总监 → 经理
        try (LiveOrg live = expert.live(new LoadResult(people, List.of()), DAY)) {
            assertThat(inversions(live.org())).containsExactly(List.of("d2", "pm"));
            // w0 becomes a director and stays under pd: no inversion (same rank)
            Org after = live.update(live.org().person("w0").orElseThrow().withTitle("生产总监"));
            assertThat(inversions(after)).containsExactly(List.of("d2", "pm"));
            // w0 moves under pm: it joins the inverted pair of d2, and has a violation of its own
            after = live.update(after.person("w0").orElseThrow().withManager("pm"));
            assertThat(inversions(after)).containsExactlyInAnyOrder(List.of("d2", "pm"), List.of("w0", "pm"));
            // pm is renamed: both violations name the new name, as a full derivation would
            after = live.update(new Person("pm", "彭经理", "生产经理", "生产部", "甲公司", "gm", "test:pm"));
            assertThat(after.violations()).filteredOn(v -> v.rule().equals("Nobody reports to someone of lower rank"))
                    .allMatch(v -> v.message().contains("彭经理"));
            // w0 moves back: only d2's remains
            after = live.update(after.person("w0").orElseThrow().withManager("pd"));
            assertThat(inversions(after)).containsExactly(List.of("d2", "pm"));
            List<Person> now = new ArrayList<>(after.people());
            assertThat(after.violations()).isEqualTo(expert.of(new LoadResult(now, List.of()), DAY).violations());
        }
    }

    @Test
    void aRuleThatDerivesTheLinesOfAPairFromMoreThanThePairIsFollowedLiveForEveryoneOfThePair(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        // an analyst's rules: the lines the facts name hold only while nobody has the title 冻结 ("frozen")
        RulesFolderTest.copyRules(dir);
        java.nio.file.Path reporting = dir.resolve("core/reporting.drl");
        String drl = java.nio.file.Files.readString(reporting);
        String named = "    $n : ManagerNamed( !further )\n";
        assertThat(drl).contains(named);
        java.nio.file.Files.writeString(reporting, drl.replace(named, named + "    not Person( title == \"冻结\" )\n"));
        OrgExpert expert = OrgExpert.fromFolder(dir);
        List<Person> people = workers(3);
        people.add(Fixtures.person("x", "技术员", "技术部", "甲公司", ""));
        try (LiveOrg live = expert.live(new LoadResult(people, List.of()), DAY)) {
            assertThat(live.org().managersOf("w2")).extracting(m -> m.id()).containsExactly("pd");
            // x names no manager and nobody names x: the change moves no pair, yet every named line goes
            Org frozen = live.update(live.org().person("x").orElseThrow().withTitle("冻结"));
            assertThat(frozen.managersOf("w2")).isEmpty();
            assertThat(frozen.directReports("pd")).isEmpty();
            Org thawed = live.update(frozen.person("x").orElseThrow().withTitle("技术员"));
            assertThat(thawed.managersOf("w2")).extracting(m -> m.id()).containsExactly("pd");
            assertThat(thawed.directReports("pd")).containsExactly("w0", "w1", "w2");
            assertThat(thawed.chainOfCommand("w1").chain()).containsExactly("pd", "gm");
        }
    }

    private static List<List<String>> inversions(Org org) {
        return org.violations().stream().filter(v -> v.rule().equals("Nobody reports to someone of lower rank"))
                .map(Violation::people).toList();
    }
}
