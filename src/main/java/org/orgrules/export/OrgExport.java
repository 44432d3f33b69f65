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
import org.orgrules.Org;
import org.orgrules.model.ManagerLine;
import org.orgrules.model.Person;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Writes an org as it was loaded, in a form the loaders read back: CSV
 * ({@code id,name,title,department,company,manager_id,manager_inferred}), JSON
 * ({@code {"people": [...]}}) or YAML ({@code people:}). {@code manager_id} is the manager the
 * facts name; {@code manager_inferred} the managers a rule supplied (K2.3), which the loaders skip,
 * so that CSV → orgrules → CSV loses nothing and adds no fact.
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

    private static String csv(Org org) {
        StringBuilder b = new StringBuilder(64 + org.size() * 64);
        b.append(String.join(",", CSV_COLUMNS)).append('\n');
        for (Person p : org.people()) {
            String[] row = {p.getId(), p.getName(), p.getTitle(), p.getDepartment(), p.getCompany(),
                    p.getManagerId() == null ? "" : p.getManagerId(), String.join(" ", inferredManagers(org, p.getId()))};
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
        for (Person p : org.people()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", p.getId());
            m.put("name", p.getName());
            m.put("title", p.getTitle());
            if (!p.getDepartment().isEmpty()) m.put("department", p.getDepartment());
            if (!p.getCompany().isEmpty()) m.put("company", p.getCompany());
            if (p.getManagerId() != null) m.put("manager", p.getManagerId());
            List<String> inferred = inferredManagers(org, p.getId());
            if (!inferred.isEmpty()) m.put("manager_inferred", inferred);
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
