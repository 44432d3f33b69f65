package org.orgrules.chart;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.orgrules.view.Org;
import org.orgrules.view.UnknownPersonException;
import org.orgrules.model.LineType;
import org.orgrules.model.ManagerLine;
import org.orgrules.model.Person;
import org.orgrules.model.Violation;

/**
 * An org chart of an {@link Org}: who is in it (everyone, or one person and the people below them
 * to a depth, at most so many reports a person; each box says how many people below it are cut,
 * {@link Box#peopleNotDrawn()}; {@link #readable(Org, String)} chooses a part that reads well for a
 * large org) and its lines, ready to draw ({@link ChartWriter}): explicit reporting lines
 * ({@link LineKind#SOLID}), lines a rule inferred (K2.3, {@link LineKind#DASHED}) and functional
 * direction (K2.4, {@link LineKind#DOTTED}: derived facts of a type named {@code Directs} with
 * {@code getDirectorId()} and {@code getPersonId()}, or {@code getCompany()} and {@code getPositionKey()} (the
 * holders of a position), or, for a whole department, {@code getCompany()}
 * and {@code getDepartment()} — when the rules derive them; one line from a director to each highest
 * person of a department reached). People in violation carry the violations.
 *
 * <pre>{@code
 * Org org = OrgExpert.bundled().loadBundledSample();
 * String mermaid = ChartWriter.write(OrgChart.of(org, null, -1), ChartWriter.Format.MERMAID);
 * String part = ChartWriter.write(OrgChart.of(org, OrgChart.readable(org, null)), ChartWriter.Format.DOT);
 * }</pre>
 */
public record OrgChart(List<Box> boxes, List<Line> lines) {
    /** How a line is drawn. */
    public enum LineKind {
        /** A manager the facts name. */
        SOLID,
        /** A manager a rule inferred (K2.3). */
        DASHED,
        /** Functional direction (K2.4): not a reporting line. */
        DOTTED,
        /** A dotted reporting line (虚线: a matrix or project manager) the facts name. */
        MATRIX,
        /** An acting line (代理: an interim manager) the facts name. */
        ACTING
    }

    /**
     * One person in the chart; {@code depth} 0 at a top (or the root). Where the chart cuts a branch
     * below this person (by depth or by width), {@code reportsNotDrawn} of their direct reports and
     * {@code peopleNotDrawn} people in all below them are not in the chart: drawn as "+N more".
     */
    public record Box(Person person, int depth, List<Violation> violations, int reportsNotDrawn, int peopleNotDrawn) {
        public Box { violations = List.copyOf(violations); }
        /** A box whose branch is drawn whole. */
        public Box(Person person, int depth, List<Violation> violations) { this(person, depth, violations, 0, 0); }
        public String id() { return person.getId(); }
        /** Whether people below this person are left out of the chart. */
        public boolean cut() { return peopleNotDrawn > 0; }
    }

    /** A line from {@code from} (the manager, or director) to {@code to}. */
    public record Line(String from, String to, LineKind kind, String label) {}

    public OrgChart {
        boxes = List.copyOf(boxes);
        lines = List.copyOf(lines);
    }

    /**
     * The chart of {@code org}: below {@code rootId} (or everyone, when null), {@code depth} levels
     * down (negative: all).
     *
     * @throws UnknownPersonException when {@code rootId} names nobody
     */
    public static OrgChart of(Org org, String rootId, int depth) {
        return of(org, rootId, depth, -1);
    }

