package org.orgrules;

import org.orgrules.knowledge.Knowledge;
import org.orgrules.knowledge.ApproverAnswer;
import org.orgrules.view.Org;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.orgrules.model.Chain;
import org.orgrules.model.Reason;
import org.orgrules.model.Severity;
import org.orgrules.model.Violation;

/**
 * Issue 18: orgs that once defeated the rules (a long chain of one rank, thousands of heads of one
 * function, a large org where nobody names a manager) answer check, chain and approver, with the
 * planted violations found and nothing else. Counts and answers only; the times are in BENCHMARKS.md.
 */
class ScaleTest {

    /** The three violations every scale org has planted: "source severity people". */
    private static final List<String> PLANTED = List.of("K3.1 ERROR [x4, x3]", "K6.2 ERROR [x1]", "K6.2 ERROR [x2]");

    private static List<String> violations(Org org) {
        return org.violations().stream().map(v -> v.source() + " " + v.severity() + " " + v.people()).toList();
    }

    private static void assertChainOrg(Org org, int n) {
        List<String> nobody = List.of("K2.6 WARNING [x1]", "K2.6 WARNING [x1]", "K2.6 WARNING [x2]", "K2.6 WARNING [x2]");
        assertThat(violations(org)).containsExactlyInAnyOrderElementsOf(concat(PLANTED, nobody));
        String last = "m" + (n - 1);
        Chain chain = org.chainOfCommand(last);
        assertThat(chain.chain()).hasSize(n).startsWith("m" + (n - 2)).endsWith("m0", "gm");
        assertThat(chain.cycle()).isFalse();
        Knowledge k = Knowledge.of(org);
        ApproverAnswer a = k.approver(last, "生产计划");
        // nobody of the chain ranks above a 生产经理: the plan goes all the way up to the 总经理
        assertThat(a.approvers()).containsExactly("gm");
        assertThat(a.viaChain()).isTrue();
        assertThat(a.reasons()).extracting(Reason::text).filteredOn(t -> t.contains("went up to m")).hasSize(n - 1);
        assertThat(k.approver("m0", "workshop staffing plan").approvers()).containsExactly("gm");
        assertThat(k.approver("x4", "生产计划").approvers()).containsExactly("gm");   // past the supervisor x3
        assertThat(k.approver("x1", "生产计划").approvers()).isEmpty();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new java.util.ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    @Test
    void aChainOfTenThousandProductionManagersIsCheckedWalkedAndRoutedToTheGeneralManager() {
        assertChainOrg(Fixtures.expert().of(ScaleOrgs.chain(10_000)), 10_000);
    }

    @Test
    @Tag("scale")
    void aChainOfAHundredThousandProductionManagersIsCheckedWalkedAndRoutedToTheGeneralManager() {
        assertChainOrg(Fixtures.expert().of(ScaleOrgs.chain(100_000)), 100_000);
    }

    @Test
    void fiveThousandProductionDirectorsOfOneCompanyAreOneViolationAndEachApprovesTheManagersPlans() {
        int n = 5_000;
        Org org = Fixtures.expert().of(ScaleOrgs.heads(n));
        assertThat(violations(org)).containsExactlyInAnyOrderElementsOf(concat(PLANTED, List.of("K2.2 ERROR " + directors(org))));
        Violation k22 = org.violations().stream().filter(v -> v.source().equals("K2.2")).findFirst().orElseThrow();
        assertThat(k22.people()).hasSize(n).contains("d0", "d4999");
        assertThat(k22.message()).startsWith(n + " directors of PRODUCTION in company '甲公司'");
        assertThat(org.chainOfCommand("d17").chain()).containsExactly("gm");
        assertThat(org.chainOfCommand("m17").chain()).containsExactly("gm");
        // none of them is in m17's chain, so every one of them is named
        ApproverAnswer a = Knowledge.of(org).approver("m17", "生产计划");
        assertThat(a.approvers()).hasSize(n).contains("d0", "d4999");
        assertThat(a.viaChain()).isFalse();
        assertThat(a.reasons()).extracting(Reason::source).contains("K2.2");
        // functional direction (K2.4): each director directs the 技术部 and its ten 技术员
        assertThat(Knowledge.of(org).directs("d4999").people()).hasSize(10);
    }

    private static List<String> directors(Org org) {
        return org.violations().stream().filter(v -> v.source().equals("K2.2")).findFirst().orElseThrow().people();
    }

    @Test
    void aLiveChainReroutesThePlansWhenSomeoneUpTheChainIsPromotedAndBackWhenDemoted() {
        int n = 2_000;
        List<org.orgrules.model.Person> people = ScaleOrgs.chain(n);
        try (LiveOrg live = Fixtures.expert().live(new org.orgrules.facts.LoadResult(people, List.of()), java.time.LocalDate.of(2026, 6, 1))) {
            org.orgrules.model.Person m1000 = live.org().person("m1000").orElseThrow();
            Org promoted = live.update(m1000.withTitle("高级经理"));
            Knowledge k = Knowledge.of(promoted);
            assertThat(k.approver("m1999", "生产计划").approvers()).containsExactly("m1000");
            assertThat(k.approver("m1999", "生产计划").reasons()).extracting(Reason::text)
                    .filteredOn(t -> t.contains("went up to m")).hasSize(998);               // m1998 … m1001
            assertThat(k.approver("m999", "生产计划").approvers()).containsExactly("gm");   // below m1000's rank: above it
            assertThat(promoted.violations()).hasSameElementsAs(Fixtures.expert().of(promoted.people()).violations());
            Knowledge back = Knowledge.of(live.update(m1000));
            assertThat(back.approver("m1999", "生产计划").approvers()).containsExactly("gm");
            assertThat(back.approver("m1999", "生产计划").reasons()).extracting(Reason::text)
                    .filteredOn(t -> t.contains("went up to m")).hasSize(n - 1);
        }
    }

    private static void assertNoManagerOrg(Org org, int n) {
        assertThat(violations(org)).containsExactlyInAnyOrderElementsOf(PLANTED);
        // K2.3: a manager with no named manager reports to the director of their function; staff infer nothing
        assertThat(org.chainOfCommand("p0").chain()).containsExactly("生产总监");      // 生产经理
        assertThat(org.chainOfCommand("p" + (n - 7)).chain()).containsExactly("生产总监");
        assertThat(org.chainOfCommand("p1").chain()).containsExactly("技术总监");      // 技术经理
        assertThat(org.chainOfCommand("p5").chain()).isEmpty();                       // 技术员
        assertThat(org.managersOf("p0")).singleElement().matches(m -> m.inferred());
        Knowledge k = Knowledge.of(org);
        assertThat(k.approver("p" + (n - 7), "生产计划").approvers()).containsExactly("生产总监");
        assertThat(k.approver("p" + (n - 7), "生产计划").viaChain()).isFalse();
        assertThat(k.approver("x1", "生产计划").approvers()).containsExactly("生产总监");
    }

    @Test
    void tenThousandPeopleWithNoNamedManagerGetTheirDirectorsByK23() {
        assertNoManagerOrg(Fixtures.expert().of(ScaleOrgs.noManagers(10_003)), 10_003);
    }

    @Test
    @Tag("scale")
    void aHundredThousandPeopleWithNoNamedManagerGetTheirDirectorsByK23() {
        assertNoManagerOrg(Fixtures.expert().of(ScaleOrgs.noManagers(100_002)), 100_002);
    }
}
