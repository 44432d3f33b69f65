package org.orgrules.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.orgrules.OrgExpert;
import org.orgrules.query.Questions;

/**
 * The shares of the questions people type (rules/tests/ask) that ask answers right, honestly unknown,
 * wrong, and not understood; and the share of questions written before the grammar was tuned to them
 * (unseen-questions.txt) that it reads at all.
 */
class AskSharesTest {
    private static final Path SUITE = Path.of("rules", "tests", "ask", "as-people-ask.yaml");

    @Test
    void questionsAsPeopleAskThemAreAnsweredRightOrHonestlyUnknownAndNoneWrong() {
        Suite s = SuiteReader.read(SUITE);
        List<Result> results = new SuiteRunner(OrgExpert.fromFolder(Path.of("rules"))).run(s);
        int right = 0, unknown = 0;
        List<String> wrong = new ArrayList<>();
        for (Result r : results) {
            assertThat(r.expectation().question()).as("every expectation of %s is a question", SUITE).isNotNull();
            if (!r.passed()) wrong.add(r.expectation().location() + " " + r.expectation().question() + ": " + r.actual());
            else if (honestlyUnknown(r.expectation())) unknown++;
            else right++;
        }
        // SuiteReader refuses a question no form reads, so every question here was understood
        System.out.printf("ask, %d questions as people type them: %d right, %d honestly unknown, %d wrong, 0 not understood%n",
                results.size(), right, unknown, wrong.size());
        assertThat(results.size()).isGreaterThanOrEqualTo(300);
        assertThat(unknown).isPositive();
        assertThat(wrong).isEmpty();
    }

    /** The expected answer is that the rules or the facts do not say. */
    private static boolean honestlyUnknown(Expectation e) {
        Object answer = e.fields().get("answer");
        Object text = e.fields().get("text");
        return "INCOMPARABLE".equals(String.valueOf(answer)) || Boolean.TRUE.equals(e.fields().get("kind-unknown"))
                || (text != null && text.toString().startsWith("No rule"));
    }

    @Test
    void questionsWrittenBeforeTheGrammarWasTunedAreMostlyUnderstood() throws IOException {
        List<String> qs = new ArrayList<>();
        try (InputStream in = AskSharesTest.class.getResourceAsStream("/org/orgrules/query/unseen-questions.txt")) {
            for (String l : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                if (!l.isBlank() && !l.startsWith("#")) qs.add(l.strip());
            }
        }
        List<String> notUnderstood = qs.stream().filter(q -> Questions.parse(q) == null).toList();
        System.out.printf("ask, %d questions written before tuning: %d not understood %s%n", qs.size(), notUnderstood.size(), notUnderstood);
        assertThat(qs).hasSize(40);
        assertThat(notUnderstood.size() * 100.0 / qs.size()).as("share not understood, %%: %s", notUnderstood).isLessThan(5.0);
    }
}
