package org.orgrules.facts;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * Reads people from JSON: a list of people, or an object with {@code "people": [...]} (and
 * optionally {@code "company"}, the company of everyone who names none). A person is an object
 * with {@code id, name, title, department, company, manager} ({@code manager_id}, {@code managerId}
 * and {@code parentId} are the same); the {@link ColumnMapping} applies to its keys as to CSV
 * headers. Ids may be numbers (d3-org-chart data). Keys not known are ignored.
 *
 * <p>A bad person (no id, a value that is a list or object) is a problem at the line its object
 * starts on and is skipped; the others are kept. A syntax error stops reading: the people before it
 * are kept, and the problem says where it is.
 */
final class JsonFacts {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private final String file;
    private final Sink sink;
    private String defaultCompany;
    private int people;

    private JsonFacts(String file, Sink sink) {
        this.file = file;
        this.sink = sink;
    }

    static void read(String file, FactReader src, Sink sink) throws IOException {
        JsonFacts j = new JsonFacts(file, sink);
        try (JsonParser p = FACTORY.createParser(src)) {
            j.read(p);
        } catch (JsonProcessingException e) {
            if (src.halted()) return;
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            String m = e.getOriginalMessage();
            int nl = m == null ? -1 : m.indexOf('\n');
            if (nl > 0) m = m.substring(0, nl);
            sink.problem(file, Math.max(line, 0), "JSON syntax error: " + m + "; the rest of the file was not read"
                    + (j.people > 0 ? " (the " + j.people + " people before it were kept)" : ""));
            return;
        }
        sink.badBytes(file, src);
        if (j.people == 0 && sink.fileProblems() == 0) sink.problem(file, 0, "no people in file");
    }

    private void read(JsonParser p) throws IOException {
        JsonToken t = p.nextToken();
        if (t == null) return;
        if (t == JsonToken.START_ARRAY) {
            list(p);
        } else if (t == JsonToken.START_OBJECT) {
            int line = line(p);
            boolean found = false;
            // "company" may come after "people": read people into a list first only when needed
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                JsonToken v = p.nextToken();
                if (key.equals("people") && v == JsonToken.START_ARRAY) {
                    found = true;
                    list(p);
                } else if (key.equals("company") && v.isScalarValue()) {
                    defaultCompany = p.getValueAsString();
                    if (found) {
                        sink.problem(file, line(p), "'company' comes after 'people'; write it first so that it applies to them");
                    }
                } else {
                    p.skipChildren();
                }
            }
            if (!found) {
                sink.problem(file, line, "expected a list of people, or an object with \"people\": [...]; nothing was loaded from this file");
            }
        } else {
            sink.problem(file, line(p), "expected a list of people, or an object with \"people\": [...]; nothing was loaded from this file");
        }
    }

    private void list(JsonParser p) throws IOException {
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t == null) return;
            int line = line(p);
            if (t != JsonToken.START_OBJECT) {
                sink.problem(file, line, "a person must be an object {\"id\": …, \"title\": …}; found "
                        + (t == JsonToken.VALUE_STRING ? "\"" + p.getText() + "\"" : t == JsonToken.START_ARRAY ? "a list" : p.getText())
                        + "; it was skipped");
                p.skipChildren();
                continue;
            }
            person(p, line);
        }
    }

    private void person(JsonParser p, int line) throws IOException {
        String[] v = new String[ColumnMapping.FIELDS.size()];
        boolean[] mapped = new boolean[v.length];
        boolean bad = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            JsonToken t = p.nextToken();
            int f = field(key, mapped);
            if (f < 0) {
                p.skipChildren();
                continue;
            }
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
                sink.problem(file, line(p), "'" + key + "' must be a single value, not a " + (t == JsonToken.START_ARRAY ? "list" : "object")
                        + "; it was ignored");
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
        if (sink.full() || !sink.countRow(file, line)) return;
        people++;
        String company = v[CsvFacts.COMPANY] != null ? v[CsvFacts.COMPANY] : defaultCompany;
        sink.add(file, line, v[CsvFacts.ID], v[CsvFacts.NAME], v[CsvFacts.TITLE], v[CsvFacts.DEPARTMENT], company,
                Sink.manager(v[CsvFacts.MANAGER]), java.util.Map.of(), v[CsvFacts.FROM], v[CsvFacts.TO],
                v[CsvFacts.DOTTED], v[CsvFacts.ACTING], null);
    }

    /** The field a key holds (by the mapping, then the usual names), or -1. */
    private int field(String key, boolean[] mapped) {
        String f = sink.columns.fieldOf(key);
        if (f != null) {
            int i = ColumnMapping.FIELDS.indexOf(f);
            mapped[i] = true;
            return i;
        }
        int i = switch (ColumnMapping.key(key)) {
            case "id" -> CsvFacts.ID;
            case "name" -> CsvFacts.NAME;
            case "title" -> CsvFacts.TITLE;
            case "department", "dept" -> CsvFacts.DEPARTMENT;
            case "company" -> CsvFacts.COMPANY;
            case "manager", "manager_id", "managerid", "parentid", "parent_id" -> CsvFacts.MANAGER;
            default -> CsvFacts.optionalColumn(ColumnMapping.key(key));
        };
        return i >= 0 && mapped[i] ? -1 : i;
    }

    private static int line(JsonParser p) {
        return p.currentTokenLocation().getLineNr();
    }
}
