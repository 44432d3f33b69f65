package org.orgrules.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.orgrules.facts.Loads.csv;
import static org.orgrules.facts.Loads.ids;
import static org.orgrules.facts.Loads.person;
import static org.orgrules.facts.Loads.problems;
import static org.orgrules.facts.Loads.yaml;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.orgrules.model.Line;
import org.orgrules.model.LineType;

/** Effective dates and further lines as CSV, YAML and JSON write them; rows of one id as versions; as-of. */
class EffectiveDatesLoadingTest {
    /** A job history: li's two rows are versions; gus left at the end of 2025. */
    private static final String HISTORY = history();

    static String history() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("src/test/resources/dated/history.csv"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void rowsOfOneIdWithDifferentFromDatesAreVersionsNotDuplicates() {
        LoadResult r = csv(HISTORY);
        assertThat(problems(r)).isEmpty();
        assertThat(ids(r)).containsExactly("boss", "pd", "li", "li", "gone");
        assertThat(r.dated()).isTrue();
    }

    @Test
    void asOfTakesTheRowInEffectThatDayWithItsLinesInEffect() {
        assertThat(ids(csv(HISTORY).asOf(LocalDate.of(2025, 3, 1)))).containsExactly("boss", "pd", "li", "gone");
        assertThat(person(csv(HISTORY).asOf(LocalDate.of(2025, 3, 1)), "gone").getLines()).hasSize(1);
        assertThat(person(csv(HISTORY).asOf(LocalDate.of(2025, 7, 1)), "gone").getLines()).isEmpty();
        LoadResult before = csv(HISTORY).asOf(LocalDate.of(2026, 3, 1));
        assertThat(ids(before)).containsExactly("boss", "pd", "li");
        assertThat(person(before, "li").getTitle()).isEqualTo("Engineer");
        assertThat(person(before, "li").getLines()).isEmpty();

        LoadResult acting = csv(HISTORY).asOf(LocalDate.of(2026, 8, 1));
        assertThat(person(acting, "li").getTitle()).isEqualTo("Engineering Manager");
        assertThat(person(acting, "li").getLines()).containsExactly(
                new Line("pd", LineType.DOTTED, null, null),
                new Line("pd", LineType.ACTING, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30)));

        LoadResult later = csv(HISTORY).asOf(LocalDate.of(2026, 12, 1));
        assertThat(person(later, "li").getLines()).extracting(Line::type).containsExactly(LineType.DOTTED);
    }

    @Test
    void beforeTheFirstRowOrAfterTheLastToThePersonIsNotInTheOrg() {
        assertThat(ids(csv(HISTORY).asOf(LocalDate.of(2024, 1, 1)))).containsExactly("boss", "pd", "gone");
        LoadResult left = csv("id,title,to\na,CEO,\nb,Clerk,2026-01-31\n");
        assertThat(ids(left.asOf(LocalDate.of(2026, 1, 31)))).containsExactly("a", "b");
        assertThat(ids(left.asOf(LocalDate.of(2026, 2, 1)))).containsExactly("a");
    }

    @Test
    void twoRowsOfOneIdInEffectFromTheSameDayAreADuplicate() {
        LoadResult r = csv("id,title,from\nli,Engineer,2026-01-01\nli,Manager,2026-01-01\nli,Clerk,\n");
        assertThat(ids(r)).containsExactly("li");
        assertThat(problems(r)).containsExactly(
                "t.csv:3: duplicate id 'li' (first at t.csv:2); both rows are in effect from 2026-01-01",
                "t.csv:4: duplicate id 'li' (first at t.csv:2)");
    }

    @Test
    void aBadDateIsAProblemAtItsLineAndTheOtherRowsStay() {
        LoadResult r = csv("id,title,from,to,dotted_manager\na,CEO,,,\nb,Clerk,2026-13-01,,\nc,Clerk,,,a@2026-05-01..2026-01-01\nd,Clerk,2026-02-01,2026-01-01,\ne,Clerk,2026/02/01,,\n");
        assertThat(ids(r)).containsExactly("a", "e");
        assertThat(problems(r)).containsExactly(
                "t.csv:3: '2026-13-01' is not a date: write it YYYY-MM-DD, e.g. 2026-03-31; the row was skipped",
                "t.csv:4: the line to 'a' ends (2026-01-01) before it starts (2026-05-01); the row was skipped",
                "t.csv:5: the row ends (to 2026-01-01) before it starts (from 2026-02-01); the row was skipped");
        assertThat(person(r, "e").getFrom()).isEqualTo(LocalDate.of(2026, 2, 1));
    }

    @Test
    void hrExportHeadersForDatesAndMatrixManagersAreRecognised() {
        LoadResult r = csv("id,title,Manager,Effective Date,End Date,Matrix Manager,Interim Manager\n"
                + "a,CEO,,,,,\nb,Clerk,a,2026-01-01,,a;x,a\n");
        assertThat(problems(r)).isEmpty();
        assertThat(person(r, "b").getLines()).extracting(Line::managerId, Line::type)
                .containsExactly(tuple("a", LineType.DOTTED),
                        tuple("x", LineType.DOTTED),
                        tuple("a", LineType.ACTING));
    }

    @Test
    void yamlGivesTypedDatedLinesInChineseOrEnglish() {
        LoadResult r = yaml("""
                people:
                  - {id: a, title: 总经理}
                  - id: b
                    title: 开发经理
                    manager: a
                    from: 2026-01-01
                    managers:
                      - {id: a, type: 虚线}
                      - {id: a, type: interim, from: 2026-02-01, to: 2026-02-28}
                  - id: c
                    title: 开发经理
                    managers: [{id: a, type: sideways}]
                """);
        assertThat(ids(r)).containsExactly("a", "b");
        assertThat(person(r, "b").getLines()).containsExactly(new Line("a", LineType.DOTTED, null, null),
                new Line("a", LineType.ACTING, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28)));
        assertThat(problems(r)).singleElement().asString()
                .startsWith("t.yaml:12: unknown line type 'sideways'").endsWith("this person was skipped");
    }

    @Test
    void jsonTakesListsOfFurtherManagers() {
        LoadResult r = Loads.LOADER.read("t.json", Loads.in("""
                {"people": [{"id": "a", "title": "CEO"},
                            {"id": "b", "title": "Clerk", "manager": "a", "dottedManager": ["a", "c@2026-01-01.."], "from": "2025-05-01"}]}
                """), "json");
        assertThat(problems(r)).isEmpty();
        assertThat(person(r, "b").getLines()).extracting(Line::notation).containsExactly("a", "c@2026-01-01..");
        assertThat(person(r, "b").getFrom()).isEqualTo(LocalDate.of(2025, 5, 1));
    }
}
