package org.orgrules;

import org.orgrules.view.Org;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.orgrules.model.TitleReading;
import org.orgrules.titles.TitleReview;

/**
 * The labelled corpus of real titles ({@code src/test/resources/titles/corpus.tsv}, sources in the
 * README beside it) read by the shipped ladder. Each title is <b>right</b> (the band it is labelled
 * with; a title labelled AMBIGUOUS is right when read as uncertain or unknown), <b>confidently
 * wrong</b> (another band, read as certain), <b>unsure wrong</b> (another band, read as uncertain) or
 * <b>unknown</b>. The shares are written to {@code target/title-corpus-report.txt}, with every miss.
 */
class TitleCorpusTest {
    /** At least this share of the corpus is read in the labelled band. */
    static final double MIN_RIGHT = 0.95;
    /** At most this share is read confidently in another band (the aim is none). */
    static final double MAX_CONFIDENTLY_WRONG = 0.01;
    /** At least this share of the titles is given the labelled function (or none, where labelled -). Looser than
     * the rank: the ladder names the article's functions and the common departments; an assistant or a
     * secretary with no function word is left without one, where the corpus labels administration. */
    static final double MIN_FUNCTION_RIGHT = 0.85;

    record Row(String title, String lang, String band, String function, String source, int line) {}

    static List<Row> rows;
    static Map<String, List<String>> outcomes = new LinkedHashMap<>();
    static int functionRight;

    @BeforeAll
    static void readTheCorpus() throws IOException {
        Measure m = measure("corpus.tsv");
        rows = m.rows;
        outcomes = m.outcomes;
        functionRight = m.functionRight;
    }

    /** One labelled file read by the shipped ladder: the outcomes, and the report in target/. */
    static final class Measure {
        List<Row> rows = new ArrayList<>();
        Map<String, List<String>> outcomes = new LinkedHashMap<>();
        int functionRight;

        double share(String outcome) { return (double) outcomes.get(outcome).size() / rows.size(); }

        String summary() {
            int n = rows.size();
            StringBuilder b = new StringBuilder(n + " titles:");
            for (Map.Entry<String, List<String>> e : outcomes.entrySet()) {
                b.append(String.format(" %s %d (%.1f %%),", e.getKey(), e.getValue().size(), 100.0 * e.getValue().size() / n));
            }
            return b.append(String.format(" function right %d (%.1f %%)", functionRight, 100.0 * functionRight / n)).toString();
        }
    }

