package org.orgrules;

import org.orgrules.knowledge.Knowledge;
import org.orgrules.knowledge.LineOwner;
import org.orgrules.view.UnknownSubjectException;
import org.orgrules.view.Org;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.orgrules.facts.LoadResult;
import org.orgrules.model.Person;
import org.orgrules.model.ProductLine;
import org.orgrules.model.Severity;
import org.orgrules.model.Violation;

/** K5.1, K5.2: the product director, head of the product department, hands product lines to product managers. */
class ProductLinesTest {

    private static Person pm(String id, String title, String company, String manager, String by, String... lines) {
        Map<String, List<String>> attrs = by == null ? Map.of("product_lines", List.of(lines))
                : Map.of("product_lines", List.of(lines), "assigned_by", List.of(by));
        return new Person(id, id, title, "", company, manager, "test:" + id, attrs);
    }

    private static Org org(List<Person> people, String... companyLines) {
        List<Object> facts = new java.util.ArrayList<>();
        for (String l : companyLines) facts.add(new ProductLine("C", l, "c.yaml:2"));
        return Fixtures.expert().of(new LoadResult(people, List.of(), facts));
    }

    @Test
    void theSampleHandsItsLinesToItsProductManagersWithoutViolations() {
        Org sample = Fixtures.expert().load(Path.of("facts/huaxia.yaml"));
        Knowledge k = Knowledge.of(sample);
        assertThat(k.owner("数控机床").owners()).extracting(LineOwner::manager).containsExactly("wu");
        assertThat(k.owner("工业机器人").owners()).extracting(LineOwner::assignedBy).containsExactly("zhou");
        assertThat(k.lines("wu").lines()).containsExactly("数控机床", "精密轴承");
        assertThat(k.lines("zhou").handedOut()).extracting(LineOwner::manager).containsExactly("emily", "wu", "wu");
        assertThat(k.lines("zhou").reasons()).extracting(r -> r.source()).contains("K5.1");
        assertThat(sample.violations()).extracting(Violation::source).doesNotContain("K5.2");
    }

    @Test
    void theProductDirectorIsTheHeadOfTheProductDepartment() {
        Org sample = Fixtures.expert().load(Path.of("facts/huaxia.yaml"));
        assertThat(sample.heads()).anySatisfy(h -> {
            assertThat(h.personId()).isEqualTo("zhou");
            assertThat(h.functionKey()).isEqualTo("PRODUCT");
        });
    }

    @Test
    void aProductLineWithNoProductManagerIsAViolation() {
        Org org = org(List.of(Fixtures.person("pd", "产品总监", "C", ""), pm("p", "产品经理", "C", "pd", "pd", "A"),
                pm("dev", "程序员", "C", "pd", null, "B")), "A", "B", "C-line");
        Knowledge k = Knowledge.of(org);
        assertThat(k.owner("A").owners()).hasSize(1);
        assertThat(k.owner("C-line").owners()).isEmpty();
        assertThat(k.owner("C-line").text()).contains("no product manager");
        assertThat(k.owner("C-line").reasons()).extracting(r -> r.source()).contains("K5.2");
        assertThat(k.owner("B").owners()).isEmpty();                       // held by a programmer, not a PM
        assertThat(org.violations()).filteredOn(v -> v.source().equals("K5.2"))
                .extracting(Violation::message)
                .anyMatch(m -> m.contains("'C-line'") && m.contains("no product manager"))
                .anyMatch(m -> m.contains("'B'") && m.contains("not a product manager"))
                .noneMatch(m -> m.contains("'A'"));
    }

    @Test
    void aLineAssignedBySomeoneOtherThanTheCompanysProductDirectorIsAnError() {
        Org org = org(List.of(Fixtures.person("pd", "产品总监", "C", ""), Fixtures.person("td", "技术总监", "C", ""),
                pm("p", "产品经理", "C", "pd", "td", "A"), pm("q", "产品经理", "C", "pd", "pd", "B")));
        assertThat(org.violations()).filteredOn(v -> v.source().equals("K5.2")).singleElement().satisfies(v -> {
            assertThat(v.severity()).isEqualTo(Severity.ERROR);
            assertThat(v.people()).containsExactly("p");
            assertThat(v.message()).contains("'td'").contains("not the product director");
        });
    }

    @Test
    void anUnknownLineIsAnErrorListingTheKnownLines() {
        Knowledge k = Knowledge.of(Fixtures.expert().load(Path.of("facts/huaxia.yaml")));
        assertThatThrownBy(() -> k.owner("火箭")).isInstanceOf(UnknownSubjectException.class)
                .hasMessageContaining("数控机床");
    }
}
