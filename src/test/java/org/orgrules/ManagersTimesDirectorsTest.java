package org.orgrules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.orgrules.engine.Derivation;
import org.orgrules.facts.LoadResult;
import org.orgrules.model.ManagerLine;
import org.orgrules.model.Person;
import org.orgrules.model.PositionLine;
import org.orgrules.model.Reason;
import org.orgrules.view.Org;

/**
 * K2.3 with several directors of one function (a K2.2 violation): every manager who names no manager
 * reports to each of them. The rules derive that once per position and director (PositionLine), and
 * the view gives each manager their lines: n directors and n managers cost n facts, not n².
 */
class ManagersTimesDirectorsTest {
    private static final LocalDate DAY = LocalDate.of(2026, 6, 1);

    @Test
    void nDirectorsAndNManagersDeriveLinesPerPositionNotPerManager() {
        int n = 200;
        Derivation.Derived d = Derivation.run(Fixtures.expert().rules(), ScaleOrgs.managersTimesDirectors(n));
        // one position (生产经理 of 生产部) × n directors; x1, x2, x4 name a manager
        assertThat(d.of(PositionLine.class)).hasSize(n);
        assertThat(d.lines()).hasSize(2);           // x4's line to x3, x3's to gm (x1's manager is unknown, x2 is their own)
        assertThat(d.fired()).isLessThan(20L * n);
        assertThat(d.violations()).extracting(v -> v.source()).contains("K2.2");
    }

    @Test
    void eachManagerReportsToEveryDirectorAndThePrimaryLineGoesToTheSmallestId() {
        Org org = Fixtures.expert().of(ScaleOrgs.managersTimesDirectors(5));
        List<ManagerLine> ms = org.managersOf("m3");
        assertThat(ms).extracting(ManagerLine::id).containsExactly("d0", "d1", "d2", "d3", "d4");
        assertThat(ms).allMatch(ManagerLine::inferred);
        assertThat(ms.get(1).reasons()).extracting(Reason::text)
                .anyMatch(t -> t.startsWith("not m3's primary line: m3's primary line goes to d0"));
        assertThat(org.chainOfCommand("m3").chain()).containsExactly("d0");
        assertThat(org.directReports("d0")).containsExactly("m0", "m1", "m2", "m3", "m4");
        assertThat(org.directReports("d1")).isEmpty();
        assertThat(org.otherLineReports("d1")).containsExactly("m0", "m1", "m2", "m3", "m4");
        assertThat(org.otherLineReports("d0")).isEmpty();
        assertThat(org.reportsTo("m3", "d4").answer()).isFalse();   // not in the chain of command
        assertThat(org.managersOf("x4")).extracting(ManagerLine::id).containsExactly("x3");
        assertThat(org.managersOf("d2")).isEmpty();
    }

    @Test
    void aDirectorWhoNamesAManagerOfTheFunctionAsTheirOwnCloseACycleThroughTheInferredLine() {
        List<Person> people = new ArrayList<>(ScaleOrgs.managersTimesDirectors(3));
        people.replaceAll(p -> p.getId().equals("d2") ? p.withManager("m1") : p);
        Org org = Fixtures.expert().of(people);
        assertThat(org.violations()).filteredOn(v -> v.rule().equals("Reporting lines never form a cycle"))
                .extracting(v -> v.people()).containsExactly(List.of("d2", "m1"));
        // m1's primary line goes to d0, but the cycle runs through the line to d2 all the same
        assertThat(org.chainOfCommand("m1").chain()).containsExactly("d0");
    }

    @Test
    void eachChangeToAnOrgOfManyDirectorsAnswersAsAFullDerivation() {
        OrgExpert expert = Fixtures.expert();
        List<Person> people = new ArrayList<>(ScaleOrgs.managersTimesDirectors(6));
        LoadResult loaded = new LoadResult(people, List.of());
        Random r = new Random(5);
        try (LiveOrg live = expert.live(loaded, DAY)) {
            for (int u = 0; u < 60; u++) {
                int i = r.nextInt(people.size());
                Person changed = LiveOrgTest.change(people.get(i), people, r);
                people.set(i, changed);
                Org after = live.update(changed);
                Org full = expert.of(new LoadResult(people, List.of()), DAY);
                LiveOrgTest.same(answers(after, u), answers(full, u), "after update " + u + ": " + changed);
            }
        }
    }

    /** The answers of LiveOrgTest, and the other lines with their reasons. */
    private static List<String> answers(Org org, long seed) {
        List<String> out = LiveOrgTest.answers(org, seed);
        for (Person p : org.people()) {
            out.add(p.getId() + " other reports " + org.otherLineReports(p.getId()));
            for (ManagerLine m : org.managersOf(p.getId())) out.add(p.getId() + " line " + m.id() + " " + m.reasons());
            out.add(p.getId() + " why " + org.primaryLineReasons(p.getId()));
        }
        return out;
    }
}