    static Measure measure(String file) throws IOException {
        Measure m = new Measure();
        List<Row> rows = m.rows;
        Map<String, List<String>> outcomes = m.outcomes;
        List<String> lines = Files.readAllLines(Path.of("src/test/resources/titles", file), StandardCharsets.UTF_8);
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) continue;
            String[] f = lines.get(i).split("\t", -1);
            rows.add(new Row(f[0], f[1], f[2], f[3], f.length > 4 ? f[4] : "", i + 1));
        }
        for (String k : List.of("right", "confidently wrong", "unsure wrong", "unknown")) outcomes.put(k, new ArrayList<>());
        Org org = Fixtures.expert().of(List.of());
        List<String> functionMisses = new ArrayList<>();
        for (Row r : rows) {
            TitleReading t = TitleReview.read(org, r.title(), "");
            String got = t.rank() == null ? "none" : t.rank();
            String shown = file + ":" + r.line() + " '" + r.title() + "' labelled " + r.band() + ", read " + t.text();
            String outcome;
            if (r.band().equals("AMBIGUOUS")) outcome = t.confidence() == TitleReading.Confidence.CERTAIN ? "confidently wrong" : "right";
            else if (got.equals(r.band())) outcome = "right";
            else if (t.confidence() == TitleReading.Confidence.UNKNOWN) outcome = "unknown";
            else outcome = t.confidence() == TitleReading.Confidence.CERTAIN ? "confidently wrong" : "unsure wrong";
            outcomes.get(outcome).add(shown);
            String fn = t.function() == null ? "-" : t.function();
            if (fn.equals(r.function())) m.functionRight++;
            else functionMisses.add(file + ":" + r.line() + " '" + r.title() + "' function labelled " + r.function() + ", read " + fn);
        }
        StringBuilder report = new StringBuilder(m.summary()).append('\n');
        for (Map.Entry<String, List<String>> e : outcomes.entrySet()) {
            if (e.getKey().equals("right")) continue;
            report.append("\n## ").append(e.getKey()).append(" (").append(e.getValue().size()).append(")\n");
            for (String s : e.getValue()) report.append(s).append('\n');
        }
        report.append("\n## function misses (").append(functionMisses.size()).append(")\n");
        for (String s : functionMisses) report.append(s).append('\n');
        Files.createDirectories(Path.of("target"));
        String report_ = "target/title-" + file.replace(".tsv", "") + "-report.txt";
        Files.writeString(Path.of(report_), report.toString(), StandardCharsets.UTF_8);
        System.out.println("TitleCorpusTest " + file + ": " + m.summary() + " (every miss in " + report_ + ")");
        return m;
    }

    static String summary() {
        Measure m = new Measure();
        m.rows = rows;
        m.outcomes = outcomes;
        m.functionRight = functionRight;
        return m.summary();
    }

    @Test
    void theCorpusHasAtLeast300TitlesAnd100Chinese() {
        assertThat(rows).hasSizeGreaterThanOrEqualTo(300);
        assertThat(rows.stream().filter(r -> r.lang().startsWith("zh")).count()).isGreaterThanOrEqualTo(100);
        assertThat(rows).allSatisfy(r -> assertThat(r.source()).as("source of " + r.title()).isNotBlank());
    }

    @Test
    void atLeast95PercentOfRealTitlesAreReadInTheirBand() {
        assertThat((double) outcomes.get("right").size() / rows.size()).as(summary()).isGreaterThanOrEqualTo(MIN_RIGHT);
    }

    @Test
    void almostNoTitleIsReadConfidentlyInAnotherBand() {
        assertThat((double) outcomes.get("confidently wrong").size() / rows.size())
                .as(String.join("\n", outcomes.get("confidently wrong"))).isLessThanOrEqualTo(MAX_CONFIDENTLY_WRONG);
    }

    @Test
    void atLeast85PercentOfTitlesGetTheirFunction() {
        assertThat((double) functionRight / rows.size()).as(summary()).isGreaterThanOrEqualTo(MIN_FUNCTION_RIGHT);
    }

    /**
     * holdout.tsv was gathered from other sources after the ladder was tuned on corpus.tsv: read then,
     * 73.8 % right, 9.6 % confidently wrong, 13.4 % unknown. Its misses then taught the ladder the
     * deputy-of-the-head rung, Hong Kong's 主任 and 处长, occupations, bank and state posts, so it is no
     * longer held out; these floors keep what it taught.
     */
    @Test
    void theSecondListIsReadAtLeast90PercentRightAndAtMost3PercentConfidentlyWrong() throws IOException {
        assertFloors(measure("holdout.tsv"), 200, 0.90, 0.03);
    }

    /**
     * holdout2.tsv: gathered from yet other sources once the ladder had learnt from the other two. Read
     * then: 81.6 % right, 6.4 % confidently wrong, 11.5 % unknown — the honest figure for an unseen kind of
     * export. Its misses showed one more shape (Head, Chief or Lead before a staff role may lead a team:
     * uncertain) and a few words; these floors keep that.
     */
    @Test
    void theThirdListIsReadAtLeast85PercentRightAndAtMost3PercentConfidentlyWrong() throws IOException {
        assertFloors(measure("holdout2.tsv"), 150, 0.85, 0.03);
    }

    private static void assertFloors(Measure h, int rows, double right, double confidentlyWrong) {
        assertThat(h.rows).hasSizeGreaterThanOrEqualTo(rows);
        assertThat(h.share("right")).as(h.summary()).isGreaterThanOrEqualTo(right);
        assertThat(h.share("confidently wrong")).as(String.join("\n", h.outcomes.get("confidently wrong")))
                .isLessThanOrEqualTo(confidentlyWrong);
    }
}
