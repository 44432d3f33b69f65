package org.orgrules;

import org.orgrules.view.Org;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orgrules.bench.SyntheticOrg;
import org.orgrules.model.Person;

/** {@link Org#seniority} (no reasons, for hot paths) gives the same answer as {@link Org#whoIsSenior} for every pair. */
class AnswerOnlySeniorityTest {
    @Test
    void theAnswerOnlyFormAgreesWithTheExplainedOneOnTheSample() {
        Org org = OrgExpert.bundled().loadBundledSample();
        List<Person> people = org.people();
        for (Person a : people) {
            for (Person b : people) {
                assertThat(org.seniority(a.getId(), b.getId())).as(a.getId() + " vs " + b.getId())
                        .isEqualTo(org.whoIsSenior(a.getId(), b.getId()).answer());
            }
        }
    }

    @Test
    void itAgreesOnASyntheticOrgWithCyclesAndCrossCompanyLines(@TempDir Path dir) throws Exception {
        Org org = SyntheticOrgTest.load(SyntheticOrg.generate(1000, 3), dir);
        List<Person> people = org.people();
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(1);
        for (int k = 0; k < 5000; k++) {
            String a = people.get(rnd.nextInt(people.size())).getId();
            String b = k % 10 == 0 ? "x-cyc-" + "abc".charAt(rnd.nextInt(3)) : people.get(rnd.nextInt(people.size())).getId();
            assertThat(org.seniority(a, b)).as(a + " vs " + b).isEqualTo(org.whoIsSenior(a, b).answer());
        }
    }
}
