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
