package org.orgrules.facts;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads people from CSV: a header line naming the columns ({@code id,name,title,department,company,manager_id},
 * any order, any case; {@code id} and {@code title} are required; other columns are ignored), then
 * one person per row.
 *
 * <p>The dialect is RFC 4180 as commons-csv reads it with {@code CSVFormat.DEFAULT},
 * {@code ignoreSurroundingSpaces} and {@code trim}: comma-separated; a value may be quoted, and then
 * holds commas, line breaks and quotes written {@code ""}; spaces around values are dropped; CR, LF
 * and CRLF all end a line. {@code CsvScannerTest} checks this scanner against commons-csv. It is
 * written out here rather than calling commons-csv because it is several times faster (a million rows
 * in a fraction of a second, where commons-csv alone takes over a second on a cold JVM), it knows
 * each row's first line exactly, and it can start again right after a broken row.
 *
 * <p>A bad row is reported with the line it starts on and skipped; the other rows are still read.
 * After a row that cannot be parsed at all (an unbalanced quote, which in CSV runs on over the
 * following lines), reading starts again at the line after the one the broken row starts on.
 *
 * <p>Why it is long: the hand-written RFC 4180 scanner (why it is not commons-csv is said above) and
 * the row reader share one state — the line a row starts on, where to start again after a broken row —
 * and every message about a bad row needs both; split, that state would cross a class boundary on every
 * row of a million.
 */
final class CsvFacts {
    static final int ID = 0, NAME = 1, TITLE = 2, DEPARTMENT = 3, COMPANY = 4, MANAGER = 5;
    /** Optional columns: the row's effective dates and the further lines (see {@link Versions}). */
    static final int FROM = 6, TO = 7, DOTTED = 8, ACTING = 9;
    /** Optional: whether the person is still employed ({@code Active}, {@code Left}, {@code inactive} …). */
    static final int STATUS = 10;
    static final String[] COLUMN = {"id", "name", "title", "department", "company", "manager_id",
        "from", "to", "dotted_manager", "acting_manager", "status"};
    /** Columns a header may have: enough for any HR export. */
    private static final int MAX_HEADER_COLUMNS = 1024;

    // what scan() found
    static final int END = 0, RECORD = 1, UNBALANCED = 2, TRAILING_TEXT = 3, TOO_LONG = 4;

    private final String file;
    private final FactReader src;
    private final Sink sink;
    private final int maxField;

    // ---- the scanner: text from the reader, kept from the start of the current record ----------
    private char[] buf = new char[1 << 16];
    private int len;
    private int p;
    private int recStart;
    private int fieldStart;
    /** Offset in the whole text of {@code buf[0]}. */
    private long bufBase;
    private boolean eof;
    /** The line {@code p} is on. */
    private int line = 1;
    /** The most characters a record may take before it is cut short as broken. */
    private long cap;
    private boolean cutShort;
    /** The record: its values ({@code null} for a column that is not used) and their lengths. */
    private String[] values = new String[16];
    private int[] lengths = new int[16];
    private int count;
    /** For each column of the file, whether it is used (before the header: all are). */
    private boolean[] used = new boolean[0];
    /** For each column of the file, whether its values repeat (title, department, company). */
    private boolean[] shared = new boolean[0];
    private int lineBreakIn = -1;

    // ---- the file --------------------------------------------------------------------------------
    /** Where each known column is in a row, or -1. */
    private final int[] at = new int[COLUMN.length];
    private int width = -1;
    private int headerLine;
    /** Further columns mapped to {@code name} (joined with a space), e.g. SuccessFactors LASTNAME. */
    private int[] nameMore = new int[0];
    private String[] headerNames = new String[0];
    /** For each name part in the order they are joined, whether it is a family name (by its header). */
    private boolean[] familyName = new boolean[0];
    /** No id column, and the mapping reads the name as the id ({@link ColumnMapping#NAME_IS_ID}). */
    private boolean nameIsId;
    private int rows;
    private final Sink.Skipped badRows = new Sink.Skipped();
    private int firstBadLine;
    /** Rows that may still be read (LoadLimits.maxRows), and whether there were more. */
    private final long rowBudget;
    private boolean over;
    private int problems;
    private Out out;

    private CsvFacts(String file, FactReader src, Sink sink) {
        this.file = file;
        this.src = src;
        this.sink = sink;
        this.maxField = sink.limits.maxFieldChars();
        this.cap = MAX_HEADER_COLUMNS * (2L * maxField + 3) + 2;
        this.rowBudget = sink.rowBudget();
    }

