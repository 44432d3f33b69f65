package org.orgrules.facts;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Which CSV column holds which of the orgrules fields, for files whose header is not
 * {@code id,name,title,department,company,manager_id}: what Odoo, ERPNext, SuccessFactors or
 * d3-org-chart export.
 *
 * <p>{@code sources} maps a header (as written in the file; compared ignoring case, with spaces and
 * dashes read as {@code _}) to the field it holds: one of {@link #FIELDS}. Several headers may map to
 * {@code name}: their values are joined with a space (SuccessFactors {@code FIRSTNAME}, {@code LASTNAME}).
 * A header of the file that is not mapped is still read by its usual name when its field is not
 * taken by a mapped header: {@code parent_id=manager_id} is enough for an otherwise orgrules-shaped file.
 * The name columns are joined in the mapping's order, not the file's: a later {@code HEADER=name}
 * comes after the earlier ones ({@code successfactors,LAST_NAME=name,FIRST_NAME=name} puts the
 * family name first); a given and a family name both written in Chinese characters are joined
 * family name first and without a space ({@code 林强}), as Chinese names are written.
 *
 * <p>{@code readings} are ways of reading a system's export that are not a column: {@link #NAME_IS_ID}
 * (a file without an id column takes each person's name as the id; Odoo's label headers) and
 * {@link #DEPARTMENT_LEAF} (a department written {@code Administration / Sales} is {@code Sales}; Odoo's
 * display name of a sub-department). The {@code odoo} preset sets both.
 *
 * <pre>{@code
 * ColumnMapping m = ColumnMapping.parse("erpnext");                 // a preset
 * ColumnMapping m2 = ColumnMapping.parse("parent_id=manager_id,job_title=title");
 * LoadResult r = new FactsLoader().withColumns(m).load(Path.of("employees.csv"));
 * }</pre>
 */
public record ColumnMapping(Map<String, String> sources, java.util.Set<String> readings) {
    /** The fields a column can be mapped to. */
    public static final List<String> FIELDS = List.of("id", "name", "title", "department", "company", "manager_id",
            "from", "to", "dotted_manager", "acting_manager");
    /** A reading: with no id column, the name is the id (a manager named by name then reads as an id). */
    public static final String NAME_IS_ID = "name-is-id";
    /** A reading: of a department written {@code Parent / Child}, the department is the child. */
    public static final String DEPARTMENT_LEAF = "department-leaf";
    /** No mapping: every column is read by its usual name. */
    public static final ColumnMapping NONE = new ColumnMapping(Map.of());

    /** The presets {@link #parse} knows by name. */
    public static final Map<String, ColumnMapping> PRESETS = presets();

    /** Checks every field and normalises every header; {@link IllegalArgumentException} for an unknown field. */
    public ColumnMapping {
        Map<String, String> m = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : sources.entrySet()) m.put(key(e.getKey()), field(e.getValue()));
        sources = java.util.Collections.unmodifiableMap(m);
        readings = readings == null ? java.util.Set.of() : java.util.Set.copyOf(readings);
        for (String r : readings) {
            if (!r.equals(NAME_IS_ID) && !r.equals(DEPARTMENT_LEAF)) throw new IllegalArgumentException("unknown reading '" + r + "'");
        }
    }

    /** A mapping of headers to fields, with no readings. */
    public ColumnMapping(Map<String, String> sources) {
        this(sources, java.util.Set.of());
    }

    /** True when the mapping reads the export that way ({@link #NAME_IS_ID}, {@link #DEPARTMENT_LEAF}). */
    public boolean reads(String reading) {
        return readings.contains(reading);
    }

    /** The field the header {@code header} is mapped to, or null. */
    public String fieldOf(String header) {
        return sources.get(key(header));
    }

    /** True when nothing is mapped: every column is read by its usual name. */
    public boolean isEmpty() { return sources.isEmpty() && readings.isEmpty(); }

    /**
     * This mapping and then {@code more}: a header mapped in both takes {@code more}'s field, and
     * {@code more}'s headers come after this one's (so {@code more}'s name columns are joined after).
     */
    public ColumnMapping and(ColumnMapping more) {
        Map<String, String> m = new LinkedHashMap<>(sources);
        for (String h : more.sources.keySet()) m.remove(h);
        m.putAll(more.sources);
        java.util.Set<String> r = new java.util.HashSet<>(readings);
        r.addAll(more.readings);
        return new ColumnMapping(m, r);
    }

    /**
     * A mapping as the command line gives it: comma-separated items, each a preset name
     * ({@code odoo}, {@code erpnext}, {@code successfactors}, {@code d3}) or {@code HEADER=FIELD}.
     *
     * @throws IllegalArgumentException saying what is wrong, in words for the user
     */
    public static ColumnMapping parse(String spec) {
        ColumnMapping result = NONE;
        if (spec == null || spec.isBlank()) throw new IllegalArgumentException("the column mapping is empty");
        for (String item : spec.split(",")) {
            String it = item.trim();
            if (it.isEmpty()) continue;
            int eq = it.indexOf('=');
            if (eq < 0) {
                ColumnMapping preset = PRESETS.get(it.toLowerCase(Locale.ROOT));
                if (preset == null) {
                    throw new IllegalArgumentException("unknown column mapping '" + it + "': give HEADER=FIELD (FIELD one of "
                            + String.join(", ", FIELDS) + ") or a preset (" + String.join(", ", PRESETS.keySet()) + ")");
                }
                result = result.and(preset);
            } else {
                String header = it.substring(0, eq).trim(), field = it.substring(eq + 1).trim();
                if (header.isEmpty()) throw new IllegalArgumentException("'" + it + "' names no column before '='");
                result = result.and(new ColumnMapping(Map.of(header, field)));
            }
        }
        return result;
    }

    /**
     * A mapping file (YAML): {@code preset: odoo} (optional) and {@code columns:} with
     * {@code HEADER: FIELD} entries; or just the {@code HEADER: FIELD} entries.
     *
     * @throws IllegalArgumentException naming the file and what is wrong
     */
    public static ColumnMapping fromFile(Path file) {
        Object doc;
        try (InputStream in = Files.newInputStream(file)) {
            LoaderOptions o = new LoaderOptions();
            o.setMaxAliasesForCollections(10);
            o.setCodePointLimit(1 << 20);
            doc = new Yaml(new SafeConstructor(o)).load(in);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read the mapping file: "
                    + (e instanceof java.nio.file.NoSuchFileException ? "no such file" : e.getMessage()));
        } catch (YAMLException e) {
            throw new IllegalArgumentException(file + ": the mapping file is not valid YAML: "
                    + e.getMessage().lines().findFirst().orElse(""));
        }
        if (!(doc instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException(file + ": expected a mapping of HEADER: FIELD (or preset: and columns:)");
        }
        try {
            ColumnMapping result = NONE;
            Object preset = map.get("preset");
            if (preset != null) result = parse(String.valueOf(preset));
            Object columns = map.containsKey("columns") ? map.get("columns") : map;
            if (!(columns instanceof Map<?, ?> cols)) throw new IllegalArgumentException("'columns' must be a mapping of HEADER: FIELD");
            Map<String, String> m = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : cols.entrySet()) {
                if (columns == map && "preset".equals(e.getKey())) continue;
                if (e.getValue() instanceof List<?> list) {
                    // FIELD: [HEADER, …] is allowed too
                    for (Object h : list) m.put(String.valueOf(h), String.valueOf(e.getKey()));
                } else {
                    m.put(String.valueOf(e.getKey()), String.valueOf(e.getValue()));
                }
            }
            return result.and(new ColumnMapping(m));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage());
        }
    }

    /** A header as compared: trimmed, lower case, spaces and dashes as {@code _}. */
    static String key(String header) {
        return FieldAliases.key(header);
    }

    private static String field(String f) {
        String k = f == null ? "" : key(f);
        String canonical = FieldAliases.field(k);       // a field by any name it goes by: manager, dept …
        if (canonical != null) k = canonical;
        if (!FIELDS.contains(k)) {
            throw new IllegalArgumentException("unknown field '" + f + "' in a column mapping: expected one of "
                    + String.join(", ", FIELDS));
        }
        return k;
    }

    private static Map<String, ColumnMapping> presets() {
        Map<String, ColumnMapping> p = new LinkedHashMap<>();
        // Odoo 17 hr.employee: technical names (import-compatible export), the default labels
        // (Employee Name, Job Title, Department, Manager, Company) and external ids (parent_id/id);
        // a manager given by display name is matched to the one person of that name
        p.put("odoo", of("id", "id", "external_id", "id", "name", "name", "employee_name", "name",
                "job_title", "title", "job_id", "title", "job position", "title",
                "department_id", "department", "department_id/id", "department", "company_id", "company",
                "company_id/id", "company", "parent_id", "manager_id", "parent_id/id", "manager_id",
                "manager/external_id", "manager_id").and(new ColumnMapping(Map.of(), java.util.Set.of(NAME_IS_ID, DEPARTMENT_LEAF))));
        // ERPNext v15 Employee: 'name' is the employee id (HR-EMP-00001); the person is 'employee_name';
        // status Left / Inactive / Suspended is read by its usual name, the relieving date is the last day
        p.put("erpnext", of("name", "id", "employee", "id", "employee_name", "name", "full_name", "name",
                "designation", "title", "department", "department", "company", "company", "reports_to", "manager_id",
                "relieving_date", "to"));
        // SuccessFactors user data file: USERID, FIRSTNAME LASTNAME, MANAGER (NO_MGR at the top),
        // DIVISION the company; STATUS active / inactive is read by its usual name
        p.put("successfactors", of("userid", "id", "user_id", "id", "firstname", "name", "lastname", "name",
                "first_name", "name", "last_name", "name", "title", "title", "department", "department",
                "division", "company", "manager", "manager_id"));
        // d3-org-chart: id,parentId,name,positionName,area …
        p.put("d3", of("id", "id", "parentid", "manager_id", "name", "name", "positionname", "title",
                "area", "department", "company", "company"));
        return java.util.Collections.unmodifiableMap(p);
    }

    private static ColumnMapping of(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) m.put(pairs[i], pairs[i + 1]);
        return new ColumnMapping(m);
    }

    /** The headers mapped to {@code field}, in order. */
    public List<String> headersOf(String field) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, String> e : sources.entrySet()) if (e.getValue().equals(field)) out.add(e.getKey());
        return out;
    }
}
