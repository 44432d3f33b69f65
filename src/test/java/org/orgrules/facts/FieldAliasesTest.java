package org.orgrules.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.orgrules.facts.Loads.ids;
import static org.orgrules.facts.Loads.person;
import static org.orgrules.facts.Loads.problems;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.orgrules.model.Line;
import org.orgrules.model.LineType;
import org.orgrules.model.Person;

/**
 * One table of field names for every format: each name {@link FieldAliases} gives a field, as written
 * there and as an HR export writes a header ({@code PARENT ID}), is read into that field by CSV, JSON
 * and YAML alike.
 */
class FieldAliasesTest {

    /** A value for the field, as the file gives it. */
    private static final Map<String, String> VALUE = Map.ofEntries(
            Map.entry("id", "p"), Map.entry("name", "Pat Lee"), Map.entry("title", "Clerk"),
            Map.entry("department", "Sales"), Map.entry("company", "Acme"), Map.entry("manager_id", "boss"),
            Map.entry("from", "2026-01-01"), Map.entry("to", "2026-12-31"), Map.entry("dotted_manager", "boss"),
            Map.entry("acting_manager", "boss"), Map.entry("status", "Left"));

    static Stream<Arguments> everyAliasInEveryFormat() {
        List<Arguments> out = new ArrayList<>();
        FieldAliases.TABLE.forEach((field, aliases) -> {
            for (String alias : aliases) {
                for (String spelled : List.of(alias, alias.toUpperCase(Locale.ROOT).replace('_', ' '))) {
                    for (String format : List.of("csv", "json", "yaml")) out.add(Arguments.of(field, spelled, format));
                }
            }
        });
        return out.stream();
    }

    @ParameterizedTest(name = "{2}: ''{1}'' is {0}")
    @MethodSource("everyAliasInEveryFormat")
    void everyAliasOfAFieldIsReadAsThatFieldInEveryFormat(String field, String name, String format) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put(field.equals("id") ? name : "id", "p");
        p.put(field.equals("title") ? name : "title", "Clerk");
        p.put(name, VALUE.get(field));

        LoadResult r = load(format, p);

        assertThat(problems(r)).isEmpty();
        if (field.equals("status")) {
            assertThat(ids(r)).containsExactly("boss");
            assertThat(r.setAside()).isEqualTo(1);
            return;
        }
        Person read = person(r, "p");
        switch (field) {
            case "id" -> assertThat(read.getId()).isEqualTo("p");
            case "name" -> assertThat(read.getName()).isEqualTo("Pat Lee");
            case "title" -> assertThat(read.getTitle()).isEqualTo("Clerk");
            case "department" -> assertThat(read.getDepartment()).isEqualTo("Sales");
            case "company" -> assertThat(read.getCompany()).isEqualTo("Acme");
            case "manager_id" -> assertThat(read.getManagerId()).isEqualTo("boss");
            case "from" -> assertThat(read.getFrom()).isEqualTo(LocalDate.of(2026, 1, 1));
            case "to" -> assertThat(read.getTo()).isEqualTo(LocalDate.of(2026, 12, 31));
            case "dotted_manager" -> assertThat(read.getLines()).extracting(Line::managerId, Line::type)
                    .containsExactly(tuple("boss", LineType.DOTTED));
            case "acting_manager" -> assertThat(read.getLines()).extracting(Line::managerId, Line::type)
                    .containsExactly(tuple("boss", LineType.ACTING));
            default -> throw new AssertionError("a field this test gives no value: " + field);
        }
    }

    @Test
    void everyFieldOfTheTableIsACsvColumnAndEveryMappableFieldIsInIt() {
        assertThat(FieldAliases.TABLE.keySet()).containsExactly(CsvFacts.COLUMN);
        assertThat(FieldAliases.TABLE.keySet()).containsAll(ColumnMapping.FIELDS);
        FieldAliases.TABLE.forEach((field, aliases) -> assertThat(aliases.get(0)).isEqualTo(field));
    }

    @Test
    void aColumnMappingNamesAFieldByAnyOfItsAliases() {
        assertThat(ColumnMapping.parse("Boss=parent_id").fieldOf("boss")).isEqualTo("manager_id");
        assertThat(ColumnMapping.parse("Boss=Matrix Manager").fieldOf("boss")).isEqualTo("dotted_manager");
    }

    /** A boss and {@code p} (the keys given, in order) in the format's file. */
    private static LoadResult load(String format, Map<String, String> p) {
        List<String> keys = List.copyOf(p.keySet());
        String text = switch (format) {
            case "csv" -> String.join(",", keys) + "\n"
                    + keys.stream().map(k -> k.equals(keys.get(0)) ? "boss" : k.equals(keys.get(1)) ? "CEO" : "")
                            .collect(Collectors.joining(",")) + "\n"
                    + keys.stream().map(p::get).collect(Collectors.joining(",")) + "\n";
            case "json" -> "[{\"" + keys.get(0) + "\": \"boss\", \"" + keys.get(1) + "\": \"CEO\"},\n {"
                    + keys.stream().map(k -> "\"" + k + "\": \"" + p.get(k) + "\"").collect(Collectors.joining(", ")) + "}]\n";
            case "yaml" -> "people:\n  - {\"" + keys.get(0) + "\": boss, \"" + keys.get(1) + "\": CEO}\n  - {"
                    + keys.stream().map(k -> "\"" + k + "\": \"" + p.get(k) + "\"").collect(Collectors.joining(", ")) + "}\n";
            default -> throw new IllegalArgumentException(format);
        };
        return Loads.LOADER.read("t." + format, Loads.in(text), format);
    }
}
