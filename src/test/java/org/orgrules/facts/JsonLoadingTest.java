package org.orgrules.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.orgrules.facts.Loads.ids;
import static org.orgrules.facts.Loads.person;
import static org.orgrules.facts.Loads.problems;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** JSON: a list of people or {"people": [...]}, bad people reported by line. */
class JsonLoadingTest {
    static final Path IMPORT = Path.of("src/test/resources/import");

    static LoadResult json(String text) {
        return Loads.LOADER.read("t.json", Loads.in(text), "json");
    }

    @Test
    void anObjectWithPeopleAndACompanyForThoseWhoNameNone() {
        LoadResult r = Loads.LOADER.load(IMPORT.resolve("people.json"));

        assertThat(ids(r)).containsExactly("cao", "yuan", "luo", "ext");
        assertThat(person(r, "cao").getCompany()).isEqualTo("链盾科技 ChainShield");
        assertThat(person(r, "cao").getManagerId()).isEqualTo("luo");
        assertThat(person(r, "yuan").getManagerId()).isEqualTo("cao");
        assertThat(person(r, "luo").getManagerId()).isNull();
        assertThat(person(r, "ext").getCompany()).isEqualTo("Partner Ltd");
        assertThat(person(r, "yuan").getOrigin()).endsWith("people.json:6");
        assertThat(problems(r)).singleElement().asString().endsWith("people.json:9: duplicate id 'cao' (first at "
                + IMPORT.resolve("people.json") + ":5)");
    }

    @Test
    void d3DataWithNumericIdsAndParentIdLoadsWithoutAMapping() {
        LoadResult r = Loads.LOADER.withColumns(ColumnMapping.parse("d3")).load(IMPORT.resolve("d3-orgchart.json"));

        assertThat(ids(r)).containsExactly("1", "4", "2", "5");
        assertThat(person(r, "5").getName()).isEqualTo("5");          // the bad name was left out, the person kept
        assertThat(person(r, "4").getManagerId()).isEqualTo("2");
        assertThat(person(r, "4").getTitle()).isEqualTo("Engineering Manager");
        assertThat(person(r, "1").getManagerId()).isNull();
        assertThat(problems(r)).hasSize(2);
        assertThat(problems(r).get(0)).endsWith("d3-orgchart.json:8: this person has no \"id\"; they were skipped");
        assertThat(problems(r).get(1)).endsWith("d3-orgchart.json:9: 'name' must be a single value, not a list; it was ignored");
    }

    @Test
    void aSyntaxErrorKeepsThePeopleBeforeIt() {
        LoadResult r = json("""
                [
                  {"id": "a", "title": "CEO"},
                  {"id": "b", "title": "CTO", "manager": "a"}
                  {"id": "c"}
                ]
                """);

        assertThat(ids(r)).containsExactly("a", "b");
        assertThat(problems(r)).singleElement().asString()
                .startsWith("t.json:4: JSON syntax error: ")
                .endsWith("; the rest of the file was not read (the 2 people before it were kept)");
    }

    @Test
    void somethingElseThanPeopleIsAProblem() {
        assertThat(problems(json("{\"employees\": []}")))
                .containsExactly("t.json:1: expected a list of people, or an object with \"people\": [...]; nothing was loaded from this file");
        assertThat(problems(json("[\"a\", {\"id\": \"x\", \"title\": \"CEO\"}]")))
                .containsExactly("t.json:1: a person must be an object {\"id\": …, \"title\": …}; found \"a\"; it was skipped");
    }
}
