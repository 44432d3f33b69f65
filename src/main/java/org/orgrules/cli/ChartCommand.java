package org.orgrules.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.orgrules.Org;
import org.orgrules.chart.ChartWriter;
import org.orgrules.chart.OrgChart;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "chart", description = "Draw the org: names and titles; named lines solid, inferred (K2.3) dashed, "
        + "functional direction (K2.4) dotted; people in violation in red")
final class ChartCommand implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "mermaid",
            description = "mermaid (default), dot, svg (needs Graphviz 'dot') or html (one self-contained page); "
                    + "with --json, an object {format, text}")
    String format;
    @Option(names = "--root", paramLabel = "ID", description = "draw only this person and the people below them")
    String root;
    @Option(names = "--depth", paramLabel = "N", defaultValue = "-1", description = "levels below the root (or the tops) to draw; default all")
    int depth;
    @Option(names = "--out", paramLabel = "FILE", description = "write to FILE (atomically) instead of stdout")
    Path out;

    @Override public Integer call() {
        Main m = Main.root(spec);
        ChartWriter.Format f;
        try {
            f = ChartWriter.Format.of(format);
        } catch (IllegalArgumentException e) {
            throw new Main.UsageException(e.getMessage());
        }
        Org org = m.org();
        String text;
        try {
            text = ChartWriter.write(OrgChart.of(org, root, depth), f);
        } catch (ChartWriter.GraphvizException e) {
            throw new Main.UsageException(e.getMessage());
        }
        if (m.json && out == null) {
            ExportCommand.writeJson(spec, f.name().toLowerCase(java.util.Locale.ROOT), text);
        } else {
            ExportCommand.writeOut(spec, text, out);
        }
        return m.done(Main.OK);
    }
}
