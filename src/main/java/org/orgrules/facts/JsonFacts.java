package org.orgrules.facts;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.io.Reader;
import java.util.BitSet;

/**
 * Reads people from JSON: a list of people, or an object with {@code "people": [...]} (and
 * optionally {@code "company"}, the company of everyone who names none). A person is an object
 * with {@code id, name, title, department, company, manager} ({@code manager_id}, {@code managerId}
 * and {@code parentId} are the same); the {@link ColumnMapping} applies to its keys as to CSV
 * headers. Ids may be numbers (d3-org-chart data), of any length within the value limit. Keys not
 * known are ignored.
 *
 * <p>The file is read as a stream, one person at a time: the list around the people is followed
 * here (brackets, strings and escapes, at any depth, in constant memory per level), and each
 * person's text is parsed on its own with a Jackson {@link JsonParser}. So one bad person — a bad
 * value, a value over the limit ({@link LoadLimits#maxFieldChars()}, which also bounds numbers),
 * nesting past 1,000, a byte that is not UTF-8 — costs only that person, reported at its line (and
 * column), and the others are kept. A mistake in the list itself (a missing comma between people,
 * a list that is not closed) stops reading there: the people before it are kept and the problem
 * says where. A second value after the list is a problem, not read.
 *
 * <p>Why it is long: the streaming reader is one state machine — the list around the people followed by
 * hand, each person handed to Jackson, every limit and position kept per person — so that one bad value
 * costs one person and its line and column are exact; its states only make sense together.
 */
final class JsonFacts {
    /** Deeper lists and objects within one person are refused (Jackson's default). */
    private static final int MAX_DEPTH = StreamReadConstraints.DEFAULT_MAX_DEPTH;

    private final String file;
    private final FactReader src;
    private final Sink sink;
    private final JsonFactory factory;
    private final Text in;
    /** Longest value, and the most text one person may take: 64 values at the limit, at least 1 Mi characters. */
    private final int maxValue;
    private final int maxPerson;
    private final Sink.Skipped badPeople = new Sink.Skipped();
    private String defaultCompany;
    private int people;
    private boolean stopped;