    private void problem(int line, String message) {
        problems++;
        out.problem(line, message);
    }

    /**
     * Reads a whole CSV text into {@code sink}. Size limits and I/O failures are the caller's to
     * report. With {@code pipelined}, the text is scanned on a second thread while this one makes
     * the people (worth it for big files on two or more cores). The outcome is the same.
     */
    static void read(String file, FactReader src, Sink sink, boolean pipelined) throws IOException {
        CsvFacts csv = new CsvFacts(file, src, sink);
        if (pipelined) {
            Pipe pipe = new Pipe(file, sink);
            csv.out = pipe;
            pipe.run(csv::read);
        } else {
            csv.out = new Direct(file, sink);
            csv.read();
        }
        sink.rowsRead(csv.rows, csv.over);
    }

    private void read() throws IOException {
        while (!over) {
            int start = line;
            int found = scan();
            if (found == END) break;
            noteBadBytes(start);
            String broken = null;
            if (found == RECORD) {
                broken = take(start);
                if (broken == null) continue;
                if (broken.isEmpty()) break;               // the header is unusable: nothing more to read
            } else {
                broken = brokenMessage(found, start);
            }
            if (width < 0) {
                problem(start, "the header line cannot be read: " + broken.replace("; the row was skipped", "")
                        + "; nothing was loaded from this file");
                break;
            }
            if (restartAfter(start)) {
                problem(start, broken + "; reading went on at line " + (start + 1));
            } else {
                problem(start, broken);
                break;
            }
        }
        finish();
        out.flush();
    }

    // ---- rows ------------------------------------------------------------------------------------

    /**
     * Takes one scanned record. Null when it is done with (a person, a reported bad row or a blank
     * line); "" when the header is unusable; otherwise why the record is broken, so that reading
     * starts again after its first line.
     */
    private String take(int start) {
        if (count == 1 && lengths[0] == 0) return null;       // a blank line
        if (width < 0) return header(start) ? null : "";
        int end = line - (endsWithLineBreak() ? 1 : 0);
        if (end > start) {
            // a quoted value ran over a line end: fine in a column we ignore, but an id, a title …
            // never holds one, and a wrong column count after it means an unbalanced quote.
            if (count != width) return unbalanced(end);
            if (lineBreakIn >= 0) {
                // well-formed CSV whose id, title … holds a line break: skip the whole record, so
                // that its second line is not read as a person of its own
                problem(start, "the value in column " + (lineBreakIn + 1) + columnName(lineBreakIn)
                        + " holds a line break (its quoted value runs on to line " + end + "); the row was skipped"
                        + " – an id, name, title, department, company or manager is one line");
                return null;
            }
        }
        if (++rows > rowBudget) {
            rows--;
            over = true;
            problem(start, "more than " + sink.limits.maxRows() + " rows (the limit LoadLimits.maxRows): "
                    + "this row and everything after it were not read; raise it with --max-rows (LoadLimits.maxRows) to load more");
            return null;
        }
        if (src.badCount() > 0 && hasBadChar()) {
            badRows.add(start);
            return null;
        }
        if (count != width) {
            problem(start, "this row has " + count + (count == 1 ? " value" : " values") + " but the header (line "
                    + headerLine + ") has " + width + " columns; the row was skipped – is a comma in a value not quoted, or a value missing?");
            return null;
        }
        for (int i = 0; i < count; i++) {
            if (lengths[i] > maxField) {
                // the limit counts characters: an emoji (two chars in Java) is one
                int n = values[i] == null ? lengths[i] : values[i].codePointCount(0, values[i].length());
                if (n <= maxField) continue;
                problem(start, sink.tooLong("value in column " + (i + 1) + columnName(i), n));
                return null;
            }
        }
        String id = nameIsId ? name() : value(ID);
        if (rows == 1 && labelRow()) {
            rows--;                                       // a second header row of labels ("User ID", "Title" …)
            return null;
        }
        if (id == null) {
            problem(start, "this row has no id; the row was skipped");
            return null;
        }
        String gone = Sink.inactive(value(STATUS));
        if (gone != null && value(TO) == null) {
            // a row whose status says the person has left, with no date to tell when: not in the org
            out.setAside(start, id, Sink.goneBy(headerName(STATUS), gone));
            return null;
        }
        out.person(start, id, name(), value(TITLE), department(), value(COMPANY), Sink.manager(value(MANAGER)),
                value(FROM), value(TO), value(DOTTED), value(ACTING));
        return null;
    }

