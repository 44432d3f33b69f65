package org.orgrules.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orgrules.view.Org;
import org.orgrules.OrgExpert;
import org.orgrules.bench.SyntheticOrg;
import org.orgrules.chart.ChartWriter.Format;
import org.orgrules.chart.OrgChart.Box;
import org.orgrules.chart.OrgChart.LineKind;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Charts of a 1,500-person org (the benchmark's synthetic org: three companies, depth 7, Chinese and
 * English titles): a readable part by default with "+N more" where a branch is cut, K2.4 labels that
 * never overlap, and an HTML page that stays about a screen wide, folds and finds.
 */
class LargeChartTest {
    static Org org;

    @BeforeAll
    static void load(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("org.csv");
        SyntheticOrg.generate(1500, 42).writeCsv(csv);
        org = OrgExpert.bundled().load(csv);
        assertThat(org.size()).isGreaterThanOrEqualTo(1500);
    }

    /** The people below {@code id}, every level, through the reporting lines. */
    static Set<String> below(String id) {
        Set<String> seen = new HashSet<>();
        ArrayDeque<String> queue = new ArrayDeque<>(List.of(id));
        while (!queue.isEmpty()) for (String r : org.directReports(queue.poll())) if (seen.add(r)) queue.add(r);
        seen.remove(id);
        return seen;
    }

    @Test
    void aLargeOrgIsDrawnAsOneReadableTreeFromTheTopWithMostPeople() {
        OrgChart.Scope scope = OrgChart.readable(org, null);
        OrgChart chart = OrgChart.of(org, scope);

        assertThat(org.managersOf(scope.root())).isEmpty();
        int rootTree = below(scope.root()).size() + 1;
        assertThat(scope.otherTops()).isNotEmpty().allMatch(t -> below(t).size() + 1 <= rootTree);
        assertThat(scope.depth()).isBetween(1, 3);
        assertThat(chart.boxes()).hasSizeLessThanOrEqualTo(60);
        assertThat(chart.boxes().get(0).id()).isEqualTo(scope.root());
        Map<Integer, Long> perLevel = chart.boxes().stream().collect(Collectors.groupingBy(Box::depth, Collectors.counting()));
        assertThat(perLevel.values()).allMatch(n -> n <= OrgChart.MAX_ROW);
        // a small org, or one person's small team, is drawn whole
        String director = org.directReports(scope.root()).get(0);
        OrgChart.Scope small = OrgChart.readable(org, org.directReports(director).get(0));
        assertThat(small.cuts()).isFalse();
    }

    @Test
    void everyCutBranchSaysHowManyItLeavesOut() {
        OrgChart.Scope scope = OrgChart.readable(org, null);
        OrgChart chart = OrgChart.of(org, scope);
        Set<String> drawn = chart.boxes().stream().map(Box::id).collect(Collectors.toSet());

        for (Box b : chart.boxes()) {
            List<String> left = org.directReports(b.id()).stream().filter(r -> !drawn.contains(r)).toList();
            assertThat(b.reportsNotDrawn()).as(b.id()).isEqualTo(left.size());
            Set<String> cut = new HashSet<>(left);
            left.forEach(r -> cut.addAll(below(r)));
            cut.removeAll(drawn);
            assertThat(b.peopleNotDrawn()).as(b.id()).isEqualTo(cut.size());
            assertThat(b.cut()).isEqualTo(!cut.isEmpty());
        }
        // drawn + cut = the root's tree: nothing vanishes without a marker
        assertThat(drawn.size() + chart.boxes().stream().mapToInt(Box::peopleNotDrawn).sum()).isEqualTo(below(scope.root()).size() + 1);
        assertThat(chart.boxes()).filteredOn(b -> b.depth() == scope.depth()).anyMatch(Box::cut);

        String dot = ChartWriter.write(chart, Format.DOT);
        String mermaid = ChartWriter.write(chart, Format.MERMAID);
        String html = ChartWriter.write(chart, Format.HTML);
        for (Box b : chart.boxes()) {
            if (!b.cut()) continue;
            String marker = "+" + b.peopleNotDrawn() + " more";
            assertThat(dot).containsPattern("\\[label=\"[^\"]*\\\\n" + Pattern.quote(marker) + " ▾\"");
            assertThat(mermaid).contains("([\"" + marker + "\"])");
            assertThat(html).contains("\">" + marker + "</small>").contains("orgrules chart --root " + b.id());
        }
    }