    /**
     * The chart of {@code org} below {@code rootId} (or everyone, when null), {@code depth} levels down
     * (negative: all), drawing at most {@code width} direct reports of each person (negative: all);
     * each box records how many people below it the cut leaves out ({@link Box#peopleNotDrawn()}).
     *
     * @throws UnknownPersonException when {@code rootId} names nobody
     */
    public static OrgChart of(Org org, String rootId, int depth, int width) {
        int max = depth < 0 ? Integer.MAX_VALUE : depth;
        int wide = width < 0 ? Integer.MAX_VALUE : width;
        Map<String, Integer> depthOf = new LinkedHashMap<>();
        ArrayDeque<String> queue = new ArrayDeque<>();
        if (rootId != null) {
            if (org.person(rootId).isEmpty()) {
                throw new UnknownPersonException(rootId);
            }
            depthOf.put(rootId, 0);
            queue.add(rootId);
        } else {
            // tops first (no manager), then anyone left, e.g. people on a reporting cycle
            for (Person p : org.people()) {
                if (org.managersOf(p.getId()).isEmpty()) {
                    depthOf.put(p.getId(), 0);
                    queue.add(p.getId());
                }
            }
        }
        List<Person> all = org.people();
        int next = 0;
        while (true) {
            while (!queue.isEmpty()) {
                String id = queue.poll();
                int d = depthOf.get(id);
                if (d >= max) continue;
                int drawn = 0;
                for (String r : org.directReports(id)) {
                    if (drawn >= wide) break;
                    if (depthOf.putIfAbsent(r, d + 1) == null) {
                        queue.add(r);
                        drawn++;
                    }
                }
            }
            if (rootId != null) break;
            while (next < all.size() && depthOf.containsKey(all.get(next).getId())) next++;
            if (next == all.size()) break;
            String left = all.get(next).getId();
            depthOf.put(left, 0);
            queue.add(left);
        }
        List<Box> boxes = new ArrayList<>(depthOf.size());
        boolean whole = max == Integer.MAX_VALUE && wide == Integer.MAX_VALUE;
        for (Map.Entry<String, Integer> e : depthOf.entrySet()) {
            int[] cut = whole ? new int[2] : notDrawn(org, e.getKey(), depthOf.keySet());
            boxes.add(new Box(org.person(e.getKey()).orElseThrow(), e.getValue(), org.violationsOf(e.getKey()), cut[0], cut[1]));
        }
        List<Line> lines = new ArrayList<>();
        for (Box b : boxes) {
            List<ManagerLine> managers = org.managersOf(b.id());
            for (ManagerLine m : managers) {
                if (!depthOf.containsKey(m.id())) continue;
                // a further solid line, named or inferred, is not the primary line the tree follows
                boolean notPrimary = m != managers.get(0) && m.type() == LineType.SOLID;
                String rule = m.reasons().isEmpty() ? "" : m.reasons().get(0).source();
                String dates = m.from() == null && m.to() == null ? ""
                        : " " + (m.from() == null ? "" : m.from()) + "–" + (m.to() == null ? "" : m.to());
                LineKind kind = switch (m.type()) {
                    case DOTTED -> LineKind.MATRIX;
                    case ACTING -> LineKind.ACTING;
                    case SOLID -> m.inferred() ? LineKind.DASHED : LineKind.SOLID;
                };
                String label = switch (kind) {
                    case DASHED -> "inferred" + (rule.isEmpty() ? "" : " (" + rule + ")") + (notPrimary ? ", not the primary line" : "");
                    case SOLID -> notPrimary ? ("not the primary line " + dates).strip() : dates.strip();
                    case MATRIX -> "dotted line (虚线)" + dates;
                    case ACTING -> "acting (代理)" + dates;
                    default -> dates.strip();
                };
                lines.add(new Line(m.id(), b.id(), kind, label));
            }
        }
        lines.addAll(directions(org, depthOf.keySet()));
        return new OrgChart(boxes, lines);
    }

    /**
     * How much of an org a chart draws: below {@code root} (null: from every top), {@code depth} levels
     * down and at most {@code width} direct reports a person (negative: no limit), out of {@code people}
     * below the root (or in the org); {@code otherTops}: the tops of the trees left out, most people first.
     */
    public record Scope(String root, int depth, int width, int people, List<String> otherTops) {
        public Scope { otherTops = List.copyOf(otherTops); }
        /** Whether the chart of this scope leaves people out. */
        public boolean cuts() { return depth >= 0 || width >= 0 || !otherTops.isEmpty(); }
    }

    /** The defaults of {@link #readable(Org, String)}: everyone up to 200 people, else about 60 boxes, 24 a level, 12 reports a person. */
    public static final int WHOLE_UP_TO = 200, MAX_BOXES = 60, MAX_ROW = 24, WIDTH = 12;

    /**
     * {@link #readable(Org, String, int, int, int, int)} with the defaults a drawing reads well at
     * ({@link #WHOLE_UP_TO}, {@link #MAX_BOXES}, {@link #MAX_ROW}, {@link #WIDTH}).
     *
     * @throws UnknownPersonException when {@code rootId} names nobody
     */
    public static Scope readable(Org org, String rootId) {
        return readable(org, rootId, WHOLE_UP_TO, MAX_BOXES, MAX_ROW, WIDTH);
    }