    /** The department; with {@link ColumnMapping#DEPARTMENT_LEAF}, the last part of {@code Administration / Sales}. */
    private String department() {
        String d = value(DEPARTMENT);
        if (d == null || !sink.columns.reads(ColumnMapping.DEPARTMENT_LEAF)) return d;
        int slash = d.lastIndexOf(" / ");
        return slash < 0 ? d : sink.shared.get(d.substring(slash + 3).strip());
    }

    private String value(int column) {
        int i = at[column];
        if (i < 0) return null;
        String v = values[i];
        return v.isEmpty() ? null : v;
    }

    /**
     * The name: the name column, and any further ones the mapping joins to it, in the mapping's order;
     * a given and a family name in Chinese characters are joined family name first, without a space.
     */
    private String name() {
        String n = value(NAME);
        if (nameMore.length == 0) return n;
        String[] parts = new String[nameMore.length + 1];
        parts[0] = n;
        boolean han = n == null || han(n);
        for (int k = 0; k < nameMore.length; k++) {
            String v = values[nameMore[k]];
            parts[k + 1] = v == null || v.isEmpty() ? null : v;
            han &= parts[k + 1] == null || han(parts[k + 1]);
        }
        StringBuilder b = new StringBuilder();
        if (han) {
            for (int k = 0; k < parts.length; k++) if (familyName[k] && parts[k] != null) b.append(parts[k]);
            for (int k = 0; k < parts.length; k++) if (!familyName[k] && parts[k] != null) b.append(parts[k]);
        } else {
            for (String v : parts) {
                if (v == null) continue;
                if (b.length() > 0) b.append(' ');
                b.append(v);
            }
        }
        return b.length() == 0 ? null : b.toString();
    }

