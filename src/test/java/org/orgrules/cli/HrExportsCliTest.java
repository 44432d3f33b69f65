package org.orgrules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI over real HR exports (src/test/resources/exports/): what was set aside is said on stderr,
 * people who left are out as of --as-of, and an org with nobody in it gives no answer on stdout.
 */
class HrExportsCliTest {
    private static final String EXPORTS = "src/test/resources/exports/";

    @Test
    void erpnextPeopleWhoLeftAreOutOfTheTeamAsOfTheDayAndTheLoadSaysWhoWasSetAside() {
        Cli now = Cli.run("--facts", EXPORTS + "erpnext/employee.csv", "--map", "erpnext", "--as-of", "2026-01-01",
                "--json", "team", "HR-EMP-00002");
        assertThat(now.code()).as(now.err()).isZero();
        assertThat(now.json().get("reports").toString()).isEqualTo("[\"HR-EMP-00003\",\"HR-EMP-00005\"]");
        assertThat(now.err()).contains("orgrules: note: " + EXPORTS + "erpnext/employee.csv: 1 person was set aside, not in the org: status is 'Inactive' (HR-EMP-00006)",
                "status is 'Suspended' (HR-EMP-00007)",
                "orgrules: note: 1 person is not in the org as of 2026-01-01: they had left (their row ends before that day) (HR-EMP-00004)");

        Cli before = Cli.run("--facts", EXPORTS + "erpnext/employee.csv", "--map", "erpnext", "--as-of", "2025-06-01",
                "--json", "team", "HR-EMP-00002");
        assertThat(before.json().get("reports").toString()).isEqualTo("[\"HR-EMP-00003\",\"HR-EMP-00004\",\"HR-EMP-00005\"]");
    }

    @Test
    void activeDirectoryAccountsAnswerUnderTheMappingWithoutDisabledOnesOrComputers() {
        Cli r = Cli.run("--facts", EXPORTS + "active-directory/users.ldif", "--map", "sAMAccountName=id", "--json", "chain", "mli");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.json().get("chain").toString()).isEqualTo("[\"wfang\",\"zwei\",\"jchen\"]");
        assertThat(r.err()).contains("2 people were set aside, not in the org: the account is disabled", "(lzhao, lsun)",
                "1 entry was set aside, not in the org: objectClass computer is not a person (HX-WS-0042)");
        Cli team = Cli.run("--facts", EXPORTS + "active-directory/users.ldif", "--map", "sAMAccountName=id", "--json", "team", "wfang2");
        assertThat(team.json().get("reports")).isEmpty();
    }

    @Test
    void anOdooManagerNameTwoPeopleShareIsBadInputNamingIt() {
        Cli r = Cli.run("--facts", EXPORTS + "odoo/hr_employee_import_compatible.csv", "--map", "odoo", "--json",
                "chain", "__export__.hr_employee_5_7c2e9a1d");

        assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).contains("names manager '王芳', a name 2 people have");
        assertThat(r.json().get("chain")).isEmpty();               // kept without a guessed manager
        Cli labels = Cli.run("--facts", EXPORTS + "odoo/hr_employee_labels.csv", "--map", "odoo", "--json", "chain", "孙丽");
        assertThat(labels.code()).as(labels.err()).isZero();
        assertThat(labels.json().get("chain").toString()).isEqualTo("[\"刘洋\",\"陈军\"]");
    }

    @Test
    void aLoadThatLoadedNobodyGivesNoAnswerOnStdoutFromAnyCommand(@TempDir Path dir) throws Exception {
        String missing = dir.resolve("missing.csv").toString();
        for (String[] command : new String[][] {{"check"}, {"--json", "check"}, {"chain", "li"}, {"--json", "team", "li"},
                {"export"}, {"chart"}, {"titles"}}) {
            String[] args = new String[command.length + 2];
            args[0] = "--facts";
            args[1] = missing;
            System.arraycopy(command, 0, args, 2, command.length);
            Cli r = Cli.run(args);
            assertThat(r.out()).as(String.join(" ", command)).isEmpty();
            assertThat(r.code()).as(String.join(" ", command)).isEqualTo(Main.BAD_INPUT);
            assertThat(r.err()).as(String.join(" ", command)).contains(missing + ": no such file or folder",
                    "orgrules: the facts could not be read: nothing was loaded from " + missing);
        }
    }

    @Test
    void aLoadWhoseRowsWereAllSetAsideOrOutOnTheDayGivesNoAnswerEither(@TempDir Path dir) throws Exception {
        Path gone = Files.writeString(dir.resolve("gone.csv"), "id,title,status\na,Clerk,Left\nb,Clerk,inactive\n");
        Cli r = Cli.run("--facts", gone.toString(), "check");
        assertThat(r.out()).isEmpty();
        assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).contains("every row was set aside");

        Path later = Files.writeString(dir.resolve("later.csv"), "id,title,from\na,Clerk,2030-01-01\n");
        Cli early = Cli.run("--facts", later.toString(), "--as-of", "2026-01-01", "check");
        assertThat(early.out()).isEmpty();
        assertThat(early.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(early.err()).contains("nobody is in the org as of 2026-01-01");
    }

    @Test
    void lintChartAndExportPrintJsonUnderJson() {
        Cli lint = Cli.run("--rules", "rules", "--json", "lint");
        assertThat(lint.code()).as(lint.err()).isZero();
        JsonNode l = lint.json();
        assertThat(l.get("rules").asInt()).isPositive();
        assertThat(l.get("errors")).isEmpty();
        assertThat(l.get("warnings").isArray()).isTrue();

        JsonNode chart = Cli.run("--json", "chart").json();
        assertThat(chart.get("format").asText()).isEqualTo("mermaid");
        // the same lines as the text chart (the order of the K2.4 lines is not fixed)
        assertThat(chart.get("text").asText().lines()).containsExactlyInAnyOrderElementsOf(Cli.run("chart").out().lines().toList());

        JsonNode export = Cli.run("--json", "export").json();
        assertThat(export.get("format").asText()).isEqualTo("csv");
        assertThat(export.get("text").asText()).isEqualTo(Cli.run("export").out());
        assertThat(Cli.run("--json", "export", "--format", "json").out()).isEqualTo(Cli.run("export", "--format", "json").out());
    }

    @Test
    void anXlsxExportAnswersWithTheSameMappingAsItsCsv(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("employees.xlsx");
        String[][] rows = {
            {"Employee Name", "Job Title", "Department", "Manager", "Company"},
            {"陈军", "总经理", "Administration", "", "华夏精密制造"},
            {"张伟", "销售总监", "Administration / Sales", "陈军", "华夏精密制造"},
            {"李明", "销售经理", "Administration / Sales", "张伟", "华夏精密制造"}};
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(f)) {
            Sheet s = wb.createSheet("Sheet 1");
            for (int r = 0; r < rows.length; r++) {
                Row row = s.createRow(r);
                for (int c = 0; c < rows[r].length; c++) if (!rows[r][c].isEmpty()) row.createCell(c).setCellValue(rows[r][c]);
            }
            wb.write(out);
        }

        Cli r = Cli.run("--facts", f.toString(), "--map", "odoo", "--json", "chain", "李明");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.json().get("chain").toString()).isEqualTo("[\"张伟\",\"陈军\"]");
    }
}
