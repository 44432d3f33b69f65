package org.orgrules.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.orgrules.facts.Loads.ids;
import static org.orgrules.facts.Loads.person;
import static org.orgrules.facts.Loads.problems;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The presets read exports written the way the HR systems write them (src/test/resources/exports/,
 * each folder's README says which version's format): ids, managers, departments and names as the
 * system means them, and people who have left, are inactive or disabled set aside and counted.
 */
class HrExportsTest {
    private static final Path EXPORTS = Path.of("src/test/resources/exports");

    private static LoadResult load(String file, String mapping) {
        return new FactsLoader().withColumns(ColumnMapping.parse(mapping)).load(EXPORTS.resolve(file));
    }

    private static List<String> notices(LoadResult r) {
        return r.notices().stream().map(LoadNotice::toString).toList();
    }

    // ---- Odoo 17 -------------------------------------------------------------------------------

    @Test
    void odooLabelHeadersTakeTheNameAsIdAndTheManagerByDisplayName() {
        LoadResult r = load("odoo/hr_employee_labels.csv", "odoo");

        assertThat(problems(r)).isEmpty();
        assertThat(ids(r)).containsExactly("陈军", "张伟", "李明", "王芳", "刘洋", "孙丽");
        assertThat(person(r, "王芳").getManagerId()).isEqualTo("李明");
        assertThat(person(r, "陈军").getManagerId()).isNull();
        assertThat(person(r, "张伟").getCompany()).isEqualTo("华夏精密制造");
    }

    @Test
    void odooSubDepartmentsAreTheLastPartOfTheirPath() {
        LoadResult r = load("odoo/hr_employee_labels.csv", "odoo");

        assertThat(person(r, "李明").getDepartment()).isEqualTo("Sales");
        assertThat(person(r, "孙丽").getDepartment()).isEqualTo("Quality");
        assertThat(person(r, "陈军").getDepartment()).isEqualTo("Administration");
    }

    @Test
    void odooManagersByDisplayNameResolveToTheExternalIdOfTheOnePersonSoNamed() {
        LoadResult r = load("odoo/hr_employee_import_compatible.csv", "odoo");

        assertThat(person(r, "__export__.hr_employee_2_0b7d4e2a").getManagerId()).isEqualTo("__export__.hr_employee_1_5f3a9c1e");
        assertThat(person(r, "__export__.hr_employee_3_9e1c6f4b").getManagerId()).isEqualTo("__export__.hr_employee_2_0b7d4e2a");
        assertThat(person(r, "__export__.hr_employee_6_1d5f8b3e").getDepartment()).isEqualTo("Quality");
    }

    @Test
    void anOdooManagerNameTwoPeopleHaveIsAProblemNamingItAndThemNotAGuess() {
        LoadResult r = load("odoo/hr_employee_import_compatible.csv", "odoo");

        assertThat(problems(r)).singleElement().asString()
                .startsWith(EXPORTS.resolve("odoo/hr_employee_import_compatible.csv") + ":6: names manager '王芳', a name 2 people have")
                .contains("__export__.hr_employee_3_9e1c6f4b at ", "__export__.hr_employee_4_3a8b2d7c at ", "parent_id/id");
        assertThat(person(r, "__export__.hr_employee_5_7c2e9a1d").getManagerId()).isNull();
        assertThat(r.people()).hasSize(6);
    }

    @Test
    void odooExternalIdManagersAreTakenAsTheyAre() {
        LoadResult r = load("odoo/hr_employee_external_ids.csv", "odoo");

        assertThat(problems(r)).isEmpty();
        assertThat(person(r, "__export__.hr_employee_5_7c2e9a1d").getManagerId()).isEqualTo("__export__.hr_employee_3_9e1c6f4b");
    }

    // ---- ERPNext v15 ---------------------------------------------------------------------------

    @Test
    void erpnextInactiveAndSuspendedEmployeesAreSetAsideAndCounted() {
        LoadResult r = load("erpnext/employee.csv", "erpnext");

        assertThat(problems(r)).isEmpty();
        assertThat(ids(r)).containsExactly("HR-EMP-00001", "HR-EMP-00002", "HR-EMP-00003", "HR-EMP-00004", "HR-EMP-00005");
        assertThat(r.setAside()).isEqualTo(2);
        assertThat(notices(r)).containsExactly(
                EXPORTS.resolve("erpnext/employee.csv") + ": 1 person was set aside, not in the org: status is 'Inactive' (HR-EMP-00006)",
                EXPORTS.resolve("erpnext/employee.csv") + ": 1 person was set aside, not in the org: status is 'Suspended' (HR-EMP-00007)");
        assertThat(person(r, "HR-EMP-00003").getName()).isEqualTo("刘洋");
        assertThat(person(r, "HR-EMP-00003").getManagerId()).isEqualTo("HR-EMP-00002");
    }