    /** True when every letter of {@code s} is a Chinese character (a Chinese name part). */
    private static boolean han(String s) {
        boolean any = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isWhitespace(c) || c == '·') continue;
            if (Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN) return false;
            any = true;
        }
        return any;
    }

    /**
     * Whether the first row under the header repeats it as labels, as SuccessFactors' user data file
     * does ({@code USERID} over {@code User ID}): its id and title equal their headers, letters and digits alone.
     */
    private boolean labelRow() {
        String id = value(ID), title = value(TITLE);
        return id != null && title != null && bare(id).equals(bare(headerName(ID))) && bare(title).equals(bare(headerName(TITLE)));
    }

    private String headerName(int column) {
        return headerNames[at[column]];
    }

    private static String bare(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) b.append(Character.toLowerCase(c));
        }
        return b.toString();
    }

    private String columnName(int i) {
        for (int c = 0; c < at.length; c++) if (at[c] == i) return " ('" + COLUMN[c] + "')";
        return "";
    }

    private boolean header(int line) {
        headerLine = line;
        Arrays.fill(at, -1);
        nameMore = new int[0];
        List<String> found = new ArrayList<>();
        String[] keys = new String[count];
        String[] names = new String[count];
        for (int i = 0; i < count; i++) {
            if (lengths[i] > maxField) {
                problem(line, sink.tooLong("header of column " + (i + 1), lengths[i])
                        .replace("this row was skipped", "nothing was loaded from this file"));
                return false;
            }
            names[i] = printable(values[i]);
            if (found.size() < 20) found.add(names[i]);
            else if (found.size() == 20) found.add("…");
            keys[i] = ColumnMapping.key(values[i]);
        }
        // first the columns the mapping names, then the usual names for the fields still free
        boolean[] taken = new boolean[count];
        ColumnMapping mapping = sink.columns;
        List<String> nameOrder = mapping.headersOf("name");
        List<Integer> nameColumns = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String field = mapping.fieldOf(keys[i]);
            if (field == null) continue;
            int c = ColumnMapping.FIELDS.indexOf(field);
            taken[i] = true;
            if (c == NAME) {
                nameColumns.add(i);
                continue;
            }
            if (at[c] >= 0) {
                problem(line, "the header has two columns for '" + COLUMN[c] + "' under the column mapping ('"
                        + values[at[c]] + "', column " + (at[c] + 1) + ", and '" + values[i] + "', column " + (i + 1)
                        + "); nothing was loaded from this file");
                return false;
            }
            at[c] = i;
        }
        // the name parts in the mapping's order
        nameColumns.sort(java.util.Comparator.comparingInt(i -> nameOrder.indexOf(keys[i])));
        if (!nameColumns.isEmpty()) {
            at[NAME] = nameColumns.get(0);
            nameMore = new int[nameColumns.size() - 1];
            for (int k = 1; k < nameColumns.size(); k++) nameMore[k - 1] = nameColumns.get(k);
        }
        familyName = new boolean[nameColumns.size()];
        for (int k = 0; k < nameColumns.size(); k++) {
            familyName[k] = switch (keys[nameColumns.get(k)]) {
                case "lastname", "last_name", "surname", "family_name", "familyname", "姓" -> true;
                default -> false;
            };
        }
        boolean[] mapped = new boolean[at.length];
        for (int c = 0; c < at.length; c++) mapped[c] = at[c] >= 0;
        for (int i = 0; i < count; i++) {
            if (taken[i]) continue;
            int c = FieldAliases.column(keys[i]);
            if (c < 0 || mapped[c]) continue;          // a column we do not use, or one the mapping replaces
            if (at[c] >= 0) {
                problem(line, "the header names column '" + COLUMN[c] + "' twice (columns " + (at[c] + 1)
                        + " and " + (i + 1) + "); nothing was loaded from this file");
                return false;
            }
            at[c] = i;
        }
        List<String> missing = new ArrayList<>();
        nameIsId = at[ID] < 0 && at[NAME] >= 0 && mapping.reads(ColumnMapping.NAME_IS_ID);
        if (at[ID] < 0 && !nameIsId) missing.add("'id'");
        if (at[TITLE] < 0) missing.add("'title'");
        if (!missing.isEmpty()) {
            problem(line, "the header has no " + String.join(" or ", missing) + " column (found: "
                    + String.join(", ", found) + "); expected a first line like "
                    + "id,name,title,department,company,manager_id (id and title are required)"
                    + (sink.columns.isEmpty() ? ", or map the file's columns (--map HEADER=FIELD or a preset: "
                            + String.join(", ", ColumnMapping.PRESETS.keySet()) + ")" : "")
                    + "; nothing was loaded from this file");
            return false;
        }
        width = count;
        headerNames = names;                           // every column's (the message above shows the first 20)
        used = new boolean[width];
        for (int c : at) if (c >= 0) used[c] = true;
        for (int c : nameMore) used[c] = true;
        shared = new boolean[width];
        for (int c : new int[] {TITLE, DEPARTMENT, COMPANY}) if (at[c] >= 0) shared[at[c]] = true;
        cap = width * (2L * maxField + 3) + 2;
        return true;
    }

    /** A header value as a message can show it: control characters as '?', at most 40 characters. */
    private static String printable(String s) {
        StringBuilder b = new StringBuilder(Math.min(s.length(), 41));
        for (int i = 0; i < s.length() && b.length() < 40; i++) {
            char c = s.charAt(i);
            b.append(Character.isISOControl(c) || c == '\uFFFD' ? '?' : c);
        }
        if (s.length() > 40) b.append('…');
        return b.toString();
    }

    private void finish() {
        if (src.badCount() > 0) problem(firstBadLine, Sink.badBytesMessage(src, firstBadLine, badRows, "row", "rows"));
        if (width >= 0 && rows == 0 && problems == 0) {
            problem(0, "no people in file (it has a header line but no rows)");
        } else if (width < 0 && problems == 0) {
            problem(0, "no people in file");
        }
    }

    private String brokenMessage(int found, int start) {
        return switch (found) {
            case UNBALANCED -> "unbalanced quote: a quoted value that starts in this row is not closed; the row was skipped";
            case TRAILING_TEXT -> line > start
                    ? "unbalanced quote: a quoted value that starts in this row runs on to line " + line + "; the row was skipped"
                    : "text after a closing quote: a quoted value must end just before a comma or the end of the line"
                    + " (write a \" inside a quoted value as \"\"); the row was skipped";
            default -> quotesOnFirstLine() % 2 != 0
                    ? "unbalanced quote, or a quoted value over the limit of " + maxField + " characters (LoadLimits.maxFieldChars): "
                      + "a quoted value that starts in this row is not closed within the limit; the row was skipped"
                    : "this row is too long: a value is over the limit of " + maxField
                      + " characters (LoadLimits.maxFieldChars); the row was skipped – raise it with --max-field-chars (LoadLimits.maxFieldChars) if the value is right";
        };
    }

    private String unbalanced(int end) {
        return "unbalanced quote: a quoted value that starts in this row runs on to line " + end + "; the row was skipped";
    }

    // ---- bad bytes -------------------------------------------------------------------------------

    /** Notes the line of the first bad byte when it is in the record just scanned. */
    private void noteBadBytes(int start) {
        long first = src.firstBadOffset();
        if (first < 0 || firstBadLine > 0) return;
        long from = bufBase + recStart;
        if (first < from || first >= bufBase + p) return;
        int l = start;
        for (int i = recStart; i < (int) (first - bufBase); i++) {
            char c = buf[i];
            if (c == '\n' && (i == recStart || buf[i - 1] != '\r')) l++;
            else if (c == '\r') l++;
        }
        firstBadLine = l;
    }

    private boolean hasBadChar() {
        for (int i = recStart; i < p; i++) if (buf[i] == '\uFFFD') return true;
        return false;
    }

    // ---- the scanner -----------------------------------------------------------------------------

    /** Scans one record from {@code p}: END at the end of the text, RECORD, or why it is broken. */
    int scan() throws IOException {
        count = 0;
        lineBreakIn = -1;
        cutShort = false;
        recStart = p;
        if (p == len && !more()) return cutShort ? TOO_LONG : END;
        while (true) {
            int c = skipBlanks();
            if (c == '"') {
                p++;
                if (!quoted()) return cutShort ? TOO_LONG : UNBALANCED;
                c = skipBlanks();
                if (c != ',' && c != '\n' && c != '\r' && c != -1) return cutShort ? TOO_LONG : TRAILING_TEXT;
            } else {
                c = unquoted();
            }
            if (cutShort) return TOO_LONG;
            if (c == ',') {
                p++;
                continue;
            }
            if (c == '\r') {
                p++;
                line++;
                if ((p < len || more()) && buf[p] == '\n') p++;
                cutShort = false;    // a CRLF cut in two by the cap is still a line end
            } else if (c == '\n') {
                p++;
                line++;
            }
            return RECORD;
        }
    }

    /** Skips spaces before a value; the next char, or -1 at the end. */
    private int skipBlanks() throws IOException {
        while (true) {
            if (p == len && !more()) return -1;
            char c = buf[p];
            if (c == '\n' || c == '\r' || !blank(c)) return c;
            p++;
        }
    }

    /** An unquoted value, up to the next comma or line end (returned; -1 at the end). */
    private int unquoted() throws IOException {
        fieldStart = p;
        int c;
        while (true) {
            if (p == len && !more()) {
                c = -1;
                break;
            }
            char ch = buf[p];
            if (ch == ',' || ch == '\n' || ch == '\r') {
                c = ch;
                break;
            }
            p++;
        }
        int end = p;
        while (end > fieldStart && blank(buf[end - 1])) end--;
        add(fieldStart, end, false);
        return c;
    }

    /** A quoted value, after its opening quote; false when the text ends before it is closed. */
    private boolean quoted() throws IOException {
        fieldStart = p;
        boolean escapes = false;
        boolean lineBreak = false;
        while (true) {
            if (p == len && !more()) return false;
            char ch = buf[p];
            if (ch == '"') {
                if (p + 1 == len && !more()) {
                    if (cutShort) return false;
                    break;
                }
                if (buf[p + 1] == '"') {
                    escapes = true;
                    p += 2;
                    continue;
                }
                break;
            }
            if (ch == '\r' || (ch == '\n' && buf[p - 1] != '\r')) {
                line++;
                lineBreak = true;
            } else if (ch == '\n') {
                lineBreak = true;
            }
            p++;
        }
        int from = fieldStart, end = p;
        p++;                                          // the closing quote
        if (lineBreak && lineBreakIn < 0 && (count >= used.length || used[count])) lineBreakIn = count;
        while (from < end && blank(buf[from])) from++;
        while (end > from && blank(buf[end - 1])) end--;
        add(from, end, escapes);
        return true;
    }

    private void add(int from, int end, boolean escapes) {
        if (count == values.length) {
            values = Arrays.copyOf(values, count * 2);
            lengths = Arrays.copyOf(lengths, count * 2);
        }
        String v = null;
        int n = end - from;
        if (count >= used.length || used[count]) {
            if (escapes) {
                StringBuilder b = new StringBuilder(n);
                for (int i = from; i < end; i++) {
                    char ch = buf[i];
                    b.append(ch);
                    if (ch == '"') i++;               // "" is one quote
                }
                v = b.toString();
                n = v.length();
            } else if (n == 0) {
                v = "";
            } else if (count < shared.length && shared[count]) {
                v = sink.shared.get(buf, from, n);
            } else {
                v = new String(buf, from, n);
            }
        }
        values[count] = v;
        lengths[count] = n;
        count++;
    }

    /** A space as commons-csv drops it: control chars, spaces and Unicode spaces such as U+3000. */
    private static boolean blank(char c) {
        return c <= ' ' || (c >= '\u1680' && c <= '\u3000' && Character.isWhitespace(c));
    }

    private boolean endsWithLineBreak() {
        return p > recStart && (buf[p - 1] == '\n' || buf[p - 1] == '\r');
    }

    /** Reads more text into {@code buf}, keeping the current record. False at the end (or past the cap). */
    private boolean more() throws IOException {
        if (eof) return false;
        if (len - recStart >= cap) {
            cutShort = true;
            return false;
        }
        if (len == buf.length) {
            int shift = recStart;
            if (shift > 0) {
                System.arraycopy(buf, shift, buf, 0, len - shift);
                len -= shift;
                p -= shift;
                fieldStart -= shift;
                recStart = 0;
                bufBase += shift;
            }
            if (len > buf.length - buf.length / 4) buf = Arrays.copyOf(buf, buf.length * 2);
        }
        int n = src.read(buf, len, buf.length - len);
        if (n < 0) {
            eof = true;
            return false;
        }
        len += n;
        return true;
    }

    /** The number of {@code "} on the first line of the current record. */
    private int quotesOnFirstLine() {
        int n = 0;
        for (int i = recStart; i < len && buf[i] != '\n' && buf[i] != '\r'; i++) if (buf[i] == '"') n++;
        return n;
    }

    /** Goes on at the start of the line after {@code start}, the first line of a broken record. False at the end. */
    private boolean restartAfter(int start) throws IOException {
        p = recStart;
        while (true) {
            while (p < len && buf[p] != '\n' && buf[p] != '\r') p++;
            if (p < len) break;
            recStart = p;                             // nothing before is needed any more
            cutShort = false;
            if (!more()) return false;
        }
        recStart = p;
        if (buf[p++] == '\r' && (p < len || more()) && buf[p] == '\n') p++;
        line = start + 1;
        cutShort = false;
        return p < len || more();
    }

    // ---- for tests -------------------------------------------------------------------------------

    /** A record as the scanner sees it: its first line, what {@link #scan()} found, its values. */
    record Scanned(int line, int found, List<String> values) {
    }

    /** Every record of {@code text} up to the first broken one, as the scanner sees it (for tests). */
    static List<Scanned> scanAll(String text) throws IOException {
        FactReader src = new FactReader(new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                Long.MAX_VALUE, false);
        CsvFacts csv = new CsvFacts("test", src, new Sink(LoadLimits.defaults()));
        List<Scanned> all = new ArrayList<>();
        while (true) {
            int first = csv.line;
            int found = csv.scan();
            if (found == END) break;
            all.add(new Scanned(first, found, found == RECORD ? List.of(Arrays.copyOf(csv.values, csv.count)) : List.of()));
            if (found != RECORD) break;
        }
        return all;
    }

    // ---- where rows and problems go --------------------------------------------------------------

    /** Receives the people and problems of the file, in the order they are found. */
    private interface Out {
        void person(int line, String id, String name, String title, String department, String company, String managerId,
                    String from, String to, String dotted, String acting);

        void problem(int line, String message);

        /** A row set aside on purpose ({@link Sink#setAside}). */
        void setAside(int line, String id, String why);

        void flush() throws IOException;
    }

    /** Straight into the sink. */
    private record Direct(String file, Sink sink) implements Out {
        @Override
        public void person(int line, String id, String name, String title, String department, String company, String managerId,
                           String from, String to, String dotted, String acting) {
            sink.addShared(file, line, id, name, title, department, company, managerId, from, to, dotted, acting);
        }

        @Override
        public void problem(int line, String message) {
            sink.problem(file, line, message);
        }

        @Override
        public void setAside(int line, String id, String why) {
            sink.setAside(file, why, id);
        }

        @Override
        public void flush() {
            // nothing held back
        }
    }

    /** What the scanning thread does: throws like {@link #read()}. */
    private interface Work {
        void run() throws IOException;
    }

    /**
     * Batches of rows from the scanning thread to the calling thread, which alone touches the
     * sink: so ids, duplicates and problems come out exactly as when read on one thread.
     */
    private static final class Pipe implements Out {
        private static final int BATCH = 2048;
        private static final Object[] END = new Object[0];
        /** Marks an entry as a row set aside (compared by identity). */
        private static final String ASIDE = new String("aside");

        private final String file;
        private final Sink sink;
        private final java.util.concurrent.BlockingQueue<Object[]> queue = new java.util.concurrent.ArrayBlockingQueue<>(8);
        private volatile boolean cancelled;
        private Throwable failure;
        /** The batch being filled: per entry W strings (a problem: nulls, then its message) and a line. */
        private static final int W = 11;
        private String[] strings = new String[BATCH * W];
        private int[] lines = new int[BATCH];
        private int n;

        Pipe(String file, Sink sink) {
            this.file = file;
            this.sink = sink;
        }

        @Override
        public void person(int line, String id, String name, String title, String department, String company, String managerId,
                           String from, String to, String dotted, String acting) {
            int k = n * W;
            strings[k] = id;
            strings[k + 1] = name;
            strings[k + 2] = title;
            strings[k + 3] = department;
            strings[k + 4] = company;
            strings[k + 5] = managerId;
            strings[k + 6] = from;
            strings[k + 7] = to;
            strings[k + 8] = dotted;
            strings[k + 9] = acting;
            strings[k + 10] = null;
            lines[n] = line;
            if (++n == BATCH) send();
        }

        @Override
        public void problem(int line, String message) {
            int k = n * W;
            java.util.Arrays.fill(strings, k, k + W - 1, null);
            strings[k + W - 1] = message;
            lines[n] = line;
            if (++n == BATCH) send();
        }

        @Override
        public void setAside(int line, String id, String why) {
            int k = n * W;
            java.util.Arrays.fill(strings, k, k + W - 1, null);
            strings[k] = ASIDE;
            strings[k + 1] = id;
            strings[k + W - 1] = why;
            lines[n] = line;
            if (++n == BATCH) send();
        }

        @Override
        public void flush() {
            if (n > 0) send();
        }

        private void send() {
            put(new Object[] {strings, lines, n});
            strings = new String[BATCH * W];
            lines = new int[BATCH];
            n = 0;
        }

        private void put(Object[] batch) {
            try {
                while (!cancelled) {
                    if (queue.offer(batch, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) return;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new java.util.concurrent.CancellationException("the reader of " + file + " stopped");
        }

        /** Runs {@code work} on a second thread and takes its rows here. */
        void run(Work work) throws IOException {
            Thread scanner = new Thread(() -> {
                try {
                    work.run();
                } catch (Throwable e) {
                    failure = e;
                } finally {
                    try {
                        put(END);
                    } catch (java.util.concurrent.CancellationException ignored) {
                        // the taking side is gone
                    }
                }
            }, "orgrules-csv-scanner");
            scanner.setDaemon(true);
            scanner.start();
            try {
                while (true) {
                    Object[] batch = queue.take();
                    if (batch == END) break;
                    take((String[]) batch[0], (int[]) batch[1], (Integer) batch[2]);
                }
                scanner.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException("interrupted while reading " + file);
            } finally {
                cancelled = true;
            }
            if (failure instanceof IOException e) throw e;
            if (failure instanceof RuntimeException e) throw e;
            if (failure instanceof Error e) throw e;
        }

        private void take(String[] s, int[] lines, int count) {
            for (int i = 0, k = 0; i < count; i++, k += W) {
                if (s[k] == ASIDE) {
                    sink.setAside(file, s[k + W - 1], s[k + 1]);
                } else if (s[k + W - 1] != null) {
                    sink.problem(file, lines[i], s[k + W - 1]);
                } else {
                    sink.addShared(file, lines[i], s[k], s[k + 1], s[k + 2], s[k + 3], s[k + 4], s[k + 5],
                            s[k + 6], s[k + 7], s[k + 8], s[k + 9]);
                }
            }
        }
    }
}
