package org.orgrules.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.orgrules.view.Org;
import org.orgrules.OrgExpert;
import org.orgrules.model.Answer;
import org.orgrules.model.Chain;
import org.orgrules.model.Person;

/**
 * Cyclic data answers every query, names the cycle and never loops — also when the cycle is
 * 50,000 people of one rank, where peers asks about every pair it meets. Timeouts guard a hang only.
 */
class CyclicDataTest {
    static final int CYCLE = 50_000, TAIL = 1_000;

    @Test
    void aFiftyThousandPersonCycleWithATailAnswersEveryQuery() {
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < CYCLE; i++) people.add(new Person("c" + i, null, "Engineer", "R&D", "Acme", "c" + ((i + 1) % CYCLE), "t:" + i));
        for (int i = 0; i < TAIL; i++) people.add(new Person("t" + i, null, "Engineer", "R&D", "Acme", i == 0 ? "c0" : "t" + (i - 1), "t:tail" + i));
        Org org = assertTimeoutPreemptively(Duration.ofMinutes(3), () -> OrgExpert.bundled().of(people));

        assertTimeoutPreemptively(Duration.ofMinutes(2), () -> {
            Chain c = org.chainOfCommand("t" + (TAIL - 1));
            assertThat(c.cycle()).isTrue();
            assertThat(c.chain()).hasSize(TAIL - 1 + CYCLE).doesNotHaveDuplicates();
            assertThat(org.chainOfCommand("c5").chain()).hasSize(CYCLE - 1).endsWith("c4");

            assertThat(org.isInChainOf("t" + (TAIL - 1), "c" + (CYCLE / 2))).isTrue();
            assertThat(org.isInChainOf("c7", "c3")).isTrue();
            assertThat(org.isInChainOf("c3", "c7")).isTrue();
            assertThat(org.isInChainOf("c3", "t0")).isFalse();
            assertThat(org.reportsTo("t5", "t2").answer()).isTrue();
            assertThat(org.reportsTo("t2", "t5").answer()).isFalse();

            Answer inCycle = org.whoIsSenior("c1", "c2").answer();
            assertThat(org.whoIsSenior("c2", "c1").answer()).isEqualTo(inCycle);
            assertThat(org.whoIsSenior("c0", "t0").answer()).isEqualTo(Answer.FIRST_SENIOR);

            // everyone on the cycle is above everyone else on it: nobody there is a peer
            assertThat(org.peers("c0")).doesNotContain("c1", "c" + (CYCLE - 1));
            assertThat(org.allReports("c0")).hasSize(CYCLE - 1 + TAIL);
            assertThat(org.allReports("t" + (TAIL - 2))).containsExactly("t" + (TAIL - 1));
            assertThat(org.violations()).anySatisfy(v -> assertThat(v.message()).startsWith("reporting cycle: c0 → c1 → c2"));
        });
    }
}
