package org.orgrules.chart;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.orgrules.chart.OrgChart.Box;
import org.orgrules.chart.OrgChart.Line;
import org.orgrules.chart.OrgChart.LineKind;
import org.orgrules.model.Person;
import org.orgrules.model.Violation;

/**
 * Draws an {@link OrgChart}: Mermaid, Graphviz dot, SVG (through the Graphviz {@code dot} program)
 * or one self-contained HTML page (no script, no network). Every name and title is escaped for the
 * format it goes into: quotes in dot and Mermaid, markup in SVG and HTML.
 *
 * <p>Why it is long: four formats (Mermaid, dot, SVG, HTML) drawn by one walk over the chart with one
 * set of labels; each format is a short run of string building, and the escaping rules, which must
 * agree on what a name may contain, stay side by side where a reviewer can compare them.
 */
public final class ChartWriter {
    private ChartWriter() {}

    /** What {@link #write} draws: Mermaid flowchart text, Graphviz dot text, SVG (via {@code dot}) or an HTML page. */
    public enum Format {
        MERMAID, DOT, SVG, HTML;

        /** The format named {@code name} (any case); {@link IllegalArgumentException} naming the known ones otherwise. */
        public static Format of(String name) {
            String n = name == null ? "" : name.trim().toUpperCase(Locale.ROOT);
            for (Format f : values()) if (f.name().equals(n)) return f;
            throw new IllegalArgumentException("unknown chart format '" + name + "': expected mermaid, dot, svg or html");
        }
    }

    /** Graphviz {@code dot} is not installed, or failed: the message says what to do. */
    public static final class GraphvizException extends RuntimeException {
        /** @param message what went wrong and what to do about it */
        public GraphvizException(String message) { super(message); }
    }

    static final String MORE_COLOUR = "#64748b";

    /** The text of a "+N more" marker: how many people below a box the chart leaves out. */
    static String more(Box box) {
        return "+" + box.peopleNotDrawn() + " more";
    }

    /** What a marker's tooltip says: who is cut, and how to draw them. */
    static String moreText(Box box) {
        int r = box.reportsNotDrawn(), p = box.peopleNotDrawn();
        return r + (r == 1 ? " direct report" : " direct reports") + (p == r ? "" : ", " + p + " people in all,")
                + " not drawn: orgrules chart --root " + box.id();
    }

    static final String SOLID_COLOUR = "#334155", DASHED_COLOUR = "#2563eb", DOTTED_COLOUR = "#059669", VIOLATION = "#dc2626",
            MATRIX_COLOUR = "#7c3aed", ACTING_COLOUR = "#d97706";

    /**
     * The chart as text in {@code format}.
     *
     * @throws GraphvizException for {@link Format#SVG} when {@code dot} is not installed or fails
     */
    public static String write(OrgChart chart, Format format) {
        return write(chart, format, -1);
    }

    /**
     * The chart as text in {@code format}; in {@link Format#HTML} the branches below
     * {@code openLevels} levels start folded (negative: every branch open), the other formats draw
     * every box of the chart.
     *
     * @throws GraphvizException for {@link Format#SVG} when {@code dot} is not installed or fails
     */
    public static String write(OrgChart chart, Format format, int openLevels) {
        return switch (format) {
            case MERMAID -> mermaid(chart);
            case DOT -> dot(chart);
            case SVG -> svg(dot(chart));
            case HTML -> html(chart, openLevels);
        };
    }

    // ---------------------------------------------------------------- mermaid

