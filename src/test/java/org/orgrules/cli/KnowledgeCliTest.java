package org.orgrules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.orgrules.query.Questions;

/** The CLI contract for directs, directed-by, approver, class, owner, lines, kpis and duties, on the bundled sample. */
class KnowledgeCliTest {

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static void reasonsCite(JsonNode j, String source) {
        List<String> sources = new ArrayList<>();
        j.get("reasons").forEach(r -> {
            assertThat(r.get("rule").asText()).isNotBlank();
            sources.add(r.get("source").asText());
        });
        assertThat(sources).contains(source);
    }

    @Test
    void aRoleIsEveryoneWhoseTitleReadsAsItInEitherLanguage() {
        String qa = Cli.run("--facts", "facts/huaxia.yaml", "--json", "ask", "Who does the QA manager report to?").json().get("text").asText();
        assertThat(qa).contains("qian → gm").doesNotContain("质检总监").doesNotContain("Quality Director");
        assertThat(Cli.run("--facts", "facts/huaxia.yaml", "--json", "ask", "质检经理向谁汇报?").json().get("text").asText())
                .contains("qian → gm");
        assertThat(Cli.run("--facts", "facts/huaxia.yaml", "--json", "ask", "产品经理向谁汇报?").json().get("text").asText())
                .contains("wu → zhou", "emily → zhou");
    }

    @Test
    void directsAndDirectedByAnswerInJson() {
        Cli c = Cli.run("--json", "directs", "zhang");
        assertThat(c.code()).isZero();
        assertThat(texts(c.json().get("departments"))).containsExactly("技术部", "质检部");
        assertThat(texts(c.json().get("people"))).contains("qian", "he");
        reasonsCite(c.json(), "K2.4");
        JsonNode d = Cli.run("--json", "directed-by", "质检部门").json();
        assertThat(texts(d.get("directors"))).containsExactly("sun", "zhang");
        assertThat(d.get("subjectKind").asText()).isEqualTo("department");
    }

    @Test
    void approverTakesTheMatterInChineseOrEnglish() {
        Cli c = Cli.run("--json", "approver", "li", "production", "plan");
        assertThat(c.code()).isZero();
        assertThat(texts(c.json().get("approvers"))).containsExactly("zhang");
        assertThat(c.json().get("matterChinese").asText()).isEqualTo("生产计划");
        reasonsCite(c.json(), "K2.6");
        Cli t = Cli.run("approver", "李经理", "车间人员调配方案");
        assertThat(t.code()).isZero();
        assertThat(t.out()).contains("zhang approves").contains("[K2.6]");
    }

    @Test
    void classOwnerLinesKpisAndDutiesAnswerInJson() {
        JsonNode cls = Cli.run("--json", "class", "zhang").json();
        assertThat(cls.get("level").asText()).isEqualTo("SENIOR_MANAGEMENT");
        reasonsCite(cls, "K3.2");
        JsonNode owner = Cli.run("--json", "owner", "工业机器人").json();
        assertThat(owner.get("owners").get(0).get("manager").asText()).isEqualTo("emily");
        assertThat(texts(Cli.run("--json", "lines", "wu").json().get("lines"))).containsExactly("数控机床", "精密轴承");
        JsonNode kpis = Cli.run("--json", "kpis", "emily").json();
        assertThat(kpis.get("pmKind").asText()).isEqualTo("SAAS");
        assertThat(kpis.get("kpis").get(0).get("source").asText()).isEqualTo("K8.3");
        assertThat(kpis.get("kpis").get(0).get("chinese").asText()).isNotBlank();
        JsonNode duties = Cli.run("--json", "duties", "生产总监").json();
        assertThat(duties.get("steps")).hasSize(7);
        assertThat(duties.get("steps").get(0).get("step").asInt()).isEqualTo(1);
    }

    @Test
    void aPmWithNoKindGetsKindUnknownListingTheKinds() {
        Cli c = Cli.run("kpis", "grace");
        assertThat(c.code()).isZero();
        assertThat(c.out()).startsWith("Kind unknown").contains("saas").contains("basic-service").contains("in-house");
    }

    @Test
    void unknownPeopleMattersAndLinesExitTwoWithOneLine() {
        for (String[] args : List.of(new String[] {"approver", "li", "holiday"}, new String[] {"owner", "火箭"},
                new String[] {"duties", "Wizard"}, new String[] {"approver", "赵总监", "生产计划"})) {
            Cli c = Cli.run(args);
            assertThat(c.code()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(c.err().strip()).as(String.join(" ", args)).startsWith("orgrules: ").doesNotContain("\n")
                    .doesNotContain("Exception");
        }
    }

    @Test
    void askUnderstandsTheNewQuestionFormsInChineseAndEnglish() {
        assertThat(ask("谁批准李经理的生产计划?").get("approvers").get(0).asText()).isEqualTo("zhang");
        assertThat(ask("Who approves li's production plan?").get("approvers").get(0).asText()).isEqualTo("zhang");
        assertThat(texts(ask("质检部门要服从谁的安排?").get("directors"))).containsExactly("sun", "zhang");
        assertThat(ask("What KPIs for grace?").get("kindKnown").asBoolean()).isFalse();
        assertThat(ask("Which KPIs should the product director use for a SaaS product manager?").get("pmKind").asText())
                .isEqualTo("SAAS");
        assertThat(ask("生产总监的职责是什么?").get("steps")).hasSize(7);
        assertThat(ask("What are the duties of a production director?").get("steps")).hasSize(7);
        assertThat(ask("zhou是什么管理层级?").get("level").asText()).isEqualTo("MIDDLE_MANAGEMENT");
        assertThat(ask("Who owns 数控机床?").get("owners").get(0).get("manager").asText()).isEqualTo("wu");
        assertThat(texts(ask("wu负责哪些产品线?").get("lines"))).containsExactly("数控机床", "精密轴承");
        assertThat(texts(ask("Whom does zhang direct?").get("departments"))).contains("质检部");
        JsonNode j = ask("谁批准李经理的生产计划?");
        assertThat(j.get("kind").asText()).isEqualTo("approver");
        assertThat(j.get("question").asText()).isEqualTo("谁批准李经理的生产计划?");
    }

    @Test
    void theOldFormsStillMeanWhatTheyMeant() {
        assertThat(Questions.parse("li归谁管?").command()).isEqualTo("reports-to");
        assertThat(Questions.parse("li的上级是谁?").command()).isEqualTo("reports-to");
        assertThat(Questions.parse("产品经理和技术总监哪个大?").command()).isEqualTo("senior");
        assertThat(Questions.parse("Is li senior to zhang?").command()).isEqualTo("senior");
        assertThat(Questions.parse("li的平级有谁?").command()).isEqualTo("peers");
        assertThat(Questions.parse("Who reports to zhang?").command()).isEqualTo("team");
        assertThat(Questions.parse("li的汇报链").command()).isEqualTo("chain");
    }

    private static JsonNode ask(String q) {
        Cli c = Cli.run("--json", "ask", q);
        assertThat(c.code()).as(q + "\n" + c.err()).isZero();
        return c.json();
    }
}
