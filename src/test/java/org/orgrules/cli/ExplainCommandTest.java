package org.orgrules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** {@code orgrules explain QUERY}: the chain of reasoning as a tree, and as JSON. */
class ExplainCommandTest {

    @Test
    void seniorShowsRulesStatementsInBothLanguagesAndDrlLocations() {
        Cli r = Cli.run("--rules", "rules", "explain", "senior", "产品经理", "技术总监");
        assertThat(r.code()).isEqualTo(0);
        assertThat(r.out()).startsWith("Q: senior 产品经理 技术总监\nA: SECOND_SENIOR: 技术总监 is senior to 产品经理.")
                .contains("rule \"The higher rank is senior: directors outrank managers\"  [K7.1]  rules/core/seniority.drl:")
                .contains("K7.1: The technical director ranks above the product manager.")
                .contains("技术总监大")
                .contains("└── ");
    }

    @Test
    void anInferredLineIsExplainedDownToTheFactsItRestsOn() {
        Cli r = Cli.run("--rules", "rules", "--facts", "facts", "--json", "explain", "reports-to", "li");
        JsonNode x = r.json();
        assertThat(x.get("answer").asText()).contains("zhang (inferred)");
        assertThat(x.get("steps")).anySatisfy(s -> {
            assertThat(s.get("source").asText()).isEqualTo("K2.3");
            assertThat(s.get("location").asText()).startsWith("rules/core/reporting.drl:");
            assertThat(s.get("statement").get("chinese").asText()).isEqualTo("生产总监是直接管理生产经理");
            assertThat(s.get("because").get(0).get("facts").toString()).contains("facts/huaxia.yaml:");
        });
        assertThat(x.get("steps")).anySatisfy(s -> assertThat(s.get("source").asText()).isEqualTo("K5.1"));
    }

    @Test
    void everyQueryCanBeExplained() {
        String[][] queries = {{"reports-to", "lin", "gm"}, {"chain", "lin"}, {"team", "zhang", "--all"}, {"peers", "wu"},
                {"check"}, {"ask", "产品总监和技术总监哪个大?"}, {"directs", "zhang"}, {"directed-by", "质检部"},
                {"approver", "li", "production", "plan"}, {"class", "zhang"}, {"owner", "数控机床"}, {"lines", "wu"},
                {"kpis", "emily"}, {"duties", "生产总监"}, {"ask", "谁批准李经理的生产计划?"}};
        for (String[] q : queries) {
            String[] args = new String[q.length + 5];
            args[0] = "--rules";
            args[1] = "rules";
            args[2] = "--facts";
            args[3] = "facts";
            args[4] = "explain";
            System.arraycopy(q, 0, args, 5, q.length);
            Cli r = Cli.run(args);
            assertThat(r.code()).as(String.join(" ", q) + ": " + r.err()).isEqualTo(0);
            assertThat(r.out()).as(String.join(" ", q)).contains("A: ").contains("rule \"").containsPattern("\\[K\\d");
        }
        assertThat(Cli.run("--rules", "rules", "--facts", "facts", "explain", "check").out())
                .contains("K2.2").contains("一个公司一般只有一个生产总监");
    }

    @Test
    void aWrongQueryIsAUsageError() {
        Cli r = Cli.run("--rules", "rules", "explain", "weather");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("explain what?");
        assertThat(Cli.run("--rules", "rules", "explain", "senior", "a").code()).isEqualTo(2);
    }
}