    static String mermaid(OrgChart chart) {
        StringBuilder b = new StringBuilder("flowchart TD\n");
        Map<String, String> ids = nodeIds(chart);
        for (Box box : chart.boxes()) {
            b.append("  ").append(ids.get(box.id())).append("[\"").append(mermaidText(box.person().getName()));
            if (!box.person().getTitle().isEmpty()) b.append("<br/><i>").append(mermaidText(box.person().getTitle())).append("</i>");
            for (Violation v : box.violations()) b.append("<br/>⚠ ").append(mermaidText(v.source().isEmpty() ? v.rule() : v.source() + " " + shortRule(v)));
            b.append("\"]\n");
        }
        List<String> styles = new ArrayList<>();
        int n = 0;
        for (Box box : chart.boxes()) {
            if (!box.cut()) continue;
            b.append("  ").append(ids.get(box.id())).append("_more([\"").append(mermaidText(more(box))).append("\"])\n");
            b.append("  ").append(ids.get(box.id())).append(" -.- ").append(ids.get(box.id())).append("_more\n");
            styles.add("  linkStyle " + n++ + " stroke:" + MORE_COLOUR + ",stroke-dasharray:4 4\n");
            styles.add("  style " + ids.get(box.id()) + "_more stroke:" + MORE_COLOUR + ",stroke-dasharray:4 4,color:" + MORE_COLOUR + "\n");
        }
        for (Line l : chart.lines()) {
            b.append("  ").append(ids.get(l.from()));
            b.append(switch (l.kind()) {
                case SOLID -> l.label().isEmpty() ? " --> " : " -- \"" + mermaidText(l.label()) + "\" --> ";
                case ACTING -> " == \"" + mermaidText(l.label()) + "\" ==> ";
                case DASHED, DOTTED, MATRIX -> l.label().isEmpty() ? " -.-> " : " -. \"" + mermaidText(l.label()) + "\" .-> ";
            });
            b.append(ids.get(l.to())).append('\n');
            if (l.kind() == LineKind.DASHED) styles.add("  linkStyle " + n + " stroke:" + DASHED_COLOUR + ",stroke-dasharray:8 4\n");
            if (l.kind() == LineKind.DOTTED) styles.add("  linkStyle " + n + " stroke:" + DOTTED_COLOUR + ",stroke-dasharray:2 3\n");
            if (l.kind() == LineKind.MATRIX) styles.add("  linkStyle " + n + " stroke:" + MATRIX_COLOUR + ",stroke-dasharray:2 3\n");
            if (l.kind() == LineKind.ACTING) styles.add("  linkStyle " + n + " stroke:" + ACTING_COLOUR + "\n");
            n++;
        }
        styles.forEach(b::append);
        b.append("  classDef violation fill:#fee2e2,stroke:").append(VIOLATION).append(",stroke-width:2px\n");
        for (Box box : chart.boxes()) {
            if (!box.violations().isEmpty()) b.append("  class ").append(ids.get(box.id())).append(" violation\n");
        }
        return b.toString();
    }