    @Test
    void aWidthCutDrawsTheFirstReportsAndMarksTheRest() {
        String ceo = OrgChart.readable(org, null).root();
        List<String> reports = org.directReports(ceo);
        OrgChart chart = OrgChart.of(org, ceo, 1, 2);

        assertThat(chart.boxes()).extracting(Box::id).containsExactly(ceo, reports.get(0), reports.get(1));
        Box top = chart.boxes().get(0);
        assertThat(top.reportsNotDrawn()).isEqualTo(reports.size() - 2);
        assertThat(top.peopleNotDrawn()).isEqualTo(below(ceo).size() - 2 - below(reports.get(0)).size() - below(reports.get(1)).size());
    }

    @Test
    void directionIsOneLabelledLinePerDirectorAndDepartmentNotOnePerPerson() {
        OrgChart chart = OrgChart.of(org, null, -1);
        List<OrgChart.Line> dotted = chart.lines().stream().filter(l -> l.kind() == LineKind.DOTTED).toList();

        assertThat(dotted).isNotEmpty();
        // no line reaches someone whose manager (or anyone up their chain) the same director's line already reaches
        for (OrgChart.Line l : dotted) {
            assertThat(org.chainOfCommand(l.to()).chain()).noneMatch(up -> dotted.stream()
                    .anyMatch(d -> d.from().equals(l.from()) && d.label().equals(l.label()) && d.to().equals(up)));
        }
        // the technical departments' engineers are many; their direction is a few lines, one per department head
        long engineers = org.people().stream().filter(p -> "TECHNICAL".equals(org.classification(p.getId()).functionKey())).count();
        assertThat(dotted.size()).isLessThan((int) engineers / 10);
        assertThat(dotted).allMatch(l -> l.label().startsWith("directs ") && l.label().contains("K2.4"));
    }

    @Test
    void svgLabelsNeverOverlapAndTheReadableChartIsAboutAScreenWide() throws Exception {
        assumeTrue(ChartTest.graphvizInstalled(), "Graphviz 'dot' is not installed");
        OrgChart readable = OrgChart.of(org, OrgChart.readable(org, null));
        Svg small = Svg.of(ChartWriter.write(readable, Format.SVG));
        assertThat(small.widthPx).as("width of the readable chart, px").isLessThanOrEqualTo(2600);
        small.assertNoLabelOverlaps();
        assertThat(small.texts).anyMatch(t -> t.text.contains("K2.4"));

        Svg whole = Svg.of(ChartWriter.write(OrgChart.of(org, null, -1), Format.SVG));
        whole.assertNoLabelOverlaps();
        long k24 = whole.texts.stream().filter(t -> t.text.contains("K2.4")).count();
        // said once per director and department, in the box of the department's head
        long pairs = OrgChart.of(org, null, -1).lines().stream().filter(l -> l.kind() == LineKind.DOTTED)
                .map(l -> l.from() + " " + l.label()).distinct().count();
        assertThat(whole.texts).filteredOn(t -> t.text.contains("K2.4")).noneMatch(Svg.Text::edge);
        assertThat(k24).isEqualTo(pairs);
    }

    @Test
    void theHtmlPageOfEveryoneFoldsFindsAndStaysAboutAScreenWide() {
        OrgChart chart = OrgChart.of(org, null, -1);
        String html = ChartWriter.write(chart, Format.HTML, 2);

        assertThat(html).doesNotContain("<script").doesNotContainPattern("(?i)(src|href)=\"?https?:");
        // each person once, a link to each box from the list of everyone
        for (Box b : chart.boxes()) assertThat(html).contains("id=\"p-" + b.id() + "\"").contains("href=\"#p-" + b.id() + "\"");
        // a box with people drawn below it (through the first line to each) folds; those above level 2 start open
        Map<String, Integer> depth = chart.boxes().stream().collect(Collectors.toMap(Box::id, Box::depth));
        Set<String> managers = new HashSet<>(), seen = new HashSet<>();
        for (OrgChart.Line l : chart.lines()) {
            if ((l.kind() == LineKind.SOLID || l.kind() == LineKind.DASHED) && seen.add(l.to()) && depth.get(l.to()) > 0) managers.add(l.from());
        }
        assertThat(count(html, "<details")).isEqualTo(managers.size() + 1);   // + the list of everyone
        assertThat(count(html, "<details open>")).isEqualTo(managers.stream().filter(id -> depth.get(id) < 2).count());
        assertThat(Html.widthPx(html)).as("laid-out width, px").isLessThanOrEqualTo(1800);
    }