    private JsonFacts(String file, FactReader src, Sink sink) {
        this.file = file;
        this.src = src;
        this.sink = sink;
        this.maxValue = sink.limits.maxFieldChars();
        this.maxPerson = (int) Math.min(Integer.MAX_VALUE - 64, Math.max(1 << 20, 64L * maxValue));
        this.factory = JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
                .maxNumberLength(maxValue)
                // longer strings are never handed to Jackson (Text.value measures them); it counts Java chars: an emoji is 2
                .maxStringLength((int) Math.min(Integer.MAX_VALUE, 2L * maxValue + 16))
                .maxNameLength((int) Math.min(Integer.MAX_VALUE, 2L * maxValue + 16))
                .maxNestingDepth(MAX_DEPTH)
                .build()).build();
        this.in = new Text(src);
    }

    static void read(String file, FactReader src, Sink sink) throws IOException {
        JsonFacts j = new JsonFacts(file, src, sink);
        j.read();
        if (src.halted()) return;
        sink.badBytes(file, src, j.badPeople, "person", "people");
        if (j.people == 0 && sink.fileProblems() == 0) sink.problem(file, 0, "no people in file");
    }

    private void read() throws IOException {
        in.skipSpace();
        int c = in.peek();
        if (c < 0) return;
        int line = in.line;
        if (c == '[') {
            in.next();
            list();
        } else if (c == '{') {
            in.next();
            topObject(line);
        } else {
            sink.problem(file, line, "expected a list of people, or an object with \"people\": [...]; nothing was loaded from this file");
            return;
        }
        if (stopped || sink.full()) return;
        in.skipSpace();
        if (in.peek() >= 0) {
            sink.problem(file, in.line, "a second value (column " + in.col + ") follows the " + (c == '[' ? "list of people" : "object")
                    + "; it was not read – a JSON file holds one value: put all the people in one list");
        }
    }

    /** {@code {"company": …, "people": [...], …}}: other keys are skipped, whatever their values. */
    private void topObject(int line) throws IOException {
        boolean found = false;
        in.skipSpace();
        if (in.peek() == '}') {
            in.next();
        } else {
            while (!stopped) {
                in.skipSpace();
                if (in.peek() != '"') {
                    stop("expected a key in quotes, found " + in.describeNext());
                    return;
                }
                Value key = in.value(true, maxValue, maxPerson);
                String name = key.broken == null && key.tooLong == 0 ? scalar(key) : null;
                in.skipSpace();
                if (in.peek() != ':') {
                    stop("expected ':' after a key, found " + in.describeNext());
                    return;
                }
                in.next();
                in.skipSpace();
                if ("people".equals(name) && in.peek() == '[') {
                    found = true;
                    in.next();
                    if (!list()) return;
                } else if ("company".equals(name)) {
                    Value v = in.value(true, maxValue, maxPerson);
                    if (v.broken != null) {
                        stop(v.broken);
                        return;
                    }
                    String company = v.tooLong == 0 ? scalar(v) : null;
                    if (company != null) {
                        defaultCompany = company;
                        if (found) sink.problem(file, v.line, "'company' comes after 'people'; write it first so that it applies to them");
                    }
                } else {
                    Value v = in.value(false, maxValue, maxPerson);
                    if (v.broken != null) {
                        stop(v.broken);
                        return;
                    }
                }
                in.skipSpace();
                int c = in.peek();
                if (c != ',' && c != '}') {
                    stop("expected ',' or '}' after a value, found " + in.describe(c));
                    return;
                }
                in.next();
                if (c == '}') break;
            }
        }
        if (!found && !stopped) {
            sink.problem(file, line, "expected a list of people, or an object with \"people\": [...]; nothing was loaded from this file");
        }
    }

    /** The people of a list whose '[' was read; false when reading stopped. */
    private boolean list() throws IOException {
        in.skipSpace();
        if (in.peek() == ']') {
            in.next();
            return true;
        }
        while (true) {
            in.skipSpace();
            if (in.peek() == ']') {
                sink.problem(file, in.line, "a ',' before the ']' (column " + in.col + ") that closes the list has no person after it; it was ignored");
                in.next();
                return true;
            }
            if (sink.full()) return false;
            Value v = in.value(true, maxValue, maxPerson);
            if (v.broken != null) {
                stop(v.broken);
                return false;
            }
            person(v);
            in.skipSpace();
            int c = in.peek();
            if (c != ',' && c != ']') {
                stop(c < 0 ? "the list of people is not closed with ']'" : "expected ',' or ']' after a person, found " + in.describe(c));
                return false;
            }
            in.next();
            if (c == ']') return true;
        }
    }

    /** A syntax error in the structure around the people: nothing after it can be read. */
    private void stop(String what) {
        stopped = true;
        sink.problem(file, in.line, "JSON syntax error: " + what + " (column " + in.col + "); the rest of the file was not read"
                + (people == 1 ? " (the person before it was kept)" : people > 0 ? " (the " + people + " people before it were kept)" : ""));
    }

    private void person(Value v) throws IOException {
        if (badBytes(v)) {
            badPeople.add(v.line);
            return;
        }
        if (v.tooLong > 0) {
            String what = v.tooLongKey != null ? "value of '" + v.tooLongKey + "'" : v.tooLongIsKey ? "key" : "value";
            sink.problem(file, v.tooLongLine, sink.tooLong(what, (int) Math.min(Integer.MAX_VALUE, v.tooLong)));
            return;
        }
        if (v.tooBig) {
            sink.problem(file, v.line, "this person is over " + maxPerson + " characters of JSON (64 values at the limit of "
                    + maxValue + ", LoadLimits.maxFieldChars); they were skipped – raise it with --max-field-chars (LoadLimits.maxFieldChars) if the data is right");
            return;
        }
        if (v.mismatch != null) {
            sink.problem(file, v.mismatchLine, "JSON syntax error: " + v.mismatch + "; this person was skipped");
            return;
        }
        try (JsonParser p = factory.createParser(v.text, 0, v.length)) {
            try {
                JsonToken t = p.nextToken();
                if (t != JsonToken.START_OBJECT) {
                    sink.problem(file, v.line, "a person must be an object {\"id\": …, \"title\": …}; found "
                            + (t == JsonToken.VALUE_STRING ? "\"" + p.getText() + "\"" : t == JsonToken.START_ARRAY ? "a list" : p.getText())
                            + "; it was skipped");
                    return;
                }
                person(p, v);
            } catch (StreamConstraintsException e) {
                JsonLocation at = e.getLocation() != null && e.getLocation().getLineNr() > 0 ? e.getLocation() : p.currentLocation();
                sink.problem(file, line(v, at), constraint(e, v, at));
            } catch (JsonProcessingException e) {
                sink.problem(file, line(v, e.getLocation()), "JSON syntax error: " + firstLine(e) + column(v, e.getLocation()) + "; this person was skipped");
            }
        }
    }

    /** Whether the person's text has a character that stands for a byte that was not UTF-8. */
    private boolean badBytes(Value v) {
        if (src.badCount() == 0) return false;
        for (int i = 0; i < v.length; i++) if (v.text[i] == '\uFFFD') return true;
        return false;
    }

    private static String firstLine(JsonProcessingException e) {
        String m = String.valueOf(e.getOriginalMessage());
        int nl = m.indexOf('\n');
        return nl > 0 ? m.substring(0, nl) : m;
    }

    private String constraint(StreamConstraintsException e, Value v, JsonLocation where) {
        String m = String.valueOf(e.getOriginalMessage());
        String at = column(v, where);
        if (m.startsWith("Document nesting depth")) {
            return "lists and objects are nested more than " + MAX_DEPTH + " deep" + at + "; this person was skipped";
        }
        if (m.startsWith("Number value length")) {
            return "a number" + at + " is over the limit of " + maxValue + " characters (LoadLimits.maxFieldChars);"
                    + " this person was skipped – raise it with --max-field-chars (LoadLimits.maxFieldChars) if the value is right";
        }
        return "a value" + at + " is over a limit (" + m + "); this person was skipped";
    }

    private void person(JsonParser p, Value at) throws IOException {
        int line = at.line;
        String[] v = new String[CsvFacts.COLUMN.length];
        boolean[] mapped = new boolean[v.length];
        boolean bad = false;
        String statusKey = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            JsonToken t = p.nextToken();
            int f = field(key, mapped);
            if (f < 0) {
                p.skipChildren();
                continue;
            }
            if (f == CsvFacts.STATUS) statusKey = key;
            if (t == JsonToken.START_ARRAY && (f == CsvFacts.DOTTED || f == CsvFacts.ACTING)) {
                StringBuilder joined = new StringBuilder();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    if (p.currentToken() == JsonToken.START_ARRAY || p.currentToken() == JsonToken.START_OBJECT) {
                        p.skipChildren();
                        continue;
                    }
                    String item = p.getValueAsString();
                    if (item != null && !item.isBlank()) joined.append(joined.length() == 0 ? "" : ";").append(item.trim());
                }
                v[f] = joined.length() == 0 ? null : joined.toString();
                continue;
            }
            if (t == JsonToken.START_ARRAY || t == JsonToken.START_OBJECT) {
                sink.problem(file, line(at, p.currentTokenLocation()), "'" + key + "' must be a single value, not a "
                        + (t == JsonToken.START_ARRAY ? "list" : "object") + "; it was ignored");
                p.skipChildren();
                continue;
            }
            String s = t == JsonToken.VALUE_NULL ? null : p.getValueAsString();
            if (s != null) s = s.trim();
            if (s != null && s.isEmpty()) s = null;
            String tooLong = sink.tooLong("value of '" + key + "'", s);
            if (tooLong != null) {
                sink.problem(file, line, tooLong);
                bad = true;
            }
            v[f] = s;
        }
        if (bad) return;
        if (v[CsvFacts.ID] == null) {
            sink.problem(file, line, "this person has no \"id\"; they were skipped");
            return;
        }
        String gone = Sink.inactive(v[CsvFacts.STATUS]);
        if (gone != null && v[CsvFacts.TO] == null) {
            // as in CSV: a person whose status says they have left, with no date to tell when, is not in the org
            sink.setAside(file, Sink.goneBy(statusKey, gone), v[CsvFacts.ID]);
            return;
        }
        if (sink.full() || !sink.countRow(file, line)) return;
        people++;
        String company = v[CsvFacts.COMPANY] != null ? v[CsvFacts.COMPANY] : defaultCompany;
        sink.add(file, line, v[CsvFacts.ID], v[CsvFacts.NAME], v[CsvFacts.TITLE], v[CsvFacts.DEPARTMENT], company,
                Sink.manager(v[CsvFacts.MANAGER]), java.util.Map.of(), v[CsvFacts.FROM], v[CsvFacts.TO],
                v[CsvFacts.DOTTED], v[CsvFacts.ACTING], null);
    }

    /** The value of a scalar (a key, a company) as Jackson reads it; null when it is not one. */
    private String scalar(Value v) {
        try (JsonParser p = factory.createParser(v.text, 0, v.length)) {
            JsonToken t = p.nextToken();
            if (t == null || !t.isScalarValue() || t == JsonToken.VALUE_NULL) return null;
            String s = p.getValueAsString();
            return p.nextToken() == null ? s : null;
        } catch (JsonProcessingException e) {
            sink.problem(file, v.line, "JSON syntax error: " + firstLine(e) + "; the value was ignored");
            return null;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The field a key holds (by the mapping, then the usual names), or -1. */
    private int field(String key, boolean[] mapped) {
        String f = sink.columns.fieldOf(key);
        if (f != null) {
            int i = ColumnMapping.FIELDS.indexOf(f);
            mapped[i] = true;
            return i;
        }
        int i = FieldAliases.column(FieldAliases.key(key));
        return i >= 0 && mapped[i] ? -1 : i;
    }

    /** A line in the file of a location in one value's text (its line 1 is the value's first line). */
    private static int line(Value v, JsonLocation at) {
        return at == null || at.getLineNr() < 1 ? v.line : v.line + at.getLineNr() - 1;
    }

    /** " (column 12)" for a location in one value's text, or "". */
    private static String column(Value v, JsonLocation at) {
        if (at == null || at.getColumnNr() < 1) return "";
        return " (column " + (at.getLineNr() <= 1 ? v.col + at.getColumnNr() - 1 : at.getColumnNr()) + ")";
    }

    /** One JSON value as {@link Text#value} found it: its text (when kept), where it is, and what is wrong with it. */
    static final class Value {
        char[] text = new char[256];
        int length;
        int line, col, endLine;
        /** The structure cannot be followed (the file ends inside it): reading must stop. */
        String broken;
        /** A ']' closes a '{' or the other way round, here: the value is skipped. */
        String mismatch;
        int mismatchLine;
        /** A string over the value limit: its length (in characters), line, and the key it is the value of. */
        long tooLong;
        int tooLongLine;
        String tooLongKey;
        boolean tooLongIsKey;
        /** Over the limit for one person's text: not kept. */
        boolean tooBig;

        void reset(int line, int col) {
            length = 0;
            this.line = line;
            this.col = col;
            endLine = line;
            broken = mismatch = tooLongKey = null;
            tooLong = 0;
            tooLongIsKey = tooBig = false;
        }

        void append(char c) {
            if (length == text.length) grow(1);
            text[length++] = c;
        }

        void appendAll(char[] from, int at, int n) {
            if (length + n > text.length) grow(n);
            System.arraycopy(from, at, text, length, n);
            length += n;
        }

        private void grow(int n) {
            text = java.util.Arrays.copyOf(text, (int) Math.min(Integer.MAX_VALUE - 8, Math.max(text.length * 2L, (long) length + n)));
        }
    }

    /**
     * The characters of the file with their line and column (as Jackson counts them: CR, LF and
     * CRLF each end a line), and a scanner of whole values that keeps no more than one person's text.
     */
    static final class Text {
        private final Reader reader;
        private final char[] buf = new char[1 << 16];
        private int pos, lim;
        private boolean eof;
        int line = 1, col = 1;
        /** The line of the last character read. */
        int lastLine = 1;
        private boolean lastCR;
        private final Value value = new Value();
        private final BitSet braces = new BitSet();
        /** The string being read, when it is a key of a person, and the last such key. */
        private StringBuilder key = new StringBuilder(), lastKey = new StringBuilder();

        Text(Reader reader) {
            this.reader = reader;
        }

        int peek() throws IOException {
            if (pos == lim && !fill()) return -1;
            return buf[pos];
        }

        int next() throws IOException {
            if (pos == lim && !fill()) return -1;
            char c = buf[pos++];
            lastLine = line;
            if (c == '\n') {
                if (!lastCR) line++;
                col = 1;
                lastCR = false;
            } else if (c == '\r') {
                line++;
                col = 1;
                lastCR = true;
            } else {
                col++;
                lastCR = false;
            }
            return c;
        }

        private boolean fill() throws IOException {
            if (eof) return false;
            int n = reader.read(buf, 0, buf.length);
            if (n <= 0) {
                eof = true;
                return false;
            }
            pos = 0;
            lim = n;
            return true;
        }

        void skipSpace() throws IOException {
            for (int c = peek(); c == ' ' || c == '\t' || c == '\n' || c == '\r'; c = peek()) next();
        }

        String describeNext() throws IOException {
            return describe(peek());
        }

        String describe(int c) {
            if (c < 0) return "the end of the file";
            if (c < ' ') return String.format("the character U+%04X", c);
            return "'" + (char) c + "'";
        }

        /**
         * Reads one value (a string, a number, a word, or a list or object at any depth): its text
         * when {@code keep} and it is within the limits, else only where it is and what is wrong.
         * Strings are measured in characters as read ({@code \u00e9} is one, an emoji is one).
         */
        Value value(boolean keep, int maxValue, int maxText) throws IOException {
            Value v = value;
            v.reset(line, col);
            int c = peek();
            if (c < 0) {
                v.broken = "a value was expected, found the end of the file";
                return v;
            }
            if (c != '{' && c != '[' && c != '"') {
                // a number or a word: up to the next delimiter (Jackson says whether it is one)
                while (c >= 0 && c != ',' && c != ']' && c != '}' && c != ':' && c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                    next();
                    if (keep && v.length < maxText) v.append((char) c);
                    else v.tooBig = keep;
                    c = peek();
                }
                v.endLine = lastLine;
                return v;
            }
            int depth = 0;
            boolean afterColon = false;
            boolean hasKey = false;
            int valueLine = 0;
            while (true) {
                c = next();
                if (c < 0) {
                    v.broken = (depth > 0 ? "a list or object that starts on line " + v.line + " is not closed"
                            : "a string that starts on line " + valueLine + " is not closed");
                    return v;
                }
                if (c == '"') {
                    valueLine = lastLine;
                    int startCol = col - 1;
                    boolean isKey = depth > 0 && braces.get(depth - 1) && !afterColon;
                    keep = keep(v, keep, maxText, '"');
                    key.setLength(0);
                    long n = string(v, keep, maxValue, maxText, depth == 1 && isKey);
                    if (n < 0) {
                        v.broken = "a string that starts on line " + valueLine + ", column " + startCol + " is not closed";
                        return v;
                    }
                    if (n > maxValue && v.tooLong == 0) {
                        v.tooLong = n;
                        v.tooLongLine = valueLine;
                        v.tooLongIsKey = isKey;
                        v.tooLongKey = isKey || !hasKey || lastKey.length() > 200 ? null : lastKey.toString();
                    }
                    if (depth == 1 && isKey) {
                        StringBuilder k = lastKey;        // kept as text only when a message needs it
                        lastKey = key;
                        key = k;
                        hasKey = true;
                    }
                    if (depth == 0) break;
                    continue;
                }
                keep = keep(v, keep, maxText, (char) c);
                if (c == '{' || c == '[') {
                    braces.set(depth++, c == '{');
                    afterColon = false;
                } else if (c == '}' || c == ']') {
                    if (braces.get(depth - 1) != (c == '}') && v.mismatch == null) {
                        // read as the bracket it should be (the likely typo), so the rest of the person still lines up
                        v.mismatch = "'" + (char) c + "' (column " + (col - 1) + ") closes the '" + (braces.get(depth - 1) ? "{" : "[")
                                + "' before it";
                        v.mismatchLine = lastLine;
                    }
                    if (--depth == 0) break;
                    afterColon = false;
                } else if (c == ':') {
                    afterColon = true;
                } else if (c == ',') {
                    afterColon = false;
                    if (depth == 1) hasKey = false;
                }
            }
            v.endLine = lastLine;
            return v;
        }

        /** Appends {@code c} while the value is within {@code maxText}; false (nothing more is kept) once it is not. */
        private static boolean keep(Value v, boolean keep, int maxText, char c) {
            if (!keep || v.tooLong > 0) return false;
            if (v.length >= maxText) {
                v.tooBig = true;
                return false;
            }
            v.append(c);
            return true;
        }

        /**
         * The rest of a string whose '"' was read: its length in characters, or -1 when the file
         * ends inside it. Kept while within {@code maxValue} (the first 200 characters of a person's
         * key also go to {@link #key}, for messages).
         */
        private long string(Value v, boolean keep, int maxValue, int maxText, boolean isKey) throws IOException {
            long n = 0;
            while (true) {
                // the common case, a run of plain characters in the buffer: no line breaks, escapes or pairs
                int from = pos;
                while (pos < lim) {
                    char p = buf[pos];
                    if (p == '"' || p == '\\' || p < ' ' || Character.isSurrogate(p)) break;
                    pos++;
                }
                if (pos > from) {
                    int run = pos - from;
                    col += run;
                    lastLine = line;
                    lastCR = false;
                    if (keep && n + run <= maxValue && v.length + run <= maxText && v.tooLong == 0) {
                        v.appendAll(buf, from, run);
                    } else if (keep) {
                        for (int i = from; i < pos && n + i - from <= maxValue; i++) keep(v, true, maxText, buf[i]);
                    }
                    if (isKey && key.length() < 201) key.append(buf, from, Math.min(run, 201 - key.length()));
                    n += run;
                    continue;
                }
                int c = next();
                if (c < 0) return -1;
                if (c == '"') {
                    if (keep && n <= maxValue) keep(v, true, maxText, '"');
                    return n;
                }
                boolean counts = !Character.isLowSurrogate((char) c);
                boolean keepThis = keep && n <= maxValue;
                if (keepThis) keep(v, true, maxText, (char) c);
                if (isKey && key.length() < 201 && c != '\\') key.append((char) c);
                if (c == '\\') {
                    int e = next();
                    if (e < 0) return -1;
                    if (keepThis) keep(v, true, maxText, (char) e);
                    if (e == 'u') {
                        int hex = 0;
                        for (int i = 0; i < 4; i++) {
                            int h = peek();
                            if (Character.digit(h, 16) < 0) break;      // Jackson reports the bad escape
                            next();
                            hex = hex * 16 + Character.digit(h, 16);
                            if (keepThis) keep(v, true, maxText, (char) h);
                        }
                        counts = !Character.isLowSurrogate((char) hex);
                        if (isKey && key.length() < 201) key.append((char) hex);
                    } else if (isKey && key.length() < 201) {
                        key.append(e == 'n' ? '\n' : e == 't' ? '\t' : (char) e);
                    }
                }
                if (counts) n++;                // past the limit nothing more is kept: the person will be skipped
            }
        }
    }
}
