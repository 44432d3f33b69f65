package org.orgrules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orgrules.ScaleOrgs;

/**
 * Issue 18 through the CLI, in-process: a CSV of 10,000 生产经理 in one chain under the 总经理 (a chain of
 * 3,000 once gave no answer in a minute) is checked, walked and routed. Answers only; BENCHMARKS.md has the times.
 */
class ScaleCliTest {

    @Test
    void aTenThousandManagerChainIsCheckedWalkedAndRoutedFromACsv(@TempDir Path dir) throws Exception {
        Path csv = Files.writeString(dir.resolve("chain-10000.csv"), ScaleOrgs.csv(ScaleOrgs.chain(10_000)));
        String facts = "--facts=" + csv;

        Cli check = Cli.run("--json", facts, "check");
        assertThat(check.code()).as(check.err()).isEqualTo(1);                // ERRORs found
        List<String> found = new ArrayList<>();
        for (JsonNode v : check.json().get("violations")) found.add(v.get("source").asText() + " " + v.get("severity").asText()
                + " " + v.get("people"));
        assertThat(found).containsExactlyInAnyOrder("K3.1 ERROR [\"x4\",\"x3\"]", "K6.2 ERROR [\"x1\"]", "K6.2 ERROR [\"x2\"]",
                "K2.6 WARNING [\"x1\"]", "K2.6 WARNING [\"x1\"]", "K2.6 WARNING [\"x2\"]", "K2.6 WARNING [\"x2\"]");

        Cli chain = Cli.run("--json", facts, "chain", "m9999");
        assertThat(chain.code()).as(chain.err()).isZero();
        JsonNode links = chain.json().get("chain");
        assertThat(links).hasSize(10_000);
        assertThat(links.get(0).asText()).isEqualTo("m9998");
        assertThat(links.get(9_999).asText()).isEqualTo("gm");

        Cli approver = Cli.run("--json", facts, "approver", "m9999", "生产计划");
        assertThat(approver.code()).as(approver.err()).isZero();
        JsonNode a = approver.json();
        assertThat(a.get("approvers")).hasSize(1);
        assertThat(a.get("approvers").get(0).asText()).isEqualTo("gm");
        assertThat(a.get("viaChain").asBoolean()).isTrue();
    }
}