    static long count(String s, String part) {
        return Pattern.compile(Pattern.quote(part)).matcher(s).results().count();
    }

    /** The width a browser gives the page's tree, from its markup: a row is its boxes side by side, a team wraps at its max-width. */
    static final class Html {
        static int widthPx(String html) {
            String tree = html.substring(html.indexOf("<main"), html.indexOf("</main>"));
            Matcher m = Pattern.compile("<(/?)(ul|li)([^>]*)>").matcher(tree);
            record Frame(boolean ul, int max, List<Integer> kids) {}
            ArrayDeque<Frame> stack = new ArrayDeque<>();
            stack.push(new Frame(true, Integer.MAX_VALUE, new ArrayList<>()));
            while (m.find()) {
                boolean close = !m.group(1).isEmpty(), ul = m.group(2).equals("ul");
                if (!close) {
                    Matcher max = Pattern.compile("max-width:(\\d+)px").matcher(m.group(3));
                    stack.push(new Frame(ul, max.find() ? Integer.parseInt(max.group(1)) : Integer.MAX_VALUE, new ArrayList<>()));
                    continue;
                }
                Frame f = stack.pop();
                int w;
                if (f.ul()) {
                    // flex row; with wrap its width is capped, each item at most that wide
                    w = Math.min(f.max(), f.kids().stream().mapToInt(Integer::intValue).sum()) + (f.max() == Integer.MAX_VALUE ? 0 : 11);
                } else {
                    w = Math.max(ChartWriter.COLUMN_PX, f.kids().stream().mapToInt(Integer::intValue).max().orElse(0));
                }
                stack.peek().kids().add(w);
            }
            return stack.peek().kids().stream().mapToInt(Integer::intValue).sum() + 40;   // main's padding
        }
    }

    /** A Graphviz SVG's size and its texts with their boxes (font-size high, CJK a square, others ~0.6 em). */
    static final class Svg {
        record Text(String text, boolean edge, double x0, double y0, double x1, double y1) {
            boolean overlaps(Text o) { return x0 < o.x1 && o.x0 < x1 && y0 < o.y1 && o.y0 < y1; }
        }

        final double widthPx;
        final List<Text> texts = new ArrayList<>();

        private Svg(double widthPx) { this.widthPx = widthPx; }

        static Svg of(String svg) throws Exception {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            Element root = f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
            Svg s = new Svg(Double.parseDouble(root.getAttribute("width").replace("pt", "")) * 4 / 3);
            NodeList all = root.getElementsByTagName("text");
            for (int i = 0; i < all.getLength(); i++) {
                Element t = (Element) all.item(i);
                boolean edge = false;
                for (org.w3c.dom.Node p = t.getParentNode(); p instanceof Element e; p = p.getParentNode()) {
                    if (e.getAttribute("class").equals("edge")) edge = true;
                }
                String text = t.getTextContent();
                double size = Double.parseDouble(t.getAttribute("font-size")), x = Double.parseDouble(t.getAttribute("x")),
                        y = Double.parseDouble(t.getAttribute("y"));
                double w = text.codePoints().mapToDouble(c -> c >= 0x2E80 ? size : size * 0.6).sum();
                double x0 = switch (t.getAttribute("text-anchor")) {
                    case "middle" -> x - w / 2;
                    case "end" -> x - w;
                    default -> x;
                };
                s.texts.add(new Text(text, edge, x0, y - size * 0.8, x0 + w, y + size * 0.2));
            }
            return s;
        }

        /** No line's label overlaps another label or a box's text. */
        void assertNoLabelOverlaps() {
            List<Text> labels = texts.stream().filter(Text::edge).toList();
            for (Text l : labels) {
                for (Text o : texts) {
                    if (o != l) assertThat(l.overlaps(o)).as("label '%s' overlaps '%s'", l.text(), o.text()).isFalse();
                }
            }
        }
    }
}
