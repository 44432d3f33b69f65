package org.orgrules.facts;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The one table of the names a person's field goes by, for every format that names fields by
 * header or key (CSV and XLSX headers, JSON and YAML keys; a {@link ColumnMapping} maps further
 * headers on top): the canonical field, then the names HR exports use for it. Every name is compared
 * as {@link #key} normalises it (trimmed, lower case, spaces and dashes as {@code _}), so
 * {@code Parent ID}, {@code parent-id} and {@code parent_id} are one name. LDIF reads LDAP's own
 * attribute names (cn, ou, manager as a DN), not this table.
 */
final class FieldAliases {
    private FieldAliases() {}

    /** Canonical field → every name it is read under (the canonical name first), in the order of {@link CsvFacts#COLUMN}. */
    static final Map<String, List<String>> TABLE = table();

    private static final Map<String, String> FIELD_OF = new HashMap<>();
    private static final Map<String, Integer> COLUMN_OF = new HashMap<>();
    static {
        List<String> fields = List.copyOf(TABLE.keySet());
        if (!fields.equals(List.of(CsvFacts.COLUMN))) throw new IllegalStateException("the fields are not CsvFacts.COLUMN: " + fields);
        for (int c = 0; c < fields.size(); c++) {
            for (String alias : TABLE.get(fields.get(c))) {
                String k = key(alias);
                if (!k.equals(alias)) throw new IllegalStateException("the alias '" + alias + "' is not written as key() gives it");
                String before = FIELD_OF.putIfAbsent(k, fields.get(c));
                if (before != null) throw new IllegalStateException("the alias '" + alias + "' names both " + before + " and " + fields.get(c));
                COLUMN_OF.put(k, c);
            }
        }
    }

    private static Map<String, List<String>> table() {
        Map<String, List<String>> t = new LinkedHashMap<>();
        t.put("id", List.of("id"));
        t.put("name", List.of("name"));
        t.put("title", List.of("title"));
        t.put("department", List.of("department", "dept"));
        t.put("company", List.of("company"));
        t.put("manager_id", List.of("manager_id", "manager", "managerid", "parent_id", "parentid"));
        t.put("from", List.of("from", "effective_from", "valid_from", "start_date", "effective_date",
                "effective_start_date", "effectivefrom", "validfrom"));
        t.put("to", List.of("to", "effective_to", "valid_to", "end_date", "effective_end_date", "effectiveto", "validto"));
        t.put("dotted_manager", List.of("dotted_manager", "dotted_manager_id", "dotted_line", "dotted_line_manager",
                "matrix_manager", "matrix_manager_id", "dottedmanager", "matrixmanager", "虚线上级", "虚线汇报"));
        t.put("acting_manager", List.of("acting_manager", "acting_manager_id", "interim_manager", "interim_manager_id",
                "actingmanager", "interimmanager", "代理上级"));
        t.put("status", List.of("status", "employee_status", "employment_status", "emplstatus", "user_status",
                "account_status", "active", "状态", "在职状态"));
        return java.util.Collections.unmodifiableMap(t);
    }

    /** A header or key as compared: trimmed, lower case, spaces and dashes as {@code _}. */
    static String key(String name) {
        if (name == null) throw new IllegalArgumentException("a column mapping names no column");
        return name.trim().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    }

    /** The canonical field {@code name} is an alias of (in any spelling {@link #key} accepts), or null. */
    static String field(String name) {
        return name == null ? null : FIELD_OF.get(key(name));
    }

    /** The field's column ({@link CsvFacts#ID} …) for a name already normalised by {@link #key}, or -1. */
    static int column(String key) {
        Integer c = COLUMN_OF.get(key);
        return c == null ? -1 : c;
    }
}