    /**
     * What a chart of {@code org} draws when the caller names at most a root (or null): everyone below
     * it (or the whole org) when that is at most {@code wholeUpTo} people; else one tree, below
     * {@code rootId} or else below the top with most people under them, at most {@code width} reports
     * a person (negative: all), as many levels deep as keep it to {@code maxBoxes} boxes and
     * {@code maxRow} boxes a level (at least one level).
     *
     * @throws UnknownPersonException when {@code rootId} names nobody
     */
    public static Scope readable(Org org, String rootId, int wholeUpTo, int maxBoxes, int maxRow, int width) {
        String root = rootId;
        List<String> others = new ArrayList<>();
        int people;
        if (root != null) {
            if (org.person(root).isEmpty()) throw new UnknownPersonException(root);
            people = below(org, root, new java.util.HashSet<>());
        } else {
            people = org.size();
            if (people <= wholeUpTo) return new Scope(null, -1, -1, people, List.of());
            Map<String, Integer> sizes = new LinkedHashMap<>();
            Set<String> seen = new java.util.HashSet<>();
            for (Person p : org.people()) {
                if (org.managersOf(p.getId()).isEmpty()) sizes.put(p.getId(), below(org, p.getId(), seen));
            }
            if (sizes.isEmpty()) return new Scope(null, -1, -1, people, List.of());   // everyone on a reporting cycle
            List<String> tops = new ArrayList<>(sizes.keySet());
            tops.sort((a, b) -> Integer.compare(sizes.get(b), sizes.get(a)));   // stable: the org's order among equals
            root = tops.get(0);
            others.addAll(tops.subList(1, tops.size()));
        }
        if (people <= wholeUpTo) return new Scope(root, -1, -1, people, others);
        int wide = width < 0 ? Integer.MAX_VALUE : width;
        List<Integer> levels = new ArrayList<>();
        Set<String> placed = new java.util.HashSet<>(List.of(root));
        List<String> level = List.of(root);
        while (!level.isEmpty()) {
            levels.add(level.size());
            List<String> next = new ArrayList<>();
            for (String id : level) {
                int drawn = 0;
                for (String r : org.directReports(id)) {
                    if (drawn >= wide) break;
                    if (placed.add(r)) {
                        next.add(r);
                        drawn++;
                    }
                }
            }
            level = next;
        }
        int depth = 1, boxes = levels.get(0) + (levels.size() > 1 ? levels.get(1) : 0);
        while (depth + 1 < levels.size() && boxes + levels.get(depth + 1) <= maxBoxes && levels.get(depth + 1) <= maxRow) {
            depth++;
            boxes += levels.get(depth);
        }
        return new Scope(root, depth + 1 >= levels.size() ? -1 : depth, width, people, others);
    }

    /** How many people {@code id} and those below them are, counting each person once across calls sharing {@code seen}. */
    private static int below(Org org, String id, Set<String> seen) {
        if (!seen.add(id)) return 0;
        ArrayDeque<String> queue = new ArrayDeque<>(List.of(id));
        int n = 1;
        while (!queue.isEmpty()) {
            for (String r : org.directReports(queue.poll())) {
                if (seen.add(r)) {
                    queue.add(r);
                    n++;
                }
            }
        }
        return n;
    }

    /** The chart a {@link Scope} describes. */
    public static OrgChart of(Org org, Scope scope) {
        return of(org, scope.root(), scope.depth(), scope.width());
    }

    /** {direct reports of {@code id} not drawn, people below {@code id} not drawn}: what a cut leaves out. */
    private static int[] notDrawn(Org org, String id, Set<String> drawn) {
        ArrayDeque<String> queue = new ArrayDeque<>();
        for (String r : org.directReports(id)) if (!drawn.contains(r)) queue.add(r);
        int reports = queue.size();
        if (reports == 0) return new int[2];
        Set<String> seen = new java.util.HashSet<>(queue);
        while (!queue.isEmpty()) {
            for (String r : org.directReports(queue.poll())) {
                if (!drawn.contains(r) && seen.add(r)) queue.add(r);
            }
        }
        return new int[] {reports, seen.size()};
    }

