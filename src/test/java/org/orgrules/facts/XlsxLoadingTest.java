package org.orgrules.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.orgrules.facts.Loads.ids;
import static org.orgrules.facts.Loads.person;
import static org.orgrules.facts.Loads.problems;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** .xlsx workbooks (made here with Apache POI) read as their CSV would: same mapping, problems at SHEET:ROW. */
class XlsxLoadingTest {

    /** A workbook with one sheet of rows; a LocalDate cell is written as an Excel date, a Number as a number. */
    static Path workbook(Path file, String sheetName, Object[]... rows) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("m/d/yy"));
            Sheet sheet = wb.createSheet(sheetName);
            for (int r = 0; r < rows.length; r++) {
                if (rows[r] == null) continue;                     // a row the sheet leaves out
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    Object v = rows[r][c];
                    if (v == null) continue;                       // a cell the row leaves out
                    if (v instanceof LocalDate d) {
                        row.createCell(c).setCellValue(d);
                        row.getCell(c).setCellStyle(date);
                    } else if (v instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else {
                        row.createCell(c).setCellValue(v.toString());
                    }
                }
            }
            wb.write(out);
        }
        return file;
    }

    private static LoadResult load(Path file, String mapping) {
        return new FactsLoader().withColumns(ColumnMapping.parse(mapping)).load(file);
    }

    @Test
    void anErpnextWorkbookReadsWithThePresetItsDatesAndItsStatus(@TempDir Path dir) throws Exception {
        Path f = workbook(dir.resolve("Employee.xlsx"), "Employee",
                new Object[] {"ID", "Full Name", "Status", "Company", "Department", "Designation", "Reports To", "Relieving Date"},
                new Object[] {"HR-EMP-00001", "陈军", "Active", "华夏精密制造", "管理部 - HX", "总经理"},
                new Object[] {"HR-EMP-00002", "张伟", "Active", "华夏精密制造", "生产部 - HX", "生产总监", "HR-EMP-00001"},
                new Object[] {"HR-EMP-00004", "赵强", "Left", "华夏精密制造", "生产部 - HX", "生产经理", "HR-EMP-00002", LocalDate.of(2025, 6, 30)},
                new Object[] {"HR-EMP-00006", "周敏", "Inactive", "华夏精密制造", "质检部 - HX", "质检员", "HR-EMP-00002"});

        LoadResult r = load(f, "erpnext");

        assertThat(problems(r)).isEmpty();
        assertThat(ids(r)).containsExactly("HR-EMP-00001", "HR-EMP-00002", "HR-EMP-00004");
        assertThat(person(r, "HR-EMP-00004").getTo()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(person(r, "HR-EMP-00002").getManagerId()).isEqualTo("HR-EMP-00001");
        assertThat(person(r, "HR-EMP-00002").getOrigin()).isEqualTo(f + ":Employee:3");
        assertThat(r.setAside()).isEqualTo(1);
    }

    @Test
    void problemsAreNamedBySheetAndRowAsExcelNumbersThem(@TempDir Path dir) throws Exception {
        Path f = workbook(dir.resolve("people.xlsx"), "Sheet 1",
                new Object[] {"id", "name", "title", "manager_id"},
                new Object[] {"gm", "陈军", "总经理"},
                null,                                               // an empty row: row numbers still count it
                new Object[] {null, "无名", "工程师", "gm"},
                new Object[] {"li", "李明", "工程师", "gm"});

        LoadResult r = Loads.LOADER.load(f);

        assertThat(problems(r)).containsExactly(f + ":Sheet 1:4: this row has no id; the row was skipped");
        assertThat(ids(r)).containsExactly("gm", "li");
        assertThat(person(r, "li").getOrigin()).isEqualTo(f + ":Sheet 1:5");
    }

    @Test
    void numberCellsReadAsExcelShowsThemAndEverySheetIsATable(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("users.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(f)) {
            Sheet a = wb.createSheet("Users");
            String[][] rows = {{"USERID", "FIRST_NAME", "LAST_NAME", "TITLE", "MANAGER", "DIVISION", "STATUS"}};
            Row h = a.createRow(0);
            for (int c = 0; c < rows[0].length; c++) h.createCell(c).setCellValue(rows[0][c]);
            Row top = a.createRow(1);
            top.createCell(0).setCellValue(100001);
            top.createCell(1).setCellValue("军");
            top.createCell(2).setCellValue("陈");
            top.createCell(3).setCellValue("总经理");
            top.createCell(4).setCellValue("NO_MGR");
            top.createCell(5).setCellValue("华夏精密制造");
            top.createCell(6).setCellValue("active");
            Row next = a.createRow(2);
            next.createCell(0).setCellValue(100002);
            next.createCell(1).setCellValue("Ana");
            next.createCell(2).setCellValue("Garcia");
            next.createCell(3).setCellValue("生产经理");
            next.createCell(4).setCellFormula("A2");               // a formula: its cached result is read
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            wb.createSheet("Empty");
            wb.write(out);
        }

        LoadResult r = load(f, "successfactors");

        assertThat(problems(r)).isEmpty();
        assertThat(ids(r)).containsExactly("100001", "100002");
        assertThat(person(r, "100001").getName()).isEqualTo("陈军");
        assertThat(person(r, "100001").getCompany()).isEqualTo("华夏精密制造");
        assertThat(person(r, "100002").getManagerId()).isEqualTo("100001");
        assertThat(person(r, "100002").getName()).isEqualTo("Ana Garcia");
    }

    @Test
    void aFileThatIsNotAWorkbookIsAProblemSayingWhatToDo(@TempDir Path dir) throws Exception {
        Path notZip = Files.writeString(dir.resolve("export.xlsx"), "id,title\nx,Clerk\n");
        Path xls = Files.write(dir.resolve("old.xls"), new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0});

        assertThat(problems(Loads.LOADER.load(notZip))).singleElement().asString()
                .startsWith(notZip + ": not an .xlsx workbook").contains("save it");
        assertThat(problems(Loads.LOADER.load(xls)))
                .containsExactly(xls + ": an Excel 97-2003 workbook (.xls) is not read: save it as .xlsx (or CSV UTF-8)");
    }

    @Test
    void aWorkbookOfEmptySheetsLoadsNobodyAndSaysSo(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("blank.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(f)) {
            wb.createSheet("Sheet1");
            wb.write(out);
        }

        assertThat(problems(Loads.LOADER.load(f))).containsExactly(f + ": no people in file: every sheet of the workbook is empty");
    }

    @Test
    void aFolderReadsItsWorkbooksButNotExcelsLockFiles(@TempDir Path dir) throws Exception {
        workbook(dir.resolve("a.xlsx"), "S", new Object[] {"id", "title"}, new Object[] {"x", "Clerk"});
        Files.writeString(dir.resolve("~$a.xlsx"), "locked by someone");

        LoadResult r = Loads.LOADER.load(dir);

        assertThat(problems(r)).isEmpty();
        assertThat(ids(r)).containsExactly("x");
    }
}