    @Test
    void anErpnextEmployeeWhoLeftIsInTheOrgUpToTheRelievingDateOnly() {
        LoadResult r = load("erpnext/employee.csv", "erpnext");

        assertThat(person(r, "HR-EMP-00004").getTo()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(ids(r.asOf(LocalDate.of(2025, 6, 30)))).contains("HR-EMP-00004");
        LoadResult later = r.asOf(LocalDate.of(2025, 7, 1));
        assertThat(ids(later)).doesNotContain("HR-EMP-00004").hasSize(4);
        assertThat(notices(later)).last().isEqualTo(
                "1 person is not in the org as of 2025-07-01: they had left (their row ends before that day) (HR-EMP-00004)");
        assertThat(later.setAside()).isEqualTo(3);
    }

    @Test
    void aWideExportReadsItsStatusAndLabelRowWhereverTheyAre() {
        // real ERPNext and SuccessFactors exports have many more columns than the fixture: the status,
        // id and title may come after the first 20
        StringBuilder header = new StringBuilder(), labels = new StringBuilder(), a = new StringBuilder(), b = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            header.append("COL").append(i).append(',');
            labels.append("Column ").append(i).append(',');
            a.append("x,");
            b.append("y,");
        }
        LoadResult r = new FactsLoader().withColumns(ColumnMapping.parse("successfactors")).read("wide.csv",
                Loads.in(header + "USERID,TITLE,STATUS\n" + labels + "User ID,Title,Status\n"
                        + a + "u1,Clerk,active\n" + b + "u2,Clerk,inactive\n"), "csv");

        assertThat(problems(r)).isEmpty();
        assertThat(ids(r)).containsExactly("u1");
        assertThat(r.setAside()).isEqualTo(1);
    }

    // ---- SuccessFactors ------------------------------------------------------------------------

    @Test
    void successFactorsNamesFollowTheMappingAndChineseNamesPutTheFamilyNameFirst() {
        LoadResult r = load("successfactors/user_data.csv", "successfactors");

        assertThat(problems(r)).isEmpty();
        assertThat(person(r, "100002").getName()).isEqualTo("林强");
        assertThat(person(r, "100003").getName()).isEqualTo("Ana Garcia");
        assertThat(person(load("successfactors/user_data.csv", "successfactors,LAST_NAME=name,FIRST_NAME=name"), "100003").getName())
                .isEqualTo("Garcia Ana");
    }

    @Test
    void successFactorsDivisionIsTheCompanyAndInactiveUsersAreSetAside() {
        LoadResult r = load("successfactors/user_data.csv", "successfactors");

        assertThat(ids(r)).containsExactly("100001", "100002", "100003", "100005");
        assertThat(person(r, "100002").getCompany()).isEqualTo("华夏精密制造");
        assertThat(person(r, "100002").getManagerId()).isEqualTo("100001");
        assertThat(person(r, "100001").getManagerId()).isNull();
        assertThat(notices(r)).singleElement().asString().endsWith("1 person was set aside, not in the org: status is 'inactive' (100004)");
    }

    // ---- Active Directory ----------------------------------------------------------------------

    @Test
    void activeDirectoryTakesTheAccountAsIdUnderTheMapping() {
        LoadResult r = load("active-directory/users.ldif", "sAMAccountName=id");

        assertThat(problems(r)).isEmpty();
        assertThat(ids(r)).containsExactly("jchen", "zwei", "wfang", "wfang2", "mli");
        assertThat(person(r, "mli").getName()).isEqualTo("李明");
        assertThat(person(r, "mli").getManagerId()).isEqualTo("wfang");
        assertThat(person(r, "wfang2").getManagerId()).isEqualTo("jchen");
        assertThat(ids(load("active-directory/users.ldif", "userPrincipalName=id"))).first().isEqualTo("jchen@huaxia.local");
    }

    @Test
    void activeDirectorySetsAsideDisabledAccountsAndComputersAndCountsThem() {
        LoadResult r = load("active-directory/users.ldif", "sAMAccountName=id");

        assertThat(r.setAside()).isEqualTo(3);
        assertThat(notices(r)).containsExactlyInAnyOrder(
                EXPORTS.resolve("active-directory/users.ldif") + ": 2 people were set aside, not in the org: "
                        + "the account is disabled (userAccountControl has ACCOUNTDISABLE, 2, set) (lzhao, lsun)",
                EXPORTS.resolve("active-directory/users.ldif") + ": 1 entry was set aside, not in the org: "
                        + "objectClass computer is not a person (HX-WS-0042)");
    }

    @Test
    void twoActiveDirectoryUsersWithTheSameCnInDifferentOusAreBothKept() {
        LoadResult r = new FactsLoader().load(EXPORTS.resolve("active-directory/users.ldif"));    // no mapping: ids from the CN

        assertThat(problems(r)).isEmpty();
        assertThat(ids(r)).containsExactly("Chen Jun", "Zhang Wei", "Wang Fang (Sales)", "Wang Fang (Production)", "李明");
        assertThat(person(r, "李明").getManagerId()).isEqualTo("Wang Fang (Sales)");
        assertThat(notices(r)).anySatisfy(n -> assertThat(n).contains("2 entries have the same name 'Wang Fang'",
                "--map sAMAccountName=id"));
    }
}
