package org.orgrules.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.orgrules.facts.Loads.ids;
import static org.orgrules.facts.Loads.person;
import static org.orgrules.facts.Loads.problems;
import static org.orgrules.facts.Loads.yaml;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.orgrules.model.Charter;
import org.orgrules.model.ProductLine;

/** YAML carries what the rest of the article needs: product lines, kinds of PM, a company's charter. */
class KnowledgeFactsLoadingTest {

    @Test
    void personAttributesAreReadAsListsOrSingleValues() {
        LoadResult r = yaml("""
                company: C
                people:
                  - id: wu
                    title: 产品经理
                    product_lines: [数控机床, 精密轴承]
                    assigned_by: zhou
                    pm_kind: in-house
                    phase: maturity
                  - {id: em, title: Product Manager, product_lines: "A, B、C"}
                  - {id: plain, title: 会计}
                """);
        assertThat(problems(r)).isEmpty();
        assertThat(person(r, "wu").attrs("product_lines")).containsExactly("数控机床", "精密轴承");
        assertThat(person(r, "wu").attr("assigned_by")).isEqualTo("zhou");
        assertThat(person(r, "wu").attr("pm_kind")).isEqualTo("in-house");
        assertThat(person(r, "wu").attr("phase")).isEqualTo("maturity");
        assertThat(person(r, "em").attrs("product_lines")).containsExactly("A", "B", "C");
        assertThat(person(r, "plain").getAttributes()).isEmpty();
        assertThat(r.facts()).isEmpty();
    }

    @Test
    void aCompanyGivesItsCharterAndProductLinesAtTheTopOrInCompanies() {
        LoadResult r = yaml("""
                companies:
                  - name: C
                    charter: {senior_management: [总经理, 生产总监]}
                    product_lines: [X]
                    people: [{id: a, title: 总经理}]
                  - name: D
                    people: [{id: b, title: 总经理}]
                """);
        assertThat(problems(r)).isEmpty();
        assertThat(ids(r)).containsExactly("a", "b");
        assertThat(r.facts()).containsExactlyInAnyOrder(new Charter("C", List.of("总经理", "生产总监"), "t.yaml:3"),
                new ProductLine("C", "X", "t.yaml:4"));
    }

    @Test
    void aBadCharterOrAttributeIsReportedAtItsLineAndThePeopleStillLoad() {
        LoadResult r = yaml("""
                company: C
                charter: 总经理
                people:
                  - {id: a, title: 总经理, pm_kind: [saas, basic]}
                  - {id: b, title: 会计}
                """);
        assertThat(ids(r)).containsExactly("a", "b");
        assertThat(problems(r)).anyMatch(p -> p.startsWith("t.yaml:2: 'charter' must be a mapping"))
                .anyMatch(p -> p.startsWith("t.yaml:4: 'pm_kind' must be a single value"));
        assertThat(r.facts()).isEmpty();
    }

    @Test
    void resultsJoinedKeepTheirCompanyFacts() {
        LoadResult a = new LoadResult(List.of(), List.of(), List.of(new ProductLine("C", "X", "a:1")));
        LoadResult b = new LoadResult(List.of(), List.of(), List.of(new ProductLine("D", "Y", "b:1")));
        assertThat(a.plus(b).facts()).hasSize(2);
        assertThat(new LoadResult(List.of(), List.of()).facts()).isEmpty();
    }
}
