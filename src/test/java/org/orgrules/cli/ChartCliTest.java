package org.orgrules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** orgrules chart: formats, --root/--depth, --out, and clear errors. */
class ChartCliTest {

    @Test
    void mermaidToStdoutAndHtmlToAFile(@TempDir Path dir) throws Exception {
        Cli m = Cli.run("--facts", "facts", "chart", "--root", "zhang", "--depth", "1");
        assertThat(m.code()).isZero();
        assertThat(m.out()).startsWith("flowchart TD\n").contains("张伟").doesNotContain("林强");   // two levels down

        Path html = dir.resolve("org.html");
        Cli h = Cli.run("--facts", "facts", "chart", "--format", "html", "--out", html.toString());
        assertThat(h.code()).isZero();
        assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>").contains("林强").doesNotContain("<script");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(html))).isEqualTo("rw-r--r--");
    }

    @Test
    void aLargeOrgIsDrawnInPartByDefaultAndStderrSaysWhatWasCutAndHowToSeeMore(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("org.csv");
        org.orgrules.bench.SyntheticOrg.generate(1500, 42).writeCsv(csv);

        Cli part = Cli.run("--facts", csv.toString(), "chart");
        assertThat(part.code()).as(part.err()).isZero();
        long boxes = part.out().lines().filter(l -> l.matches("  n\\d+\\[.*")).count();
        assertThat(boxes).isBetween(7L, 60L);
        assertThat(part.out()).contains(" more\"])");
        assertThat(part.err()).startsWith("orgrules: chart: " + boxes + " of ").contains(" people drawn, from ")
                .contains("\"+N more\" marks each branch cut").contains("Other tops: ").contains("--root ID").contains("--all");

        Cli all = Cli.run("--facts", csv.toString(), "chart", "--all");
        assertThat(all.code()).isZero();
        assertThat(all.err()).isEmpty();
        assertThat(all.out().lines().filter(l -> l.matches("  n\\d+\\[.*")).count()).isGreaterThanOrEqualTo(1500);

        Cli narrow = Cli.run("--facts", csv.toString(), "chart", "--depth", "1", "--width", "2");
        assertThat(narrow.out().lines().filter(l -> l.matches("  n\\d+\\[.*")).count()).isEqualTo(3);
        assertThat(narrow.err()).contains("1 level down, at most 2 direct reports each");

        Path html = dir.resolve("org.html");
        Cli page = Cli.run("--facts", csv.toString(), "chart", "--format", "html", "--out", html.toString());
        assertThat(page.code()).isZero();
        assertThat(page.err()).startsWith("orgrules: chart: all ").contains("people drawn; branches below 2 levels start folded");
        assertThat(Files.readString(html)).contains("<details open>").contains("<details>").doesNotContain("<script");

        Cli both = Cli.run("--facts", csv.toString(), "chart", "--all", "--depth", "2");
        assertThat(both.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(both.err().strip()).isEqualTo("orgrules: --all draws everyone: give it without --depth or --width");
    }

    @Test
    void unknownRootOrFormatIsAUsageError() {
        Cli root = Cli.run("--facts", "facts", "chart", "--root", "nobody");
        assertThat(root.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(root.err().strip()).isEqualTo("orgrules: no person with id 'nobody' in the facts");

        Cli png = Cli.run("--facts", "facts", "chart", "--format", "png");
        assertThat(png.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(png.err().strip()).isEqualTo("orgrules: unknown chart format 'png': expected mermaid, dot, svg or html");
    }

    @Test
    void svgWithoutGraphvizExitsTwoWithWhatToDo() {
        String before = System.getProperty("orgrules.dot");
        System.setProperty("orgrules.dot", "/nonexistent/dot");
        try {
            Cli svg = Cli.run("--facts", "facts", "chart", "--format", "svg");
            assertThat(svg.code()).isEqualTo(Main.BAD_INPUT);
            assertThat(svg.err()).startsWith("orgrules: SVG needs Graphviz").contains("--format html");
            assertThat(svg.out()).isEmpty();
        } finally {
            if (before == null) System.clearProperty("orgrules.dot"); else System.setProperty("orgrules.dot", before);
        }
    }
}