    /**
     * Dotted lines of functional direction, from derived facts of a type named Directs, between people
     * in the chart: one line from a director to each highest person of a department they direct (whom
     * the rest of the department reports to), labelled with the department, rather than one per person.
     */
    static List<Line> directions(Org org, Set<String> shown) {
        Map<String, Set<String>> targetsOf = new LinkedHashMap<>();   // director + department → people reached
        Map<String, String[]> groups = new HashMap<>();               // the same key → {director, department}
        Map<String, Set<String>> functions = new HashMap<>();         // the same key → functions directed
        Map<String, Set<String>> heads = new LinkedHashMap<>();        // the same key → a whole department's heads
        Set<String> reachesPeople = new java.util.HashSet<>();         // keys whose rules name the people directed
        Map<String, List<Person>> byDepartment = null, byPosition = null;
        // who each director directs in person (the holders of directed positions): a department's label
        // goes only to heads `directed-by` names too, never to one who ranks as high as the director
        Set<String> directed = null;
        for (DirectionHeld held : DirectionHeld.of(org)) {
            String director = held.director();
            Object o = held.fact();
            if (!shown.contains(director)) continue;
            String person = text(o, "getPersonId");
            String position = text(o, "getPositionKey");
            String function = text(o, "getFunctionKey");
            String dept = text(o, "getDepartment");
            String key = director + "\u0000" + text(o, "getCompany") + "\u0000" + dept;
            List<String> targets = new ArrayList<>();
            if (person != null || position != null) reachesPeople.add(key);
            if (person != null) {
                targets.add(person);
            } else if (position != null) {
                // direction of a position: its holders in the director's company
                if (byPosition == null) {
                    byPosition = new HashMap<>();
                    for (Person p : org.people()) byPosition.computeIfAbsent(p.getCompany() + "\u0000" + p.getPositionKey(), k -> new ArrayList<>()).add(p);
                }
                String company = text(o, "getCompany");
                for (Person p : byPosition.getOrDefault((company == null ? "" : company) + "\u0000" + position, List.of())) targets.add(p.getId());
            } else {
                String company = text(o, "getCompany"), department = text(o, "getDepartment");
                if (department == null) continue;
                if (byDepartment == null) {
                    byDepartment = new HashMap<>();
                    for (Person p : org.people()) byDepartment.computeIfAbsent(p.getCompany() + "\u0000" + p.getDepartment(), k -> new ArrayList<>()).add(p);
                }
                if (directed == null) directed = directedInPerson(org);
                // the department's heads: its people whose manager is not in the department
                for (Person p : byDepartment.getOrDefault((company == null ? "" : company) + "\u0000" + department, List.of())) {
                    List<ManagerLine> ms = org.managersOf(p.getId());
                    boolean headed = !ms.isEmpty() && org.person(ms.get(0).id())
                            .map(m -> m.getDepartment().equals(p.getDepartment()) && m.getCompany().equals(p.getCompany())).orElse(false);
                    if (!headed && directed.contains(director + "\u0000" + p.getId())) targets.add(p.getId());
                }
            }
            for (String t : targets) {
                if (shown.contains(t) && !t.equals(director)) {
                    (person == null && position == null ? heads : targetsOf).computeIfAbsent(key, k -> new LinkedHashSet<>()).add(t);
                    groups.putIfAbsent(key, new String[] {director, dept});
                    if (function != null) functions.computeIfAbsent(key, k -> new java.util.TreeSet<>()).add(function.toLowerCase(Locale.ROOT));
                }
            }
        }
        // a whole department reaches its heads only where the rules name nobody in it: the people named
        // (holders of its positions below the director's rank) are whom `directed-by` lists
        for (Map.Entry<String, Set<String>> h : heads.entrySet()) {
            if (!reachesPeople.contains(h.getKey())) targetsOf.computeIfAbsent(h.getKey(), k -> new LinkedHashSet<>()).addAll(h.getValue());
        }
        Set<Line> out = new LinkedHashSet<>();
        for (Map.Entry<String, Set<String>> g : targetsOf.entrySet()) {
            String[] dl = groups.get(g.getKey());
            String fns = String.join(", ", functions.getOrDefault(g.getKey(), Set.of()));
            String dept = dl[1] == null || dl[1].isEmpty() ? "" : " " + dl[1];
            // the department when there is one (its people may be reached through several functions' pairs)
            String label = !dept.isEmpty() ? "directs" + dept + " (K2.4)" : fns.isEmpty() ? "directs (K2.4)" : "directs " + fns + " (K2.4)";
            int drawn = 0;
            for (String t : g.getValue()) {
                // someone in t's chain of command is reached too: the line to them stands for t
                boolean below = org.chainOfCommand(t).chain().stream().anyMatch(g.getValue()::contains);
                if (!below && out.add(new Line(dl[0], t, LineKind.DOTTED, label))) drawn++;
            }
            // people on a reporting cycle are each below another: one line still says the direction
            if (drawn == 0) out.add(new Line(dl[0], g.getValue().iterator().next(), LineKind.DOTTED, label));
        }
        return new ArrayList<>(out);
    }

    /** "director \0 person" for everyone a director directs as the holder of a directed position. */
    private static Set<String> directedInPerson(Org org) {
        Map<String, List<Person>> byPosition = new HashMap<>();
        for (Person p : org.people()) byPosition.computeIfAbsent(p.getCompany() + "\u0000" + p.getPositionKey(), k -> new ArrayList<>()).add(p);
        Set<String> out = new java.util.HashSet<>();
        for (DirectionHeld held : DirectionHeld.of(org)) {
            String director = held.director(), position = text(held.fact(), "getPositionKey"), company = text(held.fact(), "getCompany");
            if (position == null) continue;
            for (Person p : byPosition.getOrDefault((company == null ? "" : company) + "\u0000" + position, List.of())) {
                if (!p.getId().equals(director)) out.add(director + "\u0000" + p.getId());
            }
        }
        return out;
    }

    static String text(Object o, String getter) {
        try {
            Object v = o.getClass().getMethod(getter).invoke(o);
            return v == null ? null : v.toString();
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
