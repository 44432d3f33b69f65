package org.orgrules;

import org.orgrules.knowledge.Knowledge;
import org.orgrules.knowledge.KindItem;
import org.orgrules.knowledge.KpiAnswer;
import org.orgrules.knowledge.KpiItem;
import org.orgrules.view.UnknownSubjectException;
import org.orgrules.view.Org;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.orgrules.model.Person;
import org.orgrules.model.Violation;

/** K8.1–K8.3: which KPIs the product director should use for a product manager, by kind. */
class KpiAdviceTest {

    private static Person pm(String id, String kind, String phase) {
        Map<String, List<String>> attrs = new LinkedHashMap<>();
        if (kind != null) attrs.put("pm_kind", List.of(kind));
        if (phase != null) attrs.put("phase", List.of(phase));
        return new Person(id, id, "产品经理", "产品部", "C", "pd", "test:" + id, attrs);
    }

    private static Knowledge k(Person... pms) {
        List<Person> all = new java.util.ArrayList<>(List.of(Fixtures.person("pd", "产品总监", "C", "")));
        all.addAll(List.of(pms));
        return Knowledge.of(Fixtures.expert().of(all));
    }

    @Test
    void aSaasProductManagerIsMeasuredByConversionRenewalAndUse() {
        KpiAnswer a = k(pm("s", "saas", null)).kpis("s");
        assertThat(a.kindKnown()).isTrue();
        assertThat(a.pmKind()).isEqualTo("SAAS");
        assertThat(a.kpis()).extracting(KpiItem::source).containsOnly("K8.3");
        assertThat(a.kpis()).extracting(KpiItem::chinese).contains("转化、续费等商业指标");
        assertThat(a.kpis()).extracting(KpiItem::english).anyMatch(e -> e.contains("NPS"));
    }

    @Test
    void aBasicServiceProductManagerIsMeasuredByDownstreamSystemsAndDelivery() {
        KpiAnswer a = k(pm("b", "基础服务", null)).kpis("b");
        assertThat(a.kpis()).hasSize(2).extracting(KpiItem::source).containsOnly("K8.1");
        assertThat(a.kpis()).extracting(KpiItem::chinese).contains("接入的下游系统的数量");
    }

    @Test
    void anInHouseProductManagerIsMeasuredByPhase() {
        Knowledge k = k(pm("e", "in-house", "exploration"), pm("m", "自研", "成熟期"), pm("n", "in-house", null));
        assertThat(k.kpis("e").kpis()).extracting(KpiItem::phase).containsOnly("EXPLORATION");
        assertThat(k.kpis("e").kpis()).extracting(KpiItem::chinese).anyMatch(c -> c.startsWith("业务需求的满足程度"));
        assertThat(k.kpis("m").kpis()).extracting(KpiItem::phase).containsOnly("MATURITY");
        assertThat(k.kpis("m").kpis()).extracting(KpiItem::chinese).contains("和业务部门KPI保持一致");
        assertThat(k.kpis("n").kpis()).extracting(KpiItem::phase).contains("EXPLORATION", "MATURITY");
        assertThat(k.kpis("n").text()).contains("both phases");
        assertThat(k.kpis("m").kpis()).extracting(KpiItem::source).containsOnly("K8.2");
    }

    @Test
    void aProductManagerWithNoKindGetsKindUnknownAndTheKindsToChooseFrom() {
        KpiAnswer a = k(pm("x", null, null)).kpis("x");
        assertThat(a.kindKnown()).isFalse();
        assertThat(a.kpis()).isEmpty();
        assertThat(a.text()).startsWith("Kind unknown").contains("basic-service").contains("in-house").contains("saas");
        assertThat(a.kinds()).extracting(KindItem::key).containsExactly("BASIC_SERVICE", "IN_HOUSE", "SAAS");
    }

    @Test
    void aKindTheRulesDoNotKnowIsKindUnknownAndAWarning() {
        Person odd = pm("o", "mobile", null);
        Org org = Fixtures.expert().of(List.of(odd));
        assertThat(Knowledge.of(org).kpis("o").kindKnown()).isFalse();
        assertThat(Knowledge.of(org).kpis("o").text()).contains("'mobile'");
        assertThat(org.violationsOf("o")).extracting(Violation::source).contains("K8");
    }

    @Test
    void aKindCanBeAskedWithoutAPerson() {
        Knowledge k = k();
        assertThat(k.kpis("SaaS product manager").pmKind()).isEqualTo("SAAS");
        assertThat(k.kpis("in-house").kpis()).extracting(KpiItem::phase).contains("EXPLORATION", "MATURITY");
        assertThatThrownBy(() -> k.kpis("astronaut")).isInstanceOf(UnknownSubjectException.class)
                .hasMessageContaining("saas");
    }
}
