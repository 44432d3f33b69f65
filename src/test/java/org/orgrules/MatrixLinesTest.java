package org.orgrules;

import org.orgrules.view.Org;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orgrules.model.Answer;
import org.orgrules.model.Line;
import org.orgrules.model.LineType;
import org.orgrules.model.ManagerLine;
import org.orgrules.model.Person;
import org.orgrules.model.ReportsTo;

/** Several managers per person: solid, dotted and acting lines, and what rules/vocabulary/line-types.yaml makes each count for. */
class MatrixLinesTest {
    private static final LocalDate DAY = LocalDate.of(2026, 2, 1);

    private static Person p(String id, String title, String manager, Line... lines) {
        return new Person(id, id, title, "", "M", manager, "test:" + id, Map.of(), null, null, List.of(lines));
    }

    private static List<Person> matrix() {
        return List.of(
                p("ceo", "总经理", null),
                p("cto", "技术总监", "ceo"),
                p("pd", "产品总监", "ceo"),
                p("pm", "产品经理", "pd"),
                p("dev", "开发经理", "cto",
                        new Line("pm", LineType.DOTTED, null, null),
                        new Line("pd", LineType.ACTING, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31))),
                p("eng", "工程师", "dev"));
    }

    @Test
    void theChainOfCommandFollowsOnlyTheSolidLine() {
        Org org = Fixtures.expert().of(matrix(), DAY);
        assertThat(org.chainOfCommand("dev").chain()).containsExactly("cto", "ceo");
        assertThat(org.allReports("pd")).containsExactly("pm");
        assertThat(org.managersOf("dev")).extracting(ManagerLine::id, ManagerLine::type)
                .containsExactly(tuple("cto", LineType.SOLID),
                        tuple("pd", LineType.ACTING),
                        tuple("pm", LineType.DOTTED));
        assertThat(org.managersOf("dev").get(1).from()).isEqualTo(LocalDate.of(2026, 1, 1));
    }

    @Test
    void aDottedLineAnswersReportsToWithItsTypeButCarriesNoCommand() {
        Org org = Fixtures.expert().of(matrix(), DAY);
        ReportsTo r = org.reportsTo("dev", "pm");
        assertThat(r.answer()).isTrue();
        assertThat(r.line()).isEqualTo(LineType.DOTTED);
        assertThat(org.isInChainOf("dev", "pm")).isTrue();
        assertThat(org.whoIsSenior("pm", "dev").answer()).isEqualTo(Answer.PEERS);
    }

    @Test
    void anActingManagerIsSeniorWhileActingAndNotAfter() {
        Org during = Fixtures.expert().of(matrix(), DAY);
        assertThat(during.whoIsSenior("pd", "dev").reasons()).extracting(r -> r.rule())
                .contains("Whoever is in the other's chain of command is senior",
                        "Seniority counts solid and acting lines as command: an acting manager is senior while acting");
        assertThat(during.reportsTo("eng", "pd").line()).isEqualTo(LineType.ACTING);
        assertThat(during.reportsTo("eng", "pd").path()).containsExactly("dev", "pd");

        Org after = Fixtures.expert().of(matrix(), LocalDate.of(2026, 4, 1));
        assertThat(after.managersOf("dev")).extracting(ManagerLine::id).containsExactly("cto", "pm");
        assertThat(after.reportsTo("dev", "pd").line()).isEqualTo(LineType.DOTTED);
        assertThat(after.whoIsSenior("pd", "dev").reasons()).extracting(r -> r.rule())
                .contains("The higher rank is senior: directors outrank managers")
                .doesNotContain("Whoever is in the other's chain of command is senior");
    }

    @Test
    void throughTheChainOfCommandTheLineIsSolid() {
        ReportsTo r = Fixtures.expert().of(matrix(), DAY).reportsTo("eng", "ceo");
        assertThat(r.line()).isEqualTo(LineType.SOLID);
        assertThat(r.path()).containsExactly("dev", "cto", "ceo");
    }

    @Test
    void aCycleThroughAnActingLineIsAReportingCycleButNotThroughADottedOne() {
        Org acting = Fixtures.expert().of(List.of(p("a", "生产经理", "b"), p("b", "生产总监", null,
                new Line("a", LineType.ACTING, null, null))), DAY);
        assertThat(acting.violations()).extracting(v -> v.rule()).contains("Reporting lines never form a cycle");
        assertThat(acting.whoIsSenior("a", "b").answer()).isEqualTo(Answer.INCOMPARABLE);
        Org dotted = Fixtures.expert().of(List.of(p("a", "生产经理", "b"), p("b", "生产总监", null,
                new Line("a", LineType.DOTTED, null, null))), DAY);
        assertThat(dotted.violations()).extracting(v -> v.rule()).doesNotContain("Reporting lines never form a cycle");
        assertThat(dotted.whoIsSenior("b", "a").answer()).isEqualTo(Answer.FIRST_SENIOR);
    }

    @Test
    void editingTheLineTypesTableChangesTheAnswersWithNoJavaChange(@TempDir Path dir) throws IOException {
        Path rules = RulesCopy.of(dir);
        Path drl = rules.resolve("vocabulary/line-types.yaml");
        String text = Files.readString(drl);
        // the analyst lets dotted lines carry command and takes it from acting lines
        String edited = text.replace("- [ACTING, COMMAND]", "- [DOTTED, COMMAND]");
        assertThat(edited).isNotEqualTo(text);
        Files.writeString(drl, edited);
        Org org = OrgExpert.fromFolder(rules).of(matrix(), DAY);
        assertThat(org.whoIsSenior("pm", "dev").answer()).isEqualTo(Answer.FIRST_SENIOR);
        assertThat(org.whoIsSenior("pd", "dev").reasons()).extracting(r -> r.rule())
                .contains("Whoever is in the other's chain of command is senior");   // now through pm's dotted line

        Org shipped = Fixtures.expert().of(matrix(), DAY);
        assertThat(shipped.whoIsSenior("pm", "dev").answer()).isEqualTo(Answer.PEERS);
    }
}
