package org.orgrules;

import org.orgrules.view.Org;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orgrules.model.Person;
import org.orgrules.model.Progress;

/** A derivation of more than 100,000 firings tells its listener as it goes, and answers exactly as without one. */
class FiringProgressTest {

    @Test
    void aLongDerivationReportsItsFiringsAndAnswersTheSame() {
        List<Person> people = new ArrayList<>();
        people.add(Fixtures.person("gm", "总经理", "Acme", ""));
        for (int i = 0; i < 2_000; i++) {
            people.add(Fixtures.person("m" + i, i % 3 == 0 ? "生产经理" : "车间操作工", "Acme", i == 0 ? "gm" : "m" + (i - 1) / 4));
        }
        List<Long> fired = new ArrayList<>();
        OrgExpert telling = OrgExpert.builder().rulesFolder(Path.of("rules")).progress((stage, count, ms) -> {
            if (stage == Progress.Stage.RULES_FIRED) fired.add(count);
        }).build();

        Org told = telling.of(people);
        Org plain = Fixtures.expert().of(people);

        // 2,000 people fire fewer than 100,000 rules: nothing to tell, and the same answers
        assertThat(fired).isEmpty();
        assertThat(told.chainOfCommand("m1999").toString()).isEqualTo(plain.chainOfCommand("m1999").toString());
        assertThat(told.violations()).hasSameSizeAs(plain.violations());
    }

    @Test
    void everyHundredThousandFiringsAreReportedWithTheCountSoFar(@TempDir Path dir) throws Exception {
        // the project's rules and one that fires 250,000 times, cheaply
        Path rules = RulesCopy.of(dir);
        Files.writeString(rules.resolve("ticks.drl"), """
                package org.orgrules.test;
                declare Tick
                    n : int
                end
                rule "A tick starts the count"
                    @source("K1.1")
                when
                    not Tick()
                then
                    insert(new Tick(0));
                end
                rule "Each tick leads to the next"
                    @source("K1.1")
                when
                    $t : Tick( n < 250000 )
                then
                    modify($t) { setN($t.getN() + 1) }
                end
                """);
        List<Long> fired = new ArrayList<>();
        OrgExpert telling = OrgExpert.builder().rulesFolder(rules).fireLimit(1_000_000).noCache()
                .progress((stage, count, ms) -> fired.add(count)).build();

        telling.of(List.of(Fixtures.person("a", "Engineer", "Acme", "")));

        // one update after each step of 100,000 firings (Drools may run a few past a step's end)
        assertThat(fired).hasSize(2).isSorted();
        assertThat(fired.get(0)).isBetween(100_000L, 110_000L);
        assertThat(fired.get(1)).isBetween(200_000L, 220_000L);
    }
}