    /** Text inside a Mermaid {@code "…"} label: quotes and markup as entity codes, no line breaks. */
    static String mermaidText(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("#quot;");
                case '<' -> b.append("#lt;");
                case '>' -> b.append("#gt;");
                case '&' -> b.append("#amp;");
                case '#' -> b.append("#35;");
                case '\n', '\r', '\t' -> b.append(' ');
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    // ---------------------------------------------------------------- dot

    static String dot(OrgChart chart) {
        StringBuilder b = new StringBuilder();
        b.append("digraph org {\n  rankdir=TB;\n  node [shape=box, style=\"rounded,filled\", fillcolor=\"#ffffff\", color=\"")
                .append(SOLID_COLOUR).append("\", fontname=\"Noto Sans CJK SC,Noto Sans,sans-serif\", fontsize=11];\n")
                .append("  edge [color=\"").append(SOLID_COLOUR).append("\", arrowsize=0.7, fontname=\"sans-serif\", fontsize=9];\n");
        // functional direction is said in the box it reaches, once per director and department: a
        // label on a line that does not shape the layout would be drawn over boxes and other labels
        Map<String, String> names = new HashMap<>();
        for (Box box : chart.boxes()) names.put(box.id(), box.person().getName());
        Map<String, List<String>> directedBy = new HashMap<>();
        java.util.Set<String> said = new java.util.HashSet<>();
        for (Line l : chart.lines()) {
            if (l.kind() == LineKind.DOTTED && said.add(l.from() + "\u0000" + l.label())) {
                directedBy.computeIfAbsent(l.to(), k -> new ArrayList<>()).add("directed by " + names.get(l.from()) + " (K2.4)");
            }
        }
        // a team with nobody drawn below them: one column in a frame, which one line from the manager
        // reaches, rather than a row as wide as the team; a member whose line is inferred or dated
        // says so in their box (blue and dashed when inferred, as in the HTML page)
        List<List<Line>> teams = leafTeams(chart);
        Map<Line, String> intoTeam = new HashMap<>();
        Map<String, Line> saidInBox = new HashMap<>();
        java.util.Set<Line> inTeam = new java.util.HashSet<>();
        for (int t = 0; t < teams.size(); t++) {
            List<Line> team = teams.get(t);
            Line frame = team.stream().filter(l -> l.kind() == LineKind.SOLID && l.label().isEmpty()).findFirst().orElse(team.get(0));
            intoTeam.put(frame, "cluster_team" + t);
            for (Line l : team) {
                if (l == frame) continue;
                inTeam.add(l);
                if (l.kind() != LineKind.SOLID || !l.label().isEmpty()) saidInBox.put(l.to(), l);
            }
        }
        for (Box box : chart.boxes()) {
            Person p = box.person();
            String label = p.getName() + (p.getTitle().isEmpty() ? "" : "\n" + p.getTitle());
            Line own = saidInBox.get(box.id());
            if (own != null) label += "\n" + (own.kind() == LineKind.DASHED ? own.label() : "reports " + own.label());
            for (String d : directedBy.getOrDefault(box.id(), List.of())) label += "\n" + d;
            // a cut branch: "+N more" as the box's last line (a node of its own would take a level below)
            if (box.cut()) label += "\n" + more(box) + " ▾";
            String more = box.cut() ? "\n" + moreText(box) : "";
            b.append("  ").append(dotId(box.id())).append(" [label=").append(dotString(label));
            if (!box.violations().isEmpty()) {
                b.append(", xlabel=").append(dotString("⚠ " + String.join(", ", sources(box))))
                        .append(", fillcolor=\"#fee2e2\", color=\"").append(VIOLATION).append("\", penwidth=2, fontcolor=\"#7f1d1d\"");
                b.append(", tooltip=").append(dotString(violationText(box) + more));
            } else {
                b.append(", tooltip=").append(dotString(p.describe() + more));
            }
            if (box.cut() && box.violations().isEmpty()) b.append(", style=\"rounded,filled,dashed\", fillcolor=\"#f8fafc\"");
            if (own != null && own.kind() == LineKind.DASHED && box.violations().isEmpty()) {
                b.append(", style=\"rounded,filled,dashed\", color=\"").append(DASHED_COLOUR).append('"');
            }
            b.append("];\n");
        }
        if (!teams.isEmpty()) b.append("  compound=true;\n");
        for (int t = 0; t < teams.size(); t++) {
            List<Line> team = teams.get(t);
            String cluster = "cluster_team" + t;
            b.append("  subgraph ").append(cluster).append(" { style=\"rounded,dashed\"; color=\"#94a3b8\"; label=\"\"; tooltip=")
                    .append(dotString(team.size() + " people report to " + names.get(team.get(0).from()))).append(";\n");
            for (int i = 0; i < team.size(); i++) {
                b.append("    ").append(dotId(team.get(i).to()));
                if (i > 0) b.append(" ; ").append(dotId(team.get(i - 1).to())).append(" -> ").append(dotId(team.get(i).to())).append(" [style=invis]");
                b.append(";\n");
            }
            b.append("  }\n");
        }
        for (Line l : chart.lines()) {
            if (inTeam.contains(l)) continue;   // the frame's one line stands for it
            b.append("  ").append(dotId(l.from())).append(" -> ").append(dotId(l.to()));
            switch (l.kind()) {
                case SOLID -> b.append(l.label().isEmpty() ? " [style=solid]" : " [style=solid, label=" + dotString(l.label()) + "]");
                case MATRIX -> b.append(" [style=dotted, penwidth=1.6, constraint=false, color=\"").append(MATRIX_COLOUR)
                        .append("\", fontcolor=\"").append(MATRIX_COLOUR).append("\", label=").append(dotString(l.label()))
                        .append(", tooltip=").append(dotString(l.label())).append(']');
                case ACTING -> b.append(" [style=bold, constraint=false, color=\"").append(ACTING_COLOUR)
                        .append("\", fontcolor=\"").append(ACTING_COLOUR).append("\", label=").append(dotString(l.label()))
                        .append(", tooltip=").append(dotString(l.label())).append(']');
                case DASHED -> b.append(" [style=dashed, color=\"").append(DASHED_COLOUR).append("\", fontcolor=\"").append(DASHED_COLOUR)
                        .append("\", label=").append(dotString(l.label())).append(", tooltip=").append(dotString(l.label())).append(']');
                case DOTTED -> b.append(" [style=dotted, penwidth=1.6, constraint=false, color=\"").append(DOTTED_COLOUR)
                        .append("\", tooltip=").append(dotString(l.label())).append(']');
            }
            if (intoTeam.containsKey(l)) b.append(" [lhead=").append(intoTeam.get(l)).append(']');
            b.append(";\n");
        }
        return b.append("}\n").toString();
    }

    /**
     * The teams a drawing stacks: for each manager whose reports in the chart (by their first
     * reporting line) all have nobody drawn below them, those lines, when there are at least
     * {@link #DOT_STACK} of them.
     */
    static List<List<Line>> leafTeams(OrgChart chart) {
        Map<String, Line> primary = new HashMap<>();
        Map<String, Integer> depth = new HashMap<>(), index = new HashMap<>();
        for (Box b : chart.boxes()) {
            depth.put(b.id(), b.depth());
            index.put(b.id(), index.size());
        }
        for (Line l : chart.lines()) {
            if ((l.kind() == LineKind.SOLID || l.kind() == LineKind.DASHED) && depth.getOrDefault(l.to(), 0) > 0) primary.putIfAbsent(l.to(), l);
        }
        Map<String, List<Line>> teams = new java.util.LinkedHashMap<>();
        for (Line l : primary.values()) teams.computeIfAbsent(l.from(), k -> new ArrayList<>()).add(l);
        List<List<Line>> out = new ArrayList<>();
        for (Box b : chart.boxes()) {
            List<Line> team = teams.get(b.id());
            if (team == null || team.stream().anyMatch(l -> teams.containsKey(l.to()))) continue;
            if (team.size() < DOT_STACK) continue;
            team.sort(java.util.Comparator.comparingInt(l -> index.get(l.to())));
            out.add(team);
        }
        return out;
    }

    static String dotId(String id) {
        return dotString(id);
    }

    /** A dot double-quoted string: backslashes and quotes escaped, line breaks as {@code \n}. */
    static String dotString(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> { }
                default -> b.append(c);
            }
        }
        return b.append('"').toString();
    }

    // ---------------------------------------------------------------- svg

    /** Runs Graphviz {@code dot -Tsvg}; the program is {@code dot} on the PATH, or {@code -Dorgrules.dot=PATH}. */
    static String svg(String dot) {
        String program = System.getProperty("orgrules.dot", "dot");
        Process proc;
        try {
            proc = new ProcessBuilder(program, "-Tsvg").redirectErrorStream(false).start();
        } catch (IOException e) {
            throw new GraphvizException("SVG needs Graphviz, and its 'dot' program was not found (" + program
                    + "); install it (Debian/Ubuntu: apt-get install graphviz; macOS: brew install graphviz), "
                    + "or use --format html, mermaid or dot");
        }
        try {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            Thread drain = new Thread(() -> copy(proc.getErrorStream(), err));
            drain.start();
            try (OutputStream in = proc.getOutputStream()) {
                in.write(dot.getBytes(StandardCharsets.UTF_8));
            }
            byte[] out = proc.getInputStream().readAllBytes();
            if (!proc.waitFor(120, TimeUnit.SECONDS)) {
                proc.destroyForcibly();
                throw new GraphvizException("Graphviz 'dot' did not finish within 120 s");
            }
            drain.join();
            if (proc.exitValue() != 0) {
                throw new GraphvizException("Graphviz 'dot' failed (exit " + proc.exitValue() + "): "
                        + err.toString(StandardCharsets.UTF_8).strip());
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new GraphvizException("Graphviz 'dot' failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            proc.destroyForcibly();
            throw new GraphvizException("interrupted while Graphviz 'dot' ran");
        }
    }

    private static void copy(InputStream in, ByteArrayOutputStream to) {
        try {
            in.transferTo(to);
        } catch (IOException ignored) {
            // what dot said is only for the message
        }
    }

    // ---------------------------------------------------------------- html

    /**
     * One page, no script and nothing fetched: the tree of primary lines drawn with CSS (a
     * connector is dashed when that line is inferred), every further line listed in the box it
     * ends at, people in violation red with the violations in the box and in its tooltip. Every
     * branch is open.
     */
    static String html(OrgChart chart) {
        return html(chart, -1);
    }

    /** Boxes side by side in one row at most (a wider team wraps into rows); a column's width in CSS px. */
    static final int ROW_COLUMNS = 6, COLUMN_PX = 214, LEAF_ROW = 4;
    /** A drawing (dot, SVG) stacks a team of this many or more with nobody below them into one column. */
    static final int DOT_STACK = 2;

    /**
     * The page of {@link #html(OrgChart)}, with the branches below {@code openLevels} levels folded
     * (negative: all open). A box with people below it is a {@code <details>}: a click folds or
     * unfolds its branch, and the browser's find (Ctrl+F) opens the folded branches it finds in.
     * Direct reports sit side by side while they fit {@link #ROW_COLUMNS} columns; a wider team is
     * drawn in a frame whose rows wrap, so the page stays about that wide whatever the org's size.
     * A list of everyone, at the end, links each name to its box.
     */
    static String html(OrgChart chart, int openLevels) {
        Map<String, List<String>> children = new HashMap<>();
        Map<String, Line> primary = new HashMap<>();
        Map<String, List<Line>> more = new HashMap<>();
        Map<String, Box> boxes = new HashMap<>();
        for (Box b : chart.boxes()) boxes.put(b.id(), b);
        for (Line l : chart.lines()) {
            if ((l.kind() == LineKind.SOLID || l.kind() == LineKind.DASHED) && !primary.containsKey(l.to())) {
                primary.put(l.to(), l);
            } else {
                more.computeIfAbsent(l.to(), k -> new ArrayList<>()).add(l);
            }
        }
        List<String> tops = new ArrayList<>();
        for (Box b : chart.boxes()) {
            Line p = primary.get(b.id());
            if (p == null || b.depth() == 0) tops.add(b.id());
            else children.computeIfAbsent(p.from(), k -> new ArrayList<>()).add(b.id());
        }
        // the tree as drawn (each box once, depth first), then each box's columns and people below, leaves first
        List<String> order = new ArrayList<>();
        java.util.Set<String> placed = new java.util.HashSet<>();
        java.util.ArrayDeque<String> todo = new java.util.ArrayDeque<>();
        for (int i = tops.size() - 1; i >= 0; i--) todo.push(tops.get(i));
        while (!todo.isEmpty()) {
            String id = todo.pop();
            if (!placed.add(id)) continue;
            order.add(id);
            List<String> kids = children.getOrDefault(id, List.of());
            for (int i = kids.size() - 1; i >= 0; i--) todo.push(kids.get(i));
        }
        Map<String, List<String>> drawnKids = new HashMap<>();
        for (String id : order) drawnKids.put(id, children.getOrDefault(id, List.of()).stream().filter(placed::contains).toList());
        Map<String, Integer> columns = new HashMap<>(), below = new HashMap<>();
        java.util.Set<String> teams = new java.util.HashSet<>();
        for (int i = order.size() - 1; i >= 0; i--) {
            String id = order.get(i);
            List<String> kids = drawnKids.get(id);
            int cols = 0, under = 0;
            boolean leaves = true;
            for (String k : kids) {
                cols += columns.get(k);
                under += 1 + below.get(k);
                leaves &= drawnKids.get(k).isEmpty();
            }
            if (kids.isEmpty()) {
                cols = 1;
            } else if (leaves && kids.size() > LEAF_ROW) {
                teams.add(id);   // people with nobody below them: a frame about twice as high as wide (8 people: 2 columns, 72: 6)
                cols = Math.min(ROW_COLUMNS, Math.max(2, (int) Math.ceil(Math.sqrt(kids.size() / 2.0))));
            } else if (cols > ROW_COLUMNS) {
                teams.add(id);
                cols = ROW_COLUMNS;
            }
            columns.put(id, cols);
            below.put(id, under);
        }
        boolean topTeam = tops.stream().mapToInt(t -> columns.getOrDefault(t, 1)).sum() > ROW_COLUMNS;
        boolean cut = chart.boxes().stream().anyMatch(Box::cut);
        StringBuilder h = new StringBuilder(4096 + chart.boxes().size() * 400);
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Org chart</title>\n<style>\n").append(CSS).append("</style></head>\n<body>\n")
                .append("<header><h1>Org chart</h1><p class=\"legend\">")
                .append("<span class=\"key solid\"></span> reports to (named in the facts) ")
                .append("<span class=\"key dashed\"></span> reports to (inferred by a rule, K2.3) ")
                .append("<span class=\"key dotted\"></span> directs (functional direction, K2.4) ")
                .append("<span class=\"key matrix\"></span> dotted line (虚线) ")
                .append("<span class=\"key acting\"></span> acting manager (代理) ")
                .append("<span class=\"key bad\"></span> breaks a rule (hover for why)</p>\n<p class=\"legend\">")
                .append(chart.boxes().size()).append(chart.boxes().size() == 1 ? " person" : " people")
                .append(". Click a box to fold or unfold the people below it (▸ folded, ▾ open); the browser's find (Ctrl+F) ")
                .append("opens the folded branches it finds in, and <a href=\"#everyone\">the list of everyone</a> links each name to its box.")
                .append(cut ? " <span class=\"morekey\">+N more</span> marks a branch this chart leaves out (hover for how to draw it)." : "")
                .append("</p></header>\n<main class=\"tree\">\n<ul")
                .append(topTeam ? " class=\"team\" style=\"max-width:" + ROW_COLUMNS * COLUMN_PX + "px\"" : "").append(">\n");
        // an explicit stack: deep charts must not overflow the Java stack
        record Step(String id, boolean close) {}
        java.util.ArrayDeque<Step> stack = new java.util.ArrayDeque<>();
        for (int i = tops.size() - 1; i >= 0; i--) stack.push(new Step(tops.get(i), false));
        java.util.Set<String> written = new java.util.HashSet<>();
        while (!stack.isEmpty()) {
            Step s = stack.pop();
            if (s.close()) {
                h.append("</ul></details></li>\n");
                continue;
            }
            if (!written.add(s.id())) continue;
            Box box = boxes.get(s.id());
            Line line = primary.get(s.id());
            boolean dashed = line != null && line.kind() == LineKind.DASHED && box.depth() > 0;
            h.append("<li").append(dashed ? " class=\"inferred\"" : "").append('>');
            List<Line> extra = more.getOrDefault(s.id(), List.of());
            if (line != null && box.depth() == 0) {
                // a top that still has a manager (the root of a sub-chart's cycle): say so in the box
                extra = new ArrayList<>(extra);
                extra.add(0, line);
            }
            List<String> kids = drawnKids.getOrDefault(s.id(), List.of());
            if (kids.isEmpty()) {
                box(h, box, dashed ? line : null, extra, boxes, -1);
                h.append("</li>\n");
            } else {
                h.append("<details").append(openLevels < 0 || box.depth() < openLevels ? " open" : "").append("><summary>");
                box(h, box, dashed ? line : null, extra, boxes, below.get(s.id()));
                h.append("</summary>\n<ul");
                if (teams.contains(s.id())) h.append(" class=\"team\" style=\"max-width:").append(columns.get(s.id()) * COLUMN_PX).append("px\"");
                h.append(">\n");
                stack.push(new Step(s.id(), true));
                for (int i = kids.size() - 1; i >= 0; i--) stack.push(new Step(kids.get(i), false));
            }
        }
        h.append("</ul>\n</main>\n<section id=\"everyone\" class=\"everyone\"><details><summary>Everyone in this chart (")
                .append(chart.boxes().size()).append("), by name: a name links to its box</summary>\n<ol>\n");
        List<Box> byName = new ArrayList<>(chart.boxes());
        byName.sort(java.util.Comparator.comparing((Box b) -> b.person().getName()).thenComparing(Box::id));
        for (Box b : byName) {
            Person p = b.person();
            h.append("<li><a href=\"#p-").append(esc(p.getId())).append("\">").append(esc(p.getName())).append("</a> ")
                    .append(esc(p.getTitle())).append(" <code>").append(esc(p.getId())).append("</code>");
            String where = String.join(", ", java.util.stream.Stream.of(p.getDepartment(), p.getCompany()).filter(w -> w != null && !w.isEmpty()).toList());
            if (!where.isEmpty()) h.append(" <span>").append(esc(where)).append("</span>");
            h.append("</li>\n");
        }
        h.append("</ol></details></section>\n</body></html>\n");
        return h.toString();
    }

    /** A person's box; {@code below}: the people drawn below it (folded with it), or negative when none. */
    private static void box(StringBuilder h, Box box, Line inferred, List<Line> more, Map<String, Box> boxes, int below) {
        Person p = box.person();
        boolean bad = !box.violations().isEmpty();
        h.append("<div class=\"box").append(bad ? " bad" : "").append("\" id=\"p-").append(esc(p.getId())).append("\" title=\"")
                .append(esc(bad ? violationText(box) : p.describe())).append("\">");
        h.append("<b>").append(esc(p.getName())).append("</b>");
        if (!p.getTitle().isEmpty()) h.append("<i>").append(esc(p.getTitle())).append("</i>");
        if (inferred != null) h.append("<small class=\"dashed\">").append(esc(inferred.label())).append("</small>");
        for (Line l : more) {
            Box from = boxes.get(l.from());
            String who = from == null ? l.from() : from.person().getName();
            String what = switch (l.kind()) {
                case SOLID -> "also reports to ";
                case DASHED -> "also reports to ";
                case DOTTED -> "directed by ";
                case MATRIX -> "dotted line to ";
                case ACTING -> "acting manager: ";
            };
            h.append("<small class=\"").append(l.kind().name().toLowerCase(Locale.ROOT)).append("\">")
                    .append(esc(what + who + (l.label().isEmpty() ? "" : " – " + l.label()))).append("</small>");
        }
        int shown = 0;
        for (Violation v : box.violations()) {
            if (++shown > 5) {
                h.append("<small class=\"why\">⚠ and ").append(box.violations().size() - 5).append(" more</small>");
                break;
            }
            h.append("<small class=\"why\">⚠ ").append(esc((v.source().isEmpty() ? "" : v.source() + ": ") + shortRule(v))).append("</small>");
        }
        if (box.cut()) h.append("<small class=\"more\" title=\"").append(esc(moreText(box))).append("\">").append(esc(more(box))).append("</small>");
        if (below >= 0) h.append("<span class=\"n\">").append(below).append(" below</span>");
        h.append("</div>");
    }

    /** Text for HTML and attribute values: {@code & < > " '} escaped. */
    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    // ---------------------------------------------------------------- shared

    /** Ids Mermaid accepts, whatever the people's ids are: n0, n1 … */
    private static Map<String, String> nodeIds(OrgChart chart) {
        Map<String, String> ids = new HashMap<>();
        for (Box b : chart.boxes()) ids.put(b.id(), "n" + ids.size());
        return ids;
    }

    private static List<String> sources(Box box) {
        List<String> out = new ArrayList<>();
        for (Violation v : box.violations()) {
            String s = v.source().isEmpty() ? v.rule() : v.source();
            if (!out.contains(s)) out.add(s);
        }
        return out;
    }

    private static String violationText(Box box) {
        StringBuilder b = new StringBuilder();
        for (Violation v : box.violations()) {
            if (b.length() > 0) b.append('\n');
            b.append(v.severity()).append(' ').append(v.source().isEmpty() ? "" : "[" + v.source() + "] ").append(cut(v.message(), MAX_MESSAGE));
            if (b.length() > MAX_TOOLTIP) return b.append("\n…").toString();
        }
        return b.toString();
    }

    /**
     * A violation about many people (one director among thousands) names them all: a tooltip keeps
     * the start of each message, so that a big chart does not repeat every list in every box.
     */
    static final int MAX_MESSAGE = 300, MAX_TOOLTIP = 1200;

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max) + "…";
    }

    private static String shortRule(Violation v) {
        String r = v.rule();
        return r.length() > 70 ? r.substring(0, 70) + "…" : r;
    }

    private static final String CSS = """
            body{font-family:"Noto Sans CJK SC","Noto Sans",system-ui,sans-serif;margin:0;background:#f8fafc;color:#0f172a}
            header{padding:12px 20px;background:#fff;border-bottom:1px solid #e2e8f0}
            h1{font-size:18px;margin:0 0 4px}
            .legend{font-size:12px;margin:0;color:#475569}
            .key{display:inline-block;width:28px;height:0;vertical-align:middle;margin:0 4px 0 12px;border-top:2px solid #334155}
            .key.dashed{border-top:2px dashed #2563eb}.key.dotted{border-top:3px dotted #059669}.key.matrix{border-top:3px dotted #7c3aed}.key.acting{border-top:3px solid #d97706}
            .key.bad{width:14px;height:10px;border:2px solid #dc2626;background:#fee2e2}
            .tree{padding:20px;overflow:auto}
            .tree ul{padding-top:18px;position:relative;display:flex;justify-content:center;margin:0;padding-left:0}
            .tree>ul{padding-top:0;width:max-content;margin:0 auto}
            .tree li{list-style:none;position:relative;padding:18px 6px 0;display:flex;flex-direction:column;align-items:center}
            .tree li::before,.tree li::after{content:"";position:absolute;top:0;right:50%;width:50%;height:18px;border-top:2px solid #334155}
            .tree li::after{right:auto;left:50%;border-left:2px solid #334155}
            .tree li:only-child::before,.tree li:only-child::after{display:none}
            .tree li:only-child{padding-top:0}
            .tree li:first-child::before,.tree li:last-child::after{border:0 none}
            .tree li:last-child::before{border-right:2px solid #334155;border-radius:0 6px 0 0}
            .tree li:first-child::after{border-radius:6px 0 0 0}
            .tree ul ul::before{content:"";position:absolute;top:0;left:50%;height:18px;border-left:2px solid #334155}
            .tree>ul>li{padding-top:0}.tree>ul>li::before,.tree>ul>li::after{display:none}
            .tree li.inferred::after{border-left:2px dashed #2563eb}
            .tree li.inferred:only-child{padding-top:18px}
            .tree li.inferred:only-child::after{display:block;border-top:0;left:50%;width:0}
            .box{background:#fff;border:1.5px solid #334155;border-radius:8px;padding:6px 10px;min-width:90px;max-width:190px;text-align:center;font-size:12px;box-shadow:0 1px 2px #0001}
            .box b{display:block;font-size:13px}.box i{display:block;color:#475569;font-style:normal}
            .box small{display:block;margin-top:3px;font-size:10px;border-top:1px solid #e2e8f0;padding-top:2px}
            .box small.dashed{color:#2563eb}.box small.dotted{color:#059669;border-top:2px dotted #059669}.box small.solid{color:#334155}.box small.matrix{color:#7c3aed;border-top:2px dotted #7c3aed}.box small.acting{color:#d97706;border-top:2px solid #d97706}
            .box.bad{border:2px solid #dc2626;background:#fee2e2}.box small.why{color:#991b1b}
            .box small.more,.morekey{color:#64748b;border-top:1.5px dashed #64748b;font-weight:600}
            .box .n{display:block;margin-top:2px;font-size:10px;color:#64748b}
            .box:target{outline:3px solid #f59e0b;outline-offset:2px}
            .tree details{display:block}
            .tree summary{display:block;list-style:none;cursor:pointer}
            .tree summary::-webkit-details-marker{display:none}
            .tree summary>.box{margin:0 auto;width:fit-content}
            .tree summary:focus-visible>.box{outline:2px solid #2563eb}
            .tree details>summary>.box>.n::before{content:"▸ "}
            .tree details[open]>summary>.box>.n::before{content:"▾ "}
            .tree ul.team{flex-wrap:wrap;align-items:flex-start;row-gap:10px;margin:18px auto 0;padding:8px 4px;border:1.5px solid #cbd5e1;border-radius:10px;background:#f1f5f9}
            .tree ul.team::before{top:-19.5px}
            .tree>ul.team{margin-top:0}.tree>ul.team::before{display:none}
            .tree ul.team>li{padding:0 6px}
            .tree ul.team>li::before,.tree ul.team>li::after{display:none}
            .tree ul.team>li.inferred>.box,.tree ul.team>li.inferred>details>summary>.box{border-style:dashed;border-color:#2563eb}
            .everyone{padding:8px 20px 24px;font-size:12px;color:#334155}
            .everyone summary{cursor:pointer;font-weight:600}
            .everyone ol{columns:18em;margin:8px 0 0;padding-left:2.5em}
            .everyone code,.everyone span{color:#64748b}
            """;
}
