package org.orgrules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The README's examples are real outputs: every {@code ./orgrules} line in its shell blocks is run
 * here on the bundled sample and what its comment (or the text after it) says of the answer is
 * checked, or it is listed with the reason it cannot run in a test (a file of the reader's, a
 * server, a file written). A new example fails this test until it is added below.
 */
class ReadmeExamplesTest {
    private static final Map<String, Consumer<Cli>> RUN = new LinkedHashMap<>();
    private static final Map<String, String> NOT_RUN = new LinkedHashMap<>();

    static {
        RUN.put("ask \"产品经理和技术总监哪个大?\"", c -> assertThat(c.out())
                .startsWith("技术总监 is senior to 产品经理.").contains("The higher rank is senior").contains("[K7.1]"));
        RUN.put("senior 生产总监 生产经理", c -> {
            JsonNode j = json("senior", "生产总监", "生产经理");
            assertThat(j.get("answer").asText()).isEqualTo("FIRST_SENIOR");
            assertThat(j.get("reasons").findValuesAsText("source")).contains("K2.1");
        });
        RUN.put("--json reports-to li", c -> {
            JsonNode m = c.json().get("managers");
            assertThat(m.findValuesAsText("id")).containsExactly("zhang", "sun");
            assertThat(m.findValues("inferred")).allMatch(JsonNode::asBoolean);
            assertThat(c.out()).contains("K2.3").contains("primary");
        });
        RUN.put("chain li", c -> assertThat(c.out()).startsWith("li → zhang → gm"));
        RUN.put("check", c -> assertThat(c.code()).isEqualTo(Main.FINDINGS));
        NOT_RUN.put("--facts my-export.csv team ceo --all", "the reader's own export");
        NOT_RUN.put("serve", "a server: ServeContractTest and OrgServerTest run it on a free port");
        NOT_RUN.put("--facts export.csv --map erpnext serve --port 9000 --token-file /etc/orgrules/token --allow-writes", "a server");
        NOT_RUN.put("--facts export.csv titles", "the reader's own export; TitlesCommandTest runs titles");
        NOT_RUN.put("--json --facts export.csv titles", "the reader's own export");
        NOT_RUN.put("--facts employees.csv --map erpnext chain HR-EMP-00004", "the reader's own export; HrExportsCliTest reads ERPNext's");
        NOT_RUN.put("--facts Employee.xlsx --map erpnext --as-of 2025-06-30 team HR-EMP-00002", "the reader's own workbook; XlsxLoadingTest");
        NOT_RUN.put("--facts hr_employee.csv --map odoo chain 孙丽", "the reader's own export; HrExportsCliTest reads Odoo's");
        NOT_RUN.put("--facts users.ldif --map sAMAccountName=id check", "the reader's own LDIF; HrExportsCliTest");
        NOT_RUN.put("--facts people.ldif check", "the reader's own LDIF; LdifLoadingTest");
        NOT_RUN.put("export --format csv --out org.csv", "writes a file; ExportCliTest");
        NOT_RUN.put("chart --format html --out org.html", "writes a file; ChartCliTest");
    }

    private static JsonNode json(String... args) {
        List<String> a = new ArrayList<>(List.of("--json"));
        a.addAll(List.of(args));
        return Cli.run(a.toArray(String[]::new)).json();
    }

    /** The arguments of every {@code ./orgrules} line in the README's {@code sh} blocks, comments cut. */
    static List<String> examples() throws IOException {
        List<String> out = new ArrayList<>();
        boolean sh = false;
        for (String line : Files.readAllLines(Path.of("README.md"))) {
            if (line.startsWith("```")) {
                sh = line.equals("```sh");
                continue;
            }
            if (!sh || !line.startsWith("./orgrules ")) continue;
            String cmd = line.substring("./orgrules ".length());
            int hash = cmd.indexOf("  #");
            out.add((hash < 0 ? cmd : cmd.substring(0, hash)).strip());
        }
        return out;
    }

    @Test
    void everyExampleOfTheReadmeRunsAndAnswersAsItsCommentSays() throws IOException {
        List<String> examples = examples();
        assertThat(examples).hasSizeGreaterThan(10);
        for (String e : examples) {
            if (NOT_RUN.containsKey(e)) continue;
            assertThat(RUN).as("README example './orgrules %s' is neither run nor listed as not run by this test", e).containsKey(e);
            Cli c = Cli.run(ShellWords.split(e).toArray(String[]::new));
            assertThat(c.code()).as("./orgrules %s: %s", e, c.err()).isIn(Main.OK, Main.FINDINGS);
            RUN.get(e).accept(c);
        }
        assertThat(examples).containsAll(RUN.keySet()).containsAll(NOT_RUN.keySet());
    }

    @Test
    void theShellExampleAnswersAsItsCommentSays() {
        Cli senior = Cli.run("--json", "senior", "li", "zhang");
        assertThat(senior.json().get("answer").asText()).isEqualTo("SECOND_SENIOR");
        Cli asked = Cli.run("--json", "ask", "Who does li report to?");
        List<String> ids = new ArrayList<>();
        asked.json().get("managers").forEach(n -> ids.add(n.asText()));   // ask gives the managers' ids
        assertThat(ids).containsExactly("zhang", "sun");
    }
}
