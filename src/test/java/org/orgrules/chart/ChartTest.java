package org.orgrules.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orgrules.view.Org;
import org.orgrules.OrgExpert;
import org.orgrules.view.UnknownPersonException;
import org.orgrules.chart.ChartWriter.Format;
import org.orgrules.chart.OrgChart.LineKind;
import org.orgrules.model.Person;

/** Charts: named lines solid, inferred dashed, functional direction dotted, violators marked, text escaped. */
class ChartTest {
    static OrgExpert expert;
    static Org sample;

    @BeforeAll
    static void load() {
        expert = OrgExpert.bundled();
        sample = expert.load(Path.of("facts"));
    }

    static boolean graphvizInstalled() {
        try {
            return new ProcessBuilder("dot", "-V").redirectErrorStream(true).start().waitFor() == 0;
        } catch (Exception e) {
            return false;
        }
    }

    @Test
    void aDirectionLabelGoesOnlyToWhomDirectedByNames() {
        Org huaxia = expert.load(Path.of("facts/huaxia.yaml"));
        OrgChart chart = OrgChart.of(huaxia, null, -1);
        List<String> directedFromZhang = chart.lines().stream()
                .filter(l -> l.kind() == LineKind.DOTTED && l.from().equals("zhang")).map(OrgChart.Line::to).toList();
        org.orgrules.knowledge.Knowledge k = org.orgrules.knowledge.Knowledge.of(huaxia);
        for (String p : directedFromZhang) assertThat(k.directedBy(p).directors()).as(p).contains("zhang");
        assertThat(directedFromZhang).contains("xu", "qian").doesNotContain("zheng");   // the CTO ranks as high as zhang
        assertThat(k.directedBy("zheng").directors()).isEmpty();
    }

    @Test
    void namedLinesAreSolidInferredDashedAndViolatorsMarked() {
        OrgChart chart = OrgChart.of(sample, null, -1);

        assertThat(chart.boxes()).hasSize(sample.size());
        assertThat(chart.lines()).contains(new OrgChart.Line("gm", "zhang", LineKind.SOLID, ""));
        assertThat(chart.lines()).anyMatch(l -> l.to().equals("li") && l.from().equals("zhang") && l.kind() == LineKind.DASHED
                && l.label().equals("inferred (K2.3)"));
        String dot = ChartWriter.write(chart, Format.DOT);
        assertThat(dot).contains("\"gm\" -> \"zhang\" [style=solid];")
                .contains("\"zhang\" -> \"li\" [style=dashed");
        String zhang = dot.lines().filter(l -> l.startsWith("  \"zhang\" [")).findFirst().orElseThrow();
        assertThat(zhang).contains("xlabel=\"⚠ K2.2\"").contains("fillcolor=\"#fee2e2\"").contains("tooltip=\"ERROR [K2.2]");
        String mermaid = ChartWriter.write(chart, Format.MERMAID);
        assertThat(mermaid).startsWith("flowchart TD\n").contains("-. \"inferred (K2.3)\" .->")
                .contains("stroke-dasharray:8 4").contains("classDef violation");
    }

    @Test
    void rootAndDepthCutTheChart() {
        OrgChart chart = OrgChart.of(sample, "zhang", 1);

        assertThat(chart.boxes()).extracting(OrgChart.Box::id).containsExactlyElementsOf(
                java.util.stream.Stream.concat(java.util.stream.Stream.of("zhang"), sample.directReports("zhang").stream()).toList());
        assertThat(chart.lines()).allMatch(l -> l.from().equals("zhang"));
        assertThatThrownBy(() -> OrgChart.of(sample, "nobody", -1)).isInstanceOf(UnknownPersonException.class);
    }

