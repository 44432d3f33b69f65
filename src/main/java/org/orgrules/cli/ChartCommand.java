package org.orgrules.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.orgrules.view.Org;
import org.orgrules.chart.ChartWriter;
import org.orgrules.chart.OrgChart;
import org.orgrules.model.Person;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "chart", description = "Draw the org: names and titles; named lines solid, inferred (K2.3) dashed, "
        + "functional direction (K2.4) dotted; people in violation in red. Above " + ChartCommand.WHOLE_UP_TO
        + " people, a readable part by default (\"+N more\" marks each cut branch; stderr says what was cut)")
final class ChartCommand implements Callable<Integer> {
    /** Up to this many people the chart draws everyone; above, a readable part (HTML: folded). */
    static final int WHOLE_UP_TO = OrgChart.WHOLE_UP_TO, WIDTH = OrgChart.WIDTH;
    /** An HTML page draws up to this many people (folded below the readable levels), else it cuts by depth too. */
    static final int HTML_UP_TO = 5000;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "mermaid",
            description = "mermaid (default), dot, svg (needs Graphviz 'dot') or html (one self-contained page); "
                    + "with --json, an object {format, text}")
    String format;
    @Option(names = "--root", paramLabel = "ID", description = "draw only this person and the people below them")
    String root;
    @Option(names = "--depth", paramLabel = "N", description = "levels below the root (or the tops) to draw; "
            + "default all, above " + WHOLE_UP_TO + " people as many as stay readable")
    Integer depth;
    @Option(names = "--width", paramLabel = "N", description = "direct reports to draw of each person, the rest as \"+N more\"; "
            + "default all, above " + WHOLE_UP_TO + " people " + WIDTH + " (html: all)")
    Integer width;
    @Option(names = "--all", description = "draw everyone below the root (or the whole org), however many")
    boolean all;
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
        if (all && (depth != null || width != null)) throw new Main.UsageException("--all draws everyone: give it without --depth or --width");
        if (depth != null && depth < 0 || width != null && width < 0) throw new Main.UsageException("--depth and --width take a number from 0");
        Org org = m.org();
        boolean html = f == ChartWriter.Format.HTML;
        OrgChart.Scope readable = OrgChart.readable(org, root, WHOLE_UP_TO, OrgChart.MAX_BOXES, OrgChart.MAX_ROW, html ? -1 : WIDTH);
        OrgChart.Scope scope;
        if (all) {
            scope = new OrgChart.Scope(root, -1, -1, readable.people(), List.of());
        } else if (html) {
            OrgChart.Scope page = OrgChart.readable(org, root, HTML_UP_TO, HTML_UP_TO, Integer.MAX_VALUE, -1);
            scope = new OrgChart.Scope(page.root(), depth != null ? depth : page.depth(), width != null ? width : -1,
                    page.people(), page.otherTops());
        } else if (!readable.cuts()) {
            scope = new OrgChart.Scope(root, depth == null ? -1 : depth, width == null ? -1 : width, readable.people(), List.of());
        } else {
            scope = new OrgChart.Scope(readable.root(), depth != null ? depth : readable.depth(),
                    width != null ? width : readable.width(), readable.people(), readable.otherTops());
        }
        OrgChart chart = OrgChart.of(org, scope);
        // a large HTML page opens at the readable levels, every deeper branch folded
        int open = html && !all && chart.boxes().size() > WHOLE_UP_TO && readable.depth() >= 0 ? readable.depth() : -1;
        String text;
        try {
            text = ChartWriter.write(chart, f, open);
        } catch (ChartWriter.GraphvizException e) {
            throw new Main.UsageException(e.getMessage());
        }
        if (m.json && out == null) {
            ExportCommand.writeJson(spec, f.name().toLowerCase(java.util.Locale.ROOT), text);
        } else {
            ExportCommand.writeOut(spec, text, out);
        }
        notice(org, scope, chart, open);
        return m.done(Main.OK);
    }

    /** On stderr, when the chart leaves people out or folds them: what, and how to see more. */
    private void notice(Org org, OrgChart.Scope scope, OrgChart chart, int open) {
        int drawn = chart.boxes().size();
        boolean others = !scope.otherTops().isEmpty();
        int total = others ? org.size() : scope.people(), cut = total - drawn;
        if (cut <= 0 && open < 0) return;
        PrintWriter err = spec.commandLine().getErr();
        if (cut <= 0) {
            err.println("orgrules: chart: all " + drawn + " people drawn; branches below " + open + (open == 1 ? " level" : " levels")
                    + " start folded: click a box to open its branch, or give --all to open every branch.");
            err.flush();
            return;
        }
        StringBuilder b = new StringBuilder("orgrules: chart: ");
        b.append(drawn).append(" of ").append(total).append(" people drawn");
        if (scope.root() != null) b.append(", from ").append(name(org, scope.root()));
        if (scope.depth() >= 0) b.append(", ").append(scope.depth()).append(scope.depth() == 1 ? " level" : " levels").append(" down");
        if (scope.width() >= 0) b.append(", at most ").append(scope.width()).append(" direct reports each");
        b.append("; \"+N more\" marks each branch cut");
        if (open >= 0) b.append("; branches below ").append(open).append(open == 1 ? " level" : " levels").append(" start folded (click to open)");
        b.append('.');
        if (others) {
            b.append(" Other tops: ");
            List<String> tops = scope.otherTops();
            for (int i = 0; i < Math.min(3, tops.size()); i++) b.append(i == 0 ? "" : ", ").append(name(org, tops.get(i)));
            if (tops.size() > 3) b.append(" and ").append(tops.size() - 3).append(" more");
            b.append('.');
        }
        b.append(" To see more: --root ID (anyone in the chart), --depth N, --width N, or --all.");
        err.println(b);
        err.flush();
    }

    private static String name(Org org, String id) {
        Person p = org.person(id).orElse(null);
        return p == null || p.getName().equals(id) ? id : id + " (" + p.getName() + ")";
    }
}
