package org.orgrules.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.orgrules.view.Org;
import org.orgrules.OrgExpert;
import org.orgrules.view.UnknownPersonException;
import org.orgrules.model.Person;

/** A query is parsed once, from CLI words or a sentence, and answered once with its text, reasons and JSON. */
class QueryTypeTest {
    private static OrgExpert expert;
    private static Org org;

    @BeforeAll
    static void org() {
        expert = OrgExpert.fromFolder(Path.of("rules"));
        org = expert.of(List.of(
                new Person("gm", "Wang", "总经理", "", "C", "", "t:1"),
                new Person("pd", "Zhang", "生产总监", "", "C", "gm", "t:2"),
                new Person("pm", "Li", "生产经理", "", "C", "pd", "t:3")));
    }

    @Test
    void everyKindParsesToItsOwnRecordWithTheArgumentsGiven() {
        assertThat(QueryParser.parse("senior", List.of("a", "b"), false)).isEqualTo(new Query.Senior("a", "b"));
        assertThat(QueryParser.parse("reports-to", List.of("a"), false)).isEqualTo(new Query.Managers("a"));
        assertThat(QueryParser.parse("reports-to", List.of("a", "b"), false)).isEqualTo(new Query.ReportsTo("a", "b"));
        assertThat(QueryParser.parse("team", List.of("a"), true)).isEqualTo(new Query.Team("a", true));
        assertThat(QueryParser.parse("check", List.of(), false)).isEqualTo(new Query.Check());
        for (QueryParser.Kind k : QueryParser.KINDS) {
            List<String> args = k.params().stream().filter(p -> !p.optional()).map(p -> "x").toList();
            Query q = QueryParser.parse(k.name(), args, false);
            assertThat(q.command()).as(k.name()).isEqualTo(k.name());
            assertThat(q.args()).as(k.name()).isEqualTo(args);
        }
    }

    @Test
    void aLastArgumentOfSeveralWordsIsJoined() {
        assertThat(QueryParser.parse("approver", List.of("li", "production", "plan"), false))
                .isEqualTo(new Query.Approver("li", "production plan"));
        assertThat(QueryParser.parse("owner", List.of("数控", "机床"), false)).isEqualTo(new Query.Owner("数控 机床"));
    }

    @Test
    void aWrongCountOrAnUnknownCommandIsABadQueryThatSaysWhatIsWanted() {
        assertThatThrownBy(() -> QueryParser.parse("senior", List.of("a"), false))
                .isInstanceOf(BadQueryException.class).hasMessage("senior takes 2 arguments, got 1");
        assertThatThrownBy(() -> QueryParser.parse("reports-to", List.of("a", "b", "c"), false))
                .isInstanceOf(BadQueryException.class).hasMessage("reports-to takes 1 or 2 arguments, got 3");
        assertThatThrownBy(() -> QueryParser.parse("weather", List.of(), false))
                .isInstanceOf(BadQueryException.class).hasMessageContaining("'weather' is not a query").hasMessageContaining("senior");
        assertThatThrownBy(() -> QueryParser.parse("chain", List.of("a"), true))
                .isInstanceOf(BadQueryException.class).hasMessage("chain does not take --all");
    }

    @Test
    void aSentenceParsesToTheSameQueryAsTheCommand() {
        assertThat(Questions.query("生产总监和生产经理哪个大?")).isEqualTo(new Query.Senior("生产总监", "生产经理"));
        assertThat(Questions.query("Does pm report to gm?")).isEqualTo(new Query.ReportsTo("pm", "gm"));
        assertThatThrownBy(() -> Questions.query("what is the weather?")).isInstanceOf(BadQueryException.class)
                .hasMessageContaining("I do not understand");
        assertThatThrownBy(() -> Questions.query("和".repeat(Questions.MAX_CHARS + 1))).isInstanceOf(BadQueryException.class)
                .hasMessageContaining("longer than the " + Questions.MAX_CHARS);
    }

    @Test
    void aReplyCarriesItsSentenceReasonsAndTheJsonOfTheCli() {
        Answerer a = new Answerer(expert, org);
        Reply r = a.answer(new Query.Senior("pd", "pm"));
        assertThat(r.text()).isEqualTo("pd is senior to pm.");
        assertThat(r.reasons()).isNotEmpty().allSatisfy(x -> assertThat(x.source()).startsWith("K"));
        assertThat(r.json()).containsEntry("answer", "FIRST_SENIOR").containsEntry("senior", "pd").containsKey("reasons");
        assertThat(r.plain()).startsWith("pd is senior to pm.\n  because ");
        assertThat(r.exitCode()).isZero();
        assertThatThrownBy(() -> r.json().put("answer", "PEERS")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(Replies.json(r)).contains("\"answer\" : \"FIRST_SENIOR\"");
    }

    @Test
    void askPutsTheQuestionAndTheKindFirst() {
        Reply r = new Answerer(expert, org).ask("Who does pm report to?");
        assertThat(r.query()).isEqualTo(new Query.Managers("pm"));
        assertThat(List.copyOf(r.json().keySet())).startsWith("question", "kind");
        assertThat(r.json()).containsEntry("kind", "reports-to").containsEntry("managers", List.of("pd"));
    }

    @Test
    void checkRepliesExitOneWhenAnErrorIsFoundAskedEitherWay() {
        Org bad = expert.of(List.of(
                new Person("a", "A", "生产总监", "", "C", "", "t:1"),
                new Person("b", "B", "生产总监", "", "C", "", "t:2")));
        Answerer a = new Answerer(expert, bad);
        assertThat(a.answer(new Query.Check()).exitCode()).isEqualTo(1);
        assertThat(a.ask("What breaks the rules?").exitCode()).isEqualTo(1);
        assertThat(new Answerer(expert, org).answer(new Query.Check()).exitCode()).isZero();
    }

    @Test
    void anUnknownPersonThrowsAsTheOrgDoes() {
        assertThatThrownBy(() -> new Answerer(expert, org).answer(new Query.ChainOfCommand("nobody")))
                .isInstanceOf(UnknownPersonException.class);
    }

    @Test
    void explainGroupsTheReasonsOfTheSameAnswerByRule() {
        var x = new Answerer(expert, org).explain(new Query.Approver("pm", "生产计划"));
        assertThat(x.answer()).contains("pd approves");
        assertThat(x.steps()).isNotEmpty().allSatisfy(s -> assertThat(s.source()).startsWith("K"));
        Map<String, Object> j = new Answerer(expert, org).answer(new Query.Approver("pm", "生产计划")).json();
        assertThat(j).containsKey("approvers");
    }
}
