package org.orgrules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code orgrules titles}: every distinct title of the facts as the ladder read it, for review before {@code check}. */
class TitlesCommandTest {

    private static Path export(Path dir) throws IOException {
        Path f = dir.resolve("export.csv");
        Files.writeString(f, """
                id,name,title,department,company,manager_id
                a,A,总经理,,X,
                b,B,產品總監,,X,a
                c,C,Chief Happiness Wizard,,X,a
                d,D,部长,,X,a
                e,E,生产副总监,,X,a
                f,F,产品经理,,X,b
                g,G,产品经理,,X,b
                """);
        return f;
    }

    @Test
    void jsonListsEachDistinctTitleWithRankFunctionWordsRulesAndConfidence(@TempDir Path dir) throws IOException {
        Cli c = Cli.run("--facts", export(dir).toString(), "--json", "titles");
        assertThat(c.code()).as(c.err()).isZero();
        JsonNode titles = c.json().get("titles");
        assertThat(titles).hasSize(6);
        JsonNode first = titles.get(0);
        assertThat(first.get("title").asText()).as("unknown titles come first").isEqualTo("Chief Happiness Wizard");
        assertThat(first.get("confidence").asText()).isEqualTo("UNKNOWN");
        assertThat(first.get("rank").isNull()).isTrue();
        JsonNode pd = find(titles, "產品總監");
        assertThat(pd.get("rank").asText()).isEqualTo("DIRECTOR");
        assertThat(pd.get("function").asText()).isEqualTo("PRODUCT");
        assertThat(pd.get("words").get("rank").asText()).isEqualTo("总监");
        assertThat(pd.get("words").get("function").asText()).isEqualTo("产品");
        assertThat(pd.get("confidence").asText()).isEqualTo("CERTAIN");
        assertThat(pd.get("reasons").get(0).get("rule").asText()).startsWith("Each role of a title takes the rank word it ends on");
        JsonNode deputy = find(titles, "生产副总监");
        assertThat(deputy.get("words").get("modifiers").get(0).asText()).startsWith("副 (DEPUTY");
        assertThat(deputy.get("level").asInt()).isLessThan(pd.get("level").asInt());
        JsonNode bz = find(titles, "部长");
        assertThat(bz.get("confidence").asText()).isEqualTo("UNCERTAIN");
        assertThat(bz.get("doubts").get(0).asText()).contains("minister");
        assertThat(find(titles, "产品经理").get("people").asInt()).isEqualTo(2);
        assertThat(c.json().get("counts").get("UNKNOWN").asInt()).isEqualTo(1);
        assertThat(c.json().get("counts").get("UNCERTAIN").asInt()).isEqualTo(1);
    }

    @Test
    void textPrintsOneLinePerTitleAndClosesWithTheCounts(@TempDir Path dir) throws IOException {
        Cli c = Cli.run("--facts", export(dir).toString(), "titles");
        assertThat(c.code()).as(c.err()).isZero();
        assertThat(c.out()).contains("UNKNOWN   'Chief Happiness Wizard' → no rank on the ladder")
                .contains("'產品總監' → DIRECTOR 60 by '总监', PRODUCT by '产品'")
                .contains("6 titles: 4 certain, 1 uncertain, 1 unknown");
    }

    private static JsonNode find(JsonNode titles, String title) {
        for (JsonNode t : titles) if (t.get("title").asText().equals(title)) return t;
        throw new AssertionError("no title " + title + " in " + titles);
    }
}