    @Test
    void namesAndTitlesAreEscapedForEveryFormat() throws Exception {
        Org org = expert.of(List.of(
                new Person("boss", "<script>alert(1)</script>", "CEO \"the boss\" \\ & co", "", "Acme", null, "t:1"),
                new Person("x\"y", "O'Brien", "Engineer", "", "Acme", "boss", "t:2")));
        OrgChart chart = OrgChart.of(org, null, -1);

        String html = ChartWriter.write(chart, Format.HTML);
        assertThat(html).doesNotContain("<script").contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("O&#39;Brien").contains("CEO &quot;the boss&quot; \\ &amp; co")
                .doesNotContainPattern("(?i)(src|href)=\"?https?:");
        String dot = ChartWriter.write(chart, Format.DOT);
        assertThat(dot).contains("label=\"<script>alert(1)</script>\\nCEO \\\"the boss\\\" \\\\ & co\"")
                .contains("\"boss\" -> \"x\\\"y\"");
        String mermaid = ChartWriter.write(chart, Format.MERMAID);
        assertThat(mermaid).contains("#lt;script#gt;alert(1)#lt;/script#gt;").contains("CEO #quot;the boss#quot; \\ #amp; co")
                .doesNotContain("<script");
        if (graphvizInstalled()) {
            String svg = ChartWriter.write(chart, Format.SVG);
            assertThat(svg).doesNotContain("<script").contains("&lt;script&gt;");
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            assertThat(f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)))
                    .getDocumentElement().getNodeName()).isEqualTo("svg");
        }
    }

    @Test
    void functionalDirectionDerivedByK24IsDottedFromTheProductionDirectors() {
        // the sample's rules derive Directs facts (rules: technical and QA follow the production director)
        OrgChart chart = OrgChart.of(sample, null, -1);

        List<OrgChart.Line> dotted = chart.lines().stream().filter(l -> l.kind() == LineKind.DOTTED).toList();
        assertThat(dotted).isNotEmpty().allMatch(l -> l.label().contains("K2.4"));
        assertThat(dotted).extracting(OrgChart.Line::from).allMatch(id ->
                sample.classification(id).rankName().equals("DIRECTOR")
                        && "PRODUCTION".equals(sample.classification(id).functionKey()));
        assertThat(dotted).extracting(OrgChart.Line::to).allMatch(id -> {
            String fn = sample.classification(id).functionKey();
            return "TECHNICAL".equals(fn) || "QUALITY".equals(fn);
        });
        // functional direction is drawn, never confused with a reporting line
        assertThat(chart.lines()).filteredOn(l -> l.kind() != LineKind.DOTTED)
                .noneMatch(l -> dotted.stream().anyMatch(d -> d.from().equals(l.to()) && d.to().equals(l.from())
                        && l.label() != null && l.label().contains("K2.4")));
        assertThat(ChartWriter.write(chart, Format.DOT)).contains("style=dotted");
    }

    @Test
    void theChartDrawsDirectionToWhomDirectedBySaysAndSaysItOncePerDirectorAndDepartment() {
        OrgChart chart = OrgChart.of(sample, null, -1);
        org.orgrules.knowledge.Knowledge knowledge = org.orgrules.knowledge.Knowledge.of(sample);

        List<OrgChart.Line> dotted = chart.lines().stream().filter(l -> l.kind() == LineKind.DOTTED).toList();
        assertThat(dotted).isNotEmpty().allSatisfy(l ->
                assertThat(knowledge.directedBy(l.to()).directors()).as("directed-by %s", l.to()).contains(l.from()));
        // the CTO heads the technical department but is not below the production director's rank: not directed
        assertThat(knowledge.directedBy("zheng").directors()).isEmpty();
        assertThat(dotted).noneMatch(l -> l.to().equals("zheng"));
        String dot = ChartWriter.write(chart, Format.DOT);
        long pairs = dotted.stream().map(l -> l.from() + " " + l.label()).distinct().count();
        assertThat(dot.split("directed by ", -1).length - 1).isEqualTo(pairs);
    }

    @Test
    void aViolationAboutThousandsIsNotRepeatedInFullInEveryBox() {
        List<Person> people = new java.util.ArrayList<>();
        people.add(new Person("ceo", "Ceo", "CEO", "", "Acme", null, "t:1"));
        for (int i = 0; i < 2000; i++) people.add(new Person("d" + i, null, "Technical Director", "", "Acme", "ceo", "t:" + (i + 2)));
        Org org = expert.of(people);
        assertThat(org.violationsOf("d1")).isNotEmpty();

        String html = ChartWriter.write(OrgChart.of(org, null, -1), Format.HTML);
        String dot = ChartWriter.write(OrgChart.of(org, null, -1), Format.DOT);

        assertThat(html.length() / people.size()).isLessThan(3000);
        assertThat(dot.length() / people.size()).isLessThan(3000);
    }

    @Test
    void svgWithoutGraphvizSaysWhatToInstall() {
        String before = System.getProperty("orgrules.dot");
        System.setProperty("orgrules.dot", "/nonexistent/dot");
        try {
            assertThatThrownBy(() -> ChartWriter.write(OrgChart.of(sample, null, -1), Format.SVG))
                    .isInstanceOf(ChartWriter.GraphvizException.class)
                    .hasMessageContaining("apt-get install graphviz");
        } finally {
            if (before == null) System.clearProperty("orgrules.dot"); else System.setProperty("orgrules.dot", before);
        }
    }

    @Test
    void svgThroughGraphvizHasEveryone() {
        assumeTrue(graphvizInstalled(), "Graphviz 'dot' is not installed");
        String svg = ChartWriter.write(OrgChart.of(sample, null, -1), Format.SVG);
        assertThat(svg).contains("<svg").contains("张伟").contains("stroke-dasharray");
    }
}
