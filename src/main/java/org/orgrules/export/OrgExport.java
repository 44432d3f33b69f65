package org.orgrules.export;

import org.orgrules.io.AtomicFiles;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.orgrules.view.Org;
import org.orgrules.model.Line;
import org.orgrules.model.LineType;
import org.orgrules.model.ManagerLine;
import org.orgrules.model.Person;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Writes an org as it was loaded, in a form the loaders read back: CSV
 * ({@code id,name,title,department,company,manager_id,manager_inferred}), JSON
 * ({@code {"people": [...]}}) or YAML ({@code people:}). {@code manager_id} is the manager the
 * facts name; {@code manager_inferred} the managers a rule supplied (K2.3), which the loaders skip,
 * so that CSV → orgrules → CSV loses nothing and adds no fact. When some row is dated or has further
 * lines, the columns {@code from,to,dotted_manager,acting_manager} follow (JSON and YAML: the same
 * keys), and every row is written — each version of a person, not only the one in effect on the org's day.
 *
 * <pre>{@code
 * Org org = OrgExpert.bundled().load(Path.of("facts"));
 * String csv = OrgExport.write(org, OrgExport.Format.CSV);
 * OrgExport.write(org, OrgExport.Format.JSON, Path.of("org.json"));   // atomically
 * }</pre>
 */
public final class OrgExport {
    private OrgExport() {}

    /** The formats {@link #write} knows. */
    public enum Format {
        CSV, JSON, YAML;

        /** "csv", "JSON", "yml" … */
        public static Format of(String name) {
            String n = name == null ? "" : name.trim().toUpperCase(Locale.ROOT);
            if (n.equals("YML")) return YAML;
            for (Format f : values()) if (f.name().equals(n)) return f;
            throw new IllegalArgumentException("unknown export format '" + name + "': expected csv, json or yaml");
        }
    }

    /** The CSV columns, in order. */
    public static final List<String> CSV_COLUMNS =
            List.of("id", "name", "title", "department", "company", "manager_id", "manager_inferred");

    /** The org as text in {@code format}. */
    public static String write(Org org, Format format) {
        return switch (format) {
            case CSV -> csv(org);
            case JSON -> json(org);
            case YAML -> yaml(org);
        };
    }

    /** Writes the org to {@code file} atomically (a temporary file in the same folder, then a rename). */
    public static void write(Org org, Format format, Path file) throws IOException {
        AtomicFiles.write(file, write(org, format).getBytes(StandardCharsets.UTF_8));
    }

    /** The ids of the managers a rule inferred for {@code id} (K2.3), in the order {@link Org#managersOf} gives. */
    public static List<String> inferredManagers(Org org, String id) {
        List<String> out = new ArrayList<>();
        for (ManagerLine m : org.managersOf(id)) if (m.inferred()) out.add(m.id());
        return out;
    }

    /** The further columns written when some row is dated or has further lines: what {@code Versions} reads back. */
    public static final List<String> DATED_COLUMNS = List.of("from", "to", "dotted_manager", "acting_manager");

    /** The further lines of {@code type} as a cell writes them: {@code zhao;qian@2026-01-01..2026-03-31}. */
    static String lines(Person p, LineType type) {
        StringBuilder b = new StringBuilder();
        for (Line l : p.getLines()) {
            if (l.type() != type) continue;
            if (b.length() > 0) b.append(';');
            b.append(l.notation());
        }
        return b.toString();
    }

    private static boolean dated(Org org) {
        for (Person p : org.rows()) if (p.isDated() || !p.getLines().isEmpty()) return true;
        return false;
    }

    /** The managers a rule inferred for this row: none for a row not in effect on the org's day. */
    private static List<String> inferredFor(Org org, Person row) {
        return org.person(row.getId()).map(p -> p.getOrigin().equals(row.getOrigin())).orElse(false)
                ? inferredManagers(org, row.getId()) : List.of();
    }

    private static String csv(Org org) {
        StringBuilder b = new StringBuilder(64 + org.size() * 64);
        boolean dated = dated(org);
        b.append(String.join(",", CSV_COLUMNS));
        if (dated) b.append(',').append(String.join(",", DATED_COLUMNS));
        b.append('\n');
        for (Person p : org.rows()) {
            String[] row = {p.getId(), p.getName(), p.getTitle(), p.getDepartment(), p.getCompany(),
                    p.getManagerId() == null ? "" : p.getManagerId(), String.join(" ", inferredFor(org, p))};
            if (dated) {
                row = java.util.Arrays.copyOf(row, row.length + 4);
                row[7] = p.getFrom() == null ? "" : p.getFrom().toString();
                row[8] = p.getTo() == null ? "" : p.getTo().toString();
                row[9] = lines(p, LineType.DOTTED);
                row[10] = lines(p, LineType.ACTING);
            }
            for (int i = 0; i < row.length; i++) {
                if (i > 0) b.append(',');
                b.append(csvValue(row[i]));
            }
            b.append('\n');
        }
        return b.toString();
    }

    /** A CSV value, quoted when it holds a comma, a quote, a line break or spaces at either end. */
    static String csvValue(String v) {
        if (v.isEmpty()) return v;
        boolean quote = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0
                || Character.isWhitespace(v.charAt(0)) || Character.isWhitespace(v.charAt(v.length() - 1));
        return quote ? '"' + v.replace("\"", "\"\"") + '"' : v;
    }

    private static List<Map<String, Object>> people(Org org) {
        List<Map<String, Object>> people = new ArrayList<>(org.size());
        for (Person p : org.rows()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", p.getId());
            m.put("name", p.getName());
            m.put("title", p.getTitle());
            if (!p.getDepartment().isEmpty()) m.put("department", p.getDepartment());
            if (!p.getCompany().isEmpty()) m.put("company", p.getCompany());
            if (p.getManagerId() != null) m.put("manager", p.getManagerId());
            List<String> inferred = inferredFor(org, p);
            if (!inferred.isEmpty()) m.put("manager_inferred", inferred);
            if (p.getFrom() != null) m.put("from", p.getFrom().toString());
            if (p.getTo() != null) m.put("to", p.getTo().toString());
            for (LineType t : List.of(LineType.DOTTED, LineType.ACTING)) {
                List<String> ls = new ArrayList<>();
                for (Line l : p.getLines()) if (l.type() == t) ls.add(l.notation());
                if (!ls.isEmpty()) m.put(t.word() + "_manager", ls);
            }
            people.add(m);
        }
        return people;
    }

    private static String json(Org org) {
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(Map.of("people", people(org))) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String yaml(Org org) {
        DumperOptions o = new DumperOptions();
        o.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        o.setAllowUnicode(true);
        o.setWidth(200);
        return new Yaml(o).dump(Map.of("people", people(org)));
    }
}
