package org.orgrules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI's JSON for every command, on the bundled sample org (facts/) — the contract outside checks rely on. */
class CliContractTest {

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    @Test
    void seniorAnswersWithTheAnswerAndReasonsCitingRulesAndSources() {
        Cli c = Cli.run("--json", "senior", "产品经理", "技术总监");
        assertThat(c.code()).isZero();
        JsonNode j = c.json();
        assertThat(j.get("answer").asText()).isEqualTo("SECOND_SENIOR");
        JsonNode r = j.get("reasons").get(0);
        assertThat(r.get("rule").asText()).isNotBlank();
        assertThat(r.get("source").asText()).isEqualTo("K7.1");
        assertThat(r.get("text").asText()).contains("技术总监");
    }

    @Test
    void seniorAcceptsPeopleAndTheJsonFlagAfterTheCommand() {
        Cli c = Cli.run("senior", "li", "zhang", "--json");
        assertThat(c.code()).isZero();
        assertThat(c.json().get("answer").asText()).isEqualTo("SECOND_SENIOR");
    }

    @Test
    void reportsToListsManagersMarkingInferredLines() {
        JsonNode j = Cli.run("--json", "reports-to", "li").json();
        JsonNode m = j.get("managers").get(0);
        assertThat(m.get("id").asText()).isEqualTo("zhang");
        assertThat(m.get("inferred").asBoolean()).isTrue();
        assertThat(m.get("reasons").get(0).get("source").asText()).isEqualTo("K2.3");
        JsonNode w = Cli.run("--json", "reports-to", "wang").json().get("managers").get(0);
        assertThat(w.get("inferred").asBoolean()).isFalse();
    }

    @Test
    void chainListsTheNearestManagerFirstAndTheTopLast() {
        JsonNode j = Cli.run("--json", "chain", "li").json();
        assertThat(texts(j.get("chain"))).containsExactly("zhang", "gm");
    }

    @Test
    void teamListsDirectReportsOrEveryLevelWithAll() {
        assertThat(texts(Cli.run("--json", "team", "zhang").json().get("reports"))).contains("li", "wang");
        List<String> all = texts(Cli.run("--json", "team", "gm", "--all").json().get("reports"));
        assertThat(all).contains("zhang", "li", "wang");
        assertThat(texts(Cli.run("--json", "team", "gm").json().get("reports"))).doesNotContain("li");
    }

    @Test
    void peersListsPeopleOfTheSameRankInTheSameCompany() {
        List<String> peers = texts(Cli.run("--json", "peers", "li").json().get("peers"));
        assertThat(peers).contains("wang").doesNotContain("li", "zhang");
    }

    @Test
    void checkReportsTheSamplesDeliberateViolationsAndExitsOne() {
        Cli c = Cli.run("--json", "check");
        assertThat(c.code()).isEqualTo(1);
        JsonNode vs = c.json().get("violations");
        List<String> sources = new ArrayList<>();
        vs.forEach(v -> {
            sources.add(v.get("source").asText());
            assertThat(v.get("severity").asText()).isIn("ERROR", "WARNING");
            assertThat(v.get("people").isArray()).isTrue();
            assertThat(v.get("message").asText()).isNotBlank();
            assertThat(v.get("rule").asText()).isNotBlank();
        });
        assertThat(sources).contains("K2.2", "K3.1");
    }

    @Test
    void askAnswersTheArticlesQuestionInChineseWithTheReason() {
        Cli c = Cli.run("ask", "产品经理和技术总监哪个大?");
        assertThat(c.code()).isZero();
        assertThat(c.out()).contains("技术总监 is senior to 产品经理").contains("K7.1");
    }

    @Test
    void askAnswersWhoSomeoneReportsToInEnglishAndChinese() {
        assertThat(Cli.run("--json", "ask", "Who does li report to?").json().get("managers").get(0).asText())
                .isEqualTo("zhang");
        assertThat(Cli.run("ask", "li向谁汇报?").out()).contains("zhang");
        assertThat(Cli.run("ask", "Who is senior, li or zhang?").out()).contains("zhang is senior to li");
    }

    @Test
    void askAboutABareTitleSaysWhomTheRoleReportsTo() {
        Cli c = Cli.run("ask", "Who does 质检经理 report to?", "--facts", "src/test/resources/cli/empty-org.yaml");
        assertThat(c.out()).contains("质检总监").contains("K2.3");
    }

    @Test
    void anUnknownPersonIsAOneLineErrorWithExitTwo() {
        Cli c = Cli.run("chain", "nobody");
        assertThat(c.code()).isEqualTo(2);
        assertThat(c.err().strip()).doesNotContain("\n").contains("nobody");
        assertThat(c.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aQuestionNotUnderstoodIsAUsageError() {
        Cli c = Cli.run("ask", "what is the weather?");
        assertThat(c.code()).isEqualTo(2);
        assertThat(c.err()).contains("do not understand");
    }

    @Test
    void badRowsAreReportedByFileAndLineWhileGoodRowsAreStillAnswered(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("org.csv");
        Files.writeString(csv, "id,name,title,department,company,manager_id\n"
                + "zhang,张伟,生产总监,生产部,A,\n"
                + "broken,too,few\n"
                + "li,李明,生产经理,生产部,A,\n");
        Cli c = Cli.run("--facts", csv.toString(), "--json", "reports-to", "li");
        assertThat(c.code()).isEqualTo(2);
        assertThat(c.err()).contains("org.csv:3");
        assertThat(c.json().get("managers").get(0).get("id").asText()).isEqualTo("zhang");
    }

    @Test
    void aBrokenRulesFolderIsReportedByDrlFileAndLine(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("bad.drl"), "package x;\nrule \"r\"\nwhen\n  String( == )\nthen\nend\n");
        Cli c = Cli.run("--rules", dir.toString(), "check");
        assertThat(c.code()).isEqualTo(2);
        assertThat(c.err()).contains("bad.drl:4");
        assertThat(c.err()).doesNotContain("\tat ");
    }

    @Test
    void aMissingArgumentIsAUsageErrorWithExitTwo() {
        Cli c = Cli.run("senior", "li");
        assertThat(c.code()).isEqualTo(2);
        assertThat(c.err()).contains("Missing required parameter");
    }

    @Test
    void textOutputGivesTheReasonsInWords() {
        Cli c = Cli.run("reports-to", "li");
        assertThat(c.out()).contains("li reports to zhang (inferred)").contains("because").contains("K2.3");
    }
}
