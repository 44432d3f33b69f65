package org.orgrules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --as-of DATE} on every query, and the type of each line in reports-to and the chart. */
class AsOfCliTest {
    private static final String FACTS = """
            id,name,title,manager_id,from,to,dotted_manager,acting_manager
            ceo,周总,总经理,,,,,
            cto,吴工,技术总监,ceo,,,,
            pd,郑总,产品总监,ceo,,,,
            pm,王经理,产品经理,pd,,,,
            dev,冯工,开发经理,cto,,,pm,pd@2026-01-01..2026-03-31
            eng,陈工,工程师,dev,2025-01-01,2026-06-30,,
            eng,陈工,开发经理,cto,2026-07-01,,,
            """;

    private static Path facts(Path dir) throws Exception {
        return Files.writeString(dir.resolve("org.csv"), FACTS);
    }

    @Test
    void reportsToSaysWhichKindOfLineItWentThroughOnTheDayAsked(@TempDir Path dir) throws Exception {
        String f = facts(dir).toString();
        JsonNode acting = Cli.run("--facts", f, "--as-of", "2026-02-01", "--json", "reports-to", "dev", "pd").json();
        assertThat(acting.get("answer").asBoolean()).isTrue();
        assertThat(acting.get("line").asText()).isEqualTo("acting");
        JsonNode dotted = Cli.run("--facts", f, "--as-of", "2026-05-01", "--json", "reports-to", "dev", "pd").json();
        assertThat(dotted.get("line").asText()).isEqualTo("dotted");
        assertThat(dotted.get("path").toString()).isEqualTo("[\"pm\",\"pd\"]");
        JsonNode no = Cli.run("--facts", f, "--as-of", "2026-05-01", "--json", "reports-to", "pm", "dev").json();
        assertThat(no.get("answer").asBoolean()).isFalse();
        assertThat(no.get("line").isNull()).isTrue();
    }

    @Test
    void managersCarryTheirTypeAndDates(@TempDir Path dir) throws Exception {
        Cli r = Cli.run("--facts", facts(dir).toString(), "--as-of", "2026-02-01", "--json", "reports-to", "dev");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode ms = r.json().get("managers");
        assertThat(ms).hasSize(3);
        assertThat(ms.get(0).get("type").asText()).isEqualTo("solid");
        assertThat(ms.get(1).get("type").asText()).isEqualTo("acting");
        assertThat(ms.get(1).get("to").asText()).isEqualTo("2026-03-31");
        assertThat(ms.get(2).get("type").asText()).isEqualTo("dotted");
        Cli text = Cli.run("--facts", facts(dir).toString(), "--as-of", "2026-02-01", "reports-to", "dev");
        assertThat(text.out()).contains("dev reports to pd (acting line, 代理) (from 2026-01-01 to 2026-03-31)",
                "dev reports to pm (dotted line, 虚线)");
    }

    @Test
    void theRowInEffectOnTheDayDecidesChainAndSeniority(@TempDir Path dir) throws Exception {
        String f = facts(dir).toString();
        assertThat(Cli.run("--facts", f, "--as-of", "2026-01-15", "--json", "chain", "eng").json().get("chain").toString())
                .isEqualTo("[\"dev\",\"cto\",\"ceo\"]");
        assertThat(Cli.run("--facts", f, "--as-of", "2026-08-01", "--json", "chain", "eng").json().get("chain").toString())
                .isEqualTo("[\"cto\",\"ceo\"]");
        assertThat(Cli.run("--facts", f, "--as-of", "2026-08-01", "--json", "senior", "eng", "dev").json().get("answer").asText())
                .isEqualTo("PEERS");
        Cli before = Cli.run("--facts", f, "--as-of", "2024-12-31", "chain", "eng");
        assertThat(before.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(before.err()).contains("eng");
    }

    @Test
    void theChartDrawsDottedAndActingLinesWithTheirType(@TempDir Path dir) throws Exception {
        Cli dot = Cli.run("--facts", facts(dir).toString(), "--as-of", "2026-02-01", "chart", "--format", "dot");
        assertThat(dot.code()).as(dot.err()).isZero();
        assertThat(dot.out()).contains("\"pm\" -> \"dev\" [style=dotted", "label=\"dotted line (虚线)\"",
                "\"pd\" -> \"dev\" [style=bold", "label=\"acting (代理) 2026-01-01–2026-03-31\"");
        Cli mermaid = Cli.run("--facts", facts(dir).toString(), "--as-of", "2026-05-01", "chart", "--format", "mermaid");
        assertThat(mermaid.out()).contains("dotted line (虚线)").doesNotContain("acting (代理)");
    }

    @Test
    void aDateThatDoesNotReadIsAUsageErrorSayingHowToWriteIt() {
        Cli r = Cli.run("--as-of", "27/11/2026", "chain", "li");
        assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).contains("--as-of: '27/11/2026' is not a date: write it YYYY-MM-DD");
        assertThat(r.err()).doesNotContain("Exception");
    }
}
