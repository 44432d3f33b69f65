package org.orgrules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI reads HR exports: --map / --map-file for CSV headers, LDIF and JSON by extension. */
class ImportCliTest {
    static final String IMPORT = "src/test/resources/import/";

    @Test
    void erpnextExportAnswersWithThePreset() {
        Cli r = Cli.run("--facts", IMPORT + "erpnext-employees.csv", "--map", "erpnext", "--json", "chain", "HR-EMP-00004");

        assertThat(r.json().get("chain").toString()).isEqualTo("[\"HR-EMP-00002\",\"HR-EMP-00001\"]");
        assertThat(r.err()).contains("erpnext-employees.csv:6: this row has no id");
        assertThat(r.code()).isEqualTo(Main.BAD_INPUT);                 // a bad row is still bad input
    }

    @Test
    void mapFileAndMapOptionCombine(@TempDir Path dir) throws Exception {
        Path csv = Files.writeString(dir.resolve("hr.csv"), "Staff No,Full Name,Role,Boss\nb,Bo,Engineer,a\na,Al,CTO,\n");
        Path mapping = Files.writeString(dir.resolve("mapping.yaml"), "columns:\n  Staff No: id\n  Full Name: name\n  Role: title\n");

        Cli r = Cli.run("--facts", csv.toString(), "--map-file", mapping.toString(), "--map", "Boss=manager_id", "--json", "chain", "b");

        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        assertThat(r.json().get("chain").toString()).isEqualTo("[\"a\"]");
    }

    @Test
    void aBadMappingIsAUsageError() {
        Cli r = Cli.run("--facts", IMPORT + "erpnext-employees.csv", "--map", "parent_id=boss", "chain", "x");

        assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err().strip()).isEqualTo("orgrules: unknown field 'boss' in a column mapping: expected one of id, name, title, department, company, manager_id, from, to, dotted_manager, acting_manager");
    }

    @Test
    void ldifAndJsonAreChosenByExtension() {
        Cli ldif = Cli.run("--facts", IMPORT + "ad-export.ldif", "--json", "chain", "Li Na");
        assertThat(ldif.json().get("chain").toString()).isEqualTo("[\"Zhang Wei\",\"Chen, Jun\"]");
        assertThat(ldif.code()).isZero();

        Cli json = Cli.run("--facts", IMPORT + "people.json", "--json", "chain", "yuan");
        assertThat(json.json().get("chain").toString()).isEqualTo("[\"cao\",\"luo\"]");
    }
}
