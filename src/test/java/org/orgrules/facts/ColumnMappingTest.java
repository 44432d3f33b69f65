package org.orgrules.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.orgrules.facts.Loads.ids;
import static org.orgrules.facts.Loads.person;
import static org.orgrules.facts.Loads.problems;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orgrules.model.Person;

/** CSV exports of HR systems, read through a column mapping: presets and HEADER=FIELD items. */
class ColumnMappingTest {
    static final Path IMPORT = Path.of("src/test/resources/import");

    static LoadResult load(String mapping, String file) {
        return Loads.LOADER.withColumns(ColumnMapping.parse(mapping)).load(IMPORT.resolve(file));
    }

    @Test
    void odooPresetReadsParentIdAsTheManagerWhoMayComeLater() {
        LoadResult r = load("odoo", "odoo-employees.csv");

        assertThat(problems(r)).isEmpty();
        Person li = person(r, "__export__.hr_employee_7_5c1d2e3f");
        assertThat(li.getName()).isEqualTo("Li Na");
        assertThat(li.getTitle()).isEqualTo("Production Manager");
        assertThat(li.getDepartment()).isEqualTo("Production");
        assertThat(li.getCompany()).isEqualTo("Huaxia Precision Manufacturing");
        assertThat(li.getManagerId()).isEqualTo("__export__.hr_employee_2_9a8b7c6d");
        assertThat(person(r, "__export__.hr_employee_9_77aa66bb").getName()).isEqualTo("Zhao, Lei");
        assertThat(person(r, "__export__.hr_employee_1_1f2e3d4c").getManagerId()).isNull();
        assertThat(li.getOrigin()).endsWith("odoo-employees.csv:2");
    }

    @Test
    void erpnextPresetTakesTheIdFromNameAndThePersonFromEmployeeName() {
        LoadResult r = load("erpnext", "erpnext-employees.csv");

        assertThat(ids(r)).containsExactly("HR-EMP-00004", "HR-EMP-00002", "HR-EMP-00001", "HR-EMP-00005");
        Person liu = person(r, "HR-EMP-00004");
        assertThat(liu.getName()).isEqualTo("刘洋");
        assertThat(liu.getTitle()).isEqualTo("生产经理");
        assertThat(liu.getDepartment()).isEqualTo("生产部 - HX");
        assertThat(liu.getManagerId()).isEqualTo("HR-EMP-00002");
        assertThat(problems(r)).singleElement().asString()
                .endsWith("erpnext-employees.csv:6: this row has no id; the row was skipped");
    }

    @Test
    void successFactorsPresetJoinsNamesSkipsTheLabelRowAndReadsNoMgrAsNone() {
        LoadResult r = load("successfactors", "successfactors-users.csv");

        assertThat(ids(r)).containsExactly("emp1003", "emp1001", "emp1002", "emp1004");
        assertThat(person(r, "emp1003").getName()).isEqualTo("Ana Garcia");
        assertThat(person(r, "emp1003").getManagerId()).isEqualTo("emp1002");
        assertThat(person(r, "emp1003").getOrigin()).endsWith(":3");
        assertThat(person(r, "emp1001").getManagerId()).isNull();
        assertThat(person(r, "emp1002").getTitle()).isEqualTo("Technical Director");
        // the last row lost its TITLE column: reported by line, the others kept
        assertThat(problems(r)).singleElement().asString().contains("successfactors-users.csv:7: this row has 17 values");
    }

    @Test
    void d3PresetReadsIdParentIdAndPositionName() {
        LoadResult r = load("d3", "d3-orgchart.csv");

        assertThat(problems(r)).isEmpty();
        assertThat(ids(r)).containsExactly("O-6066", "O-6067", "O-6068", "O-6069", "O-6070");
        assertThat(person(r, "O-6066").getTitle()).isEqualTo("Chief Executive Officer");
        assertThat(person(r, "O-6066").getManagerId()).isNull();
        assertThat(person(r, "O-6069").getManagerId()).isEqualTo("O-6067");
        assertThat(person(r, "O-6069").getDepartment()).isEqualTo("Corporate");
    }

    @Test
    void oneHeaderMappedLeavesTheOthersUnderTheirUsualNames() {
        LoadResult r = Loads.LOADER.withColumns(ColumnMapping.parse("parent_id=manager_id"))
                .read("t.csv", Loads.in("id,name,title,parent_id\nb,Bo,Engineer,a\na,Al,CTO,\n"), "csv");

        assertThat(problems(r)).isEmpty();
        assertThat(person(r, "b").getManagerId()).isEqualTo("a");
        assertThat(person(r, "b").getName()).isEqualTo("Bo");
    }

    @Test
    void aMappedHeaderReplacesTheColumnWithTheUsualNameOfThatField() {
        LoadResult r = Loads.LOADER.withColumns(ColumnMapping.parse("Employee No=id, Job=title"))
                .read("t.csv", Loads.in("id,Employee No,Job,title\n17,E-1,Clerk,ignored\n"), "csv");

        assertThat(problems(r)).isEmpty();
        assertThat(person(r, "E-1").getTitle()).isEqualTo("Clerk");
    }

    @Test
    void withoutTheMappingTheMissingColumnsAreNamedAndTheMappingSuggested() {
        LoadResult r = Loads.LOADER.load(IMPORT.resolve("erpnext-employees.csv"));

        assertThat(r.people()).isEmpty();
        assertThat(problems(r)).singleElement().asString()
                .contains(":1: the header has no 'id' or 'title' column")
                .contains("--map HEADER=FIELD or a preset: odoo, erpnext, successfactors, d3");
    }

    @Test
    void badMappingsAreRefusedWithWhatIsWrong() {
        assertThatThrownBy(() -> ColumnMapping.parse("parent_id=boss"))
                .hasMessage("unknown field 'boss' in a column mapping: expected one of id, name, title, department, company, manager_id, from, to, dotted_manager, acting_manager");
        assertThatThrownBy(() -> ColumnMapping.parse("workday"))
                .hasMessageStartingWith("unknown column mapping 'workday'");
        assertThatThrownBy(() -> ColumnMapping.parse("=id")).hasMessage("'=id' names no column before '='");
    }

    @Test
    void aMappingFileGivesAPresetAndColumns(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("mapping.yaml"), """
                preset: erpnext
                columns:
                  Staff Number: id
                  manager_id: [Line Manager, Boss]
                """);

        ColumnMapping m = ColumnMapping.fromFile(file);

        assertThat(m.fieldOf("staff number")).isEqualTo("id");
        assertThat(m.fieldOf("Line-Manager")).isEqualTo("manager_id");
        assertThat(m.fieldOf("BOSS")).isEqualTo("manager_id");
        assertThat(m.fieldOf("designation")).isEqualTo("title");
        Path bad = Files.writeString(dir.resolve("bad.yaml"), "columns: [a, b]\n");
        assertThatThrownBy(() -> ColumnMapping.fromFile(bad)).hasMessageContaining("bad.yaml: 'columns' must be a mapping");
    }
}
