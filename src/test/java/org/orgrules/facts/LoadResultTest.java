package org.orgrules.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.orgrules.facts.Loads.ids;
import static org.orgrules.facts.Loads.problems;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.orgrules.model.Person;

class LoadResultTest {

    @Test
    void problemReadsFileLineAndMessageAndLeavesOutLineZero() {
        assertThat(new LoadProblem("facts/acme.csv", 4, "row has no id")).hasToString("facts/acme.csv:4: row has no id");
        assertThat(new LoadProblem("facts/acme.csv", 0, "no people in file")).hasToString("facts/acme.csv: no people in file");
    }

    @Test
    void okMeansNoProblems() {
        Person p = new Person("a", "A", "Clerk", "", "X", null, "x.csv:2");

        assertThat(new LoadResult(List.of(p), List.of()).ok()).isTrue();
        assertThat(new LoadResult(List.of(p), List.of(new LoadProblem("x.csv", 3, "bad"))).ok()).isFalse();
    }

    @Test
    void resultListsCannotBeChanged() {
        LoadResult r = Loads.csv("id,title\na,Clerk\n");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> r.people().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void plusJoinsBothAndReportsAnIdThatIsAlreadyTaken() {
        LoadResult a = Loads.LOADER.read("a.csv", Loads.in("id,title\nx,Clerk\nli,生产经理\n"), "csv");
        LoadResult b = Loads.LOADER.read("b.csv", Loads.in("id,title\ny,Clerk\n,Clerk\nli,生产总监\n"), "csv");

        LoadResult both = a.plus(b);

        assertThat(ids(both)).containsExactly("x", "li", "y");
        assertThat(problems(both)).containsExactly(
                "b.csv:3: this row has no id; the row was skipped",
                "b.csv:4: duplicate id 'li' (first at a.csv:3)");
    }
}
