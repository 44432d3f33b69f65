package org.orgrules.facts;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the sheets of an {@code .xlsx} workbook (what Odoo and ERPNext download by default) as the
 * CSV they hold, so that the same header rules, {@link ColumnMapping} and problems apply: each sheet
 * becomes one table, its first row the header, and problems are named {@code FILE:SHEET:ROW}, the row
 * as Excel numbers it. Cells read as Excel shows them, but dates as {@code YYYY-MM-DD}; a line break
 * in a cell reads as a space; formulas give their cached result. Streamed with Apache POI's event API
 * (SAX): no whole workbook in memory. Empty sheets are passed over.
 */
final class XlsxFacts {
    private XlsxFacts() {}

    /** One sheet as CSV text, with lines numbered as its rows. */
    record Sheet(String name, String csv) {
        byte[] bytes() {
            return csv.getBytes(StandardCharsets.UTF_8);
        }
    }

    /** Why a workbook could not be read, in words for the user. */
    static final class Unreadable extends Exception {
        Unreadable(String message) {
            super(message);
        }
    }

    /**
     * The sheets that hold something, in workbook order; at most {@code maxChars} characters of CSV in all.
     *
     * @throws Unreadable when the stream is not an .xlsx workbook, is encrypted, or is larger than allowed
     */
    static List<Sheet> sheets(InputStream in, long maxChars) throws IOException, Unreadable {
        try (OPCPackage pkg = OPCPackage.open(in)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
            List<Sheet> out = new ArrayList<>();
            long total = 0;
            while (it.hasNext()) {
                try (InputStream sheet = it.next()) {
                    Table t = new Table(maxChars - total);
                    XMLReader xml = XMLHelper.newXMLReader();
                    xml.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, t, new IsoDates(), false));
                    xml.parse(new InputSource(sheet));
                    if (t.rows > 0) {
                        out.add(new Sheet(it.getSheetName(), t.csv.toString()));
                        total += t.csv.length();
                    }
                } catch (TooLarge e) {
                    throw new Unreadable("the workbook holds more than " + maxChars + " characters of cells, over the limit "
                            + "(LoadLimits.maxFileBytes); it was skipped – raise it with --max-file-mb (LoadLimits.maxFileBytes) to load it");
                }
            }
            return out;
        } catch (org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException e) {
            throw new Unreadable("not an .xlsx workbook: an Excel 97-2003 (.xls) file, or one protected by a password; "
                    + "save it as .xlsx (or CSV UTF-8) without a password");
        } catch (org.apache.poi.UnsupportedFileFormatException | OpenXML4JException e) {
            throw new Unreadable("not an .xlsx workbook (" + firstLine(e) + "); save it from Excel as .xlsx, or as CSV UTF-8");
        } catch (SAXException | ParserConfigurationException e) {
            throw new Unreadable("a sheet of the workbook cannot be read (" + firstLine(e) + ")");
        }
    }

    private static String firstLine(Exception e) {
        String m = e.getMessage();
        if (m == null) return e.getClass().getSimpleName();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    /** Dates as {@code YYYY-MM-DD} (what the from and to columns read), every other cell as Excel shows it. */
    private static final class IsoDates extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate().toString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
        }
    }

    private static final class TooLarge extends RuntimeException {
        TooLarge() {
            super(null, null, false, false);
        }
    }

    /** Rows into CSV: one line per row, blank lines for rows the sheet skips, short rows padded to the header. */
    private static final class Table implements XSSFSheetXMLHandler.SheetContentsHandler {
        final StringBuilder csv = new StringBuilder();
        private final long max;
        private final List<String> cells = new ArrayList<>();
        private int width = -1;
        private int nextRow;
        private int column;
        int rows;

        Table(long max) {
            this.max = max;
        }

        @Override
        public void startRow(int rowNum) {
            while (nextRow < rowNum) {
                csv.append('\n');
                nextRow++;
            }
            cells.clear();
            column = 0;
        }

        @Override
        public void cell(String ref, String value, XSSFComment comment) {
            int c = ref == null ? column : new CellReference(ref).getCol();
            while (cells.size() < c) cells.add("");
            cells.add(value == null ? "" : value);
            column = c + 1;
        }

        @Override
        public void endRow(int rowNum) {
            while (!cells.isEmpty() && cells.get(cells.size() - 1).isBlank()) cells.remove(cells.size() - 1);
            if (!cells.isEmpty()) {
                if (width < 0) width = cells.size();
                while (cells.size() < width) cells.add("");
                for (int i = 0; i < cells.size(); i++) {
                    if (i > 0) csv.append(',');
                    String v = cells.get(i).replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
                    csv.append('"').append(v.replace("\"", "\"\"")).append('"');
                }
                rows++;
            }
            csv.append('\n');
            nextRow = rowNum + 1;
            if (csv.length() > max) throw new TooLarge();
        }
    }
}
