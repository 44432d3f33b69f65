package org.orgrules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.orgrules.facts.LoadResult;
import org.orgrules.knowledge.DirectedBy;
import org.orgrules.knowledge.Directing;
import org.orgrules.knowledge.Knowledge;
import org.orgrules.model.DirectingRank;
import org.orgrules.model.Directs;
import org.orgrules.model.Person;
import org.orgrules.model.Reason;
import org.orgrules.view.Org;

/**
 * Issue 18, K2.4: many heads of production (each a unit's 生产总监, a title of its own) over many titles of
 * the 技术部. The rules derive direction per company, function and rank level, so the facts grow with the
 * positions, not with heads × positions; the answers still name every head and every person. Counts and
 * answers only; the times are in BENCHMARKS.md.
 */
class DirectionScaleTest {
    private static final List<String> PLANTED = List.of("K3.1 ERROR [x4, x3]", "K6.2 ERROR [x1]", "K6.2 ERROR [x2]");

    private static List<String> ids(String prefix, int n, int holders) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (holders == 0) out.add(prefix + i);
            else for (int j = 0; j < holders; j++) out.add(prefix + i + "-" + j);
        }
        return out;
    }

    @Test
    void twoHundredUnitProductionDirectorsEachDirectTheTechnicalDepartmentAndAllSixHundredOfItsPeople() {
        int n = 200;
        Org org = Fixtures.expert().of(ScaleOrgs.direct(n));
        Knowledge k = Knowledge.of(org);
        assertThat(org.violations().stream().filter(v -> v.severity().name().equals("ERROR"))
                .map(v -> v.source() + " " + v.severity() + " " + v.people())).containsExactlyInAnyOrderElementsOf(PLANTED);

        List<String> technical = ids("t", n, 3);
        for (String d : List.of("d0", "d7", "d199")) {
            Directing directing = k.directs(d);
            assertThat(directing.departments()).as(d).containsExactly("技术部");
            assertThat(directing.people()).as(d).containsExactlyInAnyOrderElementsOf(technical);
            assertThat(directing.reasons()).extracting(Reason::rule).contains(
                    "The director whose arrangements a department follows directs that department of the company",
                    "The director directs the holders of each position of a department that follows their arrangements, below the director's rank");
        }
        assertThat(k.directs("t3-1").people()).isEmpty();
        assertThat(k.directs("gm").people()).isEmpty();

        List<String> directors = ids("d", n, 0);
        DirectedBy person = k.directedBy("t17-2");
        assertThat(person.directors()).containsExactlyInAnyOrderElementsOf(directors);
        // one reason per director, citing the rule and the facts of the person and the director
        assertThat(person.reasons()).filteredOn(r -> r.rule().startsWith("The director directs the holders")).hasSize(n)
                .allSatisfy(r -> assertThat(r.facts()).hasSize(2).contains("scale:t17-2"));
        assertThat(k.directedBy("技术部").directors()).containsExactlyInAnyOrderElementsOf(directors);
        assertThat(k.directedBy("technical department").directors()).containsExactlyInAnyOrderElementsOf(directors);
        assertThat(k.directedBy("x1").directors()).isEmpty();
    }

    @Test
    void theDirectionFactsGrowWithThePositionsNotWithDirectorsTimesPositions() {
        for (int n : List.of(50, 100, 200)) {
            Org org = Fixtures.expert().of(ScaleOrgs.direct(n));
            // n positions of the 技术部, each directed from the one rank level of the directors, and the department
            assertThat(org.derived(Directs.class)).as("n = %d", n).hasSize(n + 1)
                    .allMatch(d -> d.company().equals("甲公司") && d.directorFunction().equals("PRODUCTION"));
            assertThat(org.derived(DirectingRank.class)).as("n = %d", n).hasSize(1);
        }
    }

    @Test
    void aHeadOfHigherRankAlsoDirectsTheDirectorsOfTheDepartmentsThatFollowProduction() {
        // the 高级生产总监 ranks above a 技术总监, the 生产总监 as high: only the first directs the technical director
        Org org = Fixtures.org("gm|总经理||", "spd|高级生产总监||gm", "pd|生产总监||gm", "td|技术总监||gm", "te|技术员||td");
        Knowledge k = Knowledge.of(org);
        assertThat(org.derived(DirectingRank.class)).extracting(DirectingRank::level).hasSize(2);
        assertThat(k.directedBy("td").directors()).containsExactly("spd");
        assertThat(k.directedBy("te").directors()).containsExactly("pd", "spd");
        assertThat(k.directs("spd").people()).containsExactly("td", "te");
        assertThat(k.directs("pd").people()).containsExactly("te");
        assertThat(k.directs("pd").departments()).isEqualTo(k.directs("spd").departments());
    }

    @Test
    void aLiveOrgGivesTheSameDirectionAsAFreshDerivationWhenADirectorLeavesAndComesBack() {
        List<Person> people = ScaleOrgs.direct(20);
        try (LiveOrg live = Fixtures.expert().live(new LoadResult(people, List.of()), LocalDate.of(2026, 6, 1))) {
            Person d3 = live.org().person("d3").orElseThrow();
            Org demoted = live.update(d3.withTitle("生产经理"));
            assertThat(Knowledge.of(demoted).directedBy("t5-0").directors()).hasSize(19).doesNotContain("d3");
            assertSameDirection(demoted, Fixtures.expert().of(demoted.people()));
            Org back = live.update(d3);
            assertThat(Knowledge.of(back).directedBy("t5-0").directors()).hasSize(20).contains("d3");
            assertSameDirection(back, Fixtures.expert().of(back.people()));
        }
    }

    private static void assertSameDirection(Org live, Org fresh) {
        Knowledge a = Knowledge.of(live), b = Knowledge.of(fresh);
        assertThat(live.derived(Directs.class)).containsExactlyInAnyOrderElementsOf(fresh.derived(Directs.class));
        for (Person p : fresh.people()) {
            assertThat(a.directs(p.getId())).as("directs %s", p.getId()).isEqualTo(b.directs(p.getId()));
            assertThat(a.directedBy(p.getId())).as("directed-by %s", p.getId()).isEqualTo(b.directedBy(p.getId()));
        }
        assertThat(a.directedBy("技术部")).isEqualTo(b.directedBy("技术部"));
    }
}
