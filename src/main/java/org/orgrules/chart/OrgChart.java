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
import org.orgrules.Org;
import org.orgrules.UnknownPersonException;
import org.orgrules.model.LineType;
import org.orgrules.model.ManagerLine;
import org.orgrules.model.Person;
import org.orgrules.model.Violation;

/**
 * An org chart of an {@link Org}: who is in it (everyone, or one person and the people below them
 * to a depth) and its lines, ready to draw ({@link ChartWriter}): explicit reporting lines
 * ({@link LineKind#SOLID}), lines a rule inferred (K2.3, {@link LineKind#DASHED}) and functional
 * direction (K2.4, {@link LineKind#DOTTED}: derived facts of a type named {@code Directs} with
 * {@code getDirectorId()} and {@code getPersonId()}, or {@code getCompany()} and {@code getPositionKey()} (the
 * holders of a position), or, for a whole department, {@code getCompany()}
 * and {@code getDepartment()} — when the rules derive them). People in violation carry the violations.
 *
 * <pre>{@code
 * Org org = OrgExpert.bundled().loadBundledSample();
 * String mermaid = ChartWriter.write(OrgChart.of(org, null, -1), ChartWriter.Format.MERMAID);
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

    /** One person in the chart; {@code depth} 0 at a top (or the root). */
    public record Box(Person person, int depth, List<Violation> violations) {
        public Box { violations = List.copyOf(violations); }
        public String id() { return person.getId(); }
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
        int max = depth < 0 ? Integer.MAX_VALUE : depth;
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
                for (String r : org.directReports(id)) {
                    if (depthOf.putIfAbsent(r, d + 1) == null) queue.add(r);
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
        for (Map.Entry<String, Integer> e : depthOf.entrySet()) {
            boxes.add(new Box(org.person(e.getKey()).orElseThrow(), e.getValue(), org.violationsOf(e.getKey())));
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

    /** Dotted lines of functional direction, from derived facts of a type named Directs, between people in the chart. */
    static List<Line> directions(Org org, Set<String> shown) {
        Set<Line> out = new LinkedHashSet<>();
        Map<String, List<Person>> byDepartment = null, byPosition = null;
        // who each director directs in person (the holders of directed positions): a department's label
        // goes only to heads `directed-by` names too, never to one who ranks as high as the director
        Set<String> directed = null;
        for (Object o : org.derived(Object.class)) {
            if (!o.getClass().getSimpleName().equals("Directs")) continue;
            String director = text(o, "getDirectorId");
            if (director == null || !shown.contains(director)) continue;
            String person = text(o, "getPersonId");
            String position = text(o, "getPositionKey");
            String function = text(o, "getFunctionKey");
            String label = "directs" + (function == null ? "" : " " + function.toLowerCase(Locale.ROOT)) + " (K2.4)";
            List<String> targets = new ArrayList<>();
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
                if (shown.contains(t) && !t.equals(director)) out.add(new Line(director, t, LineKind.DOTTED, label));
            }
        }
        return new ArrayList<>(out);
    }

    /** "director \0 person" for everyone a director directs as the holder of a directed position. */
    private static Set<String> directedInPerson(Org org) {
        Map<String, List<Person>> byPosition = new HashMap<>();
        for (Person p : org.people()) byPosition.computeIfAbsent(p.getCompany() + "\u0000" + p.getPositionKey(), k -> new ArrayList<>()).add(p);
        Set<String> out = new java.util.HashSet<>();
        for (Object o : org.derived(Object.class)) {
            if (!o.getClass().getSimpleName().equals("Directs")) continue;
            String director = text(o, "getDirectorId"), position = text(o, "getPositionKey"), company = text(o, "getCompany");
            if (director == null || position == null) continue;
            for (Person p : byPosition.getOrDefault((company == null ? "" : company) + "\u0000" + position, List.of())) {
                if (!p.getId().equals(director)) out.add(director + "\u0000" + p.getId());
            }
        }
        return out;
    }

    private static String text(Object o, String getter) {
        try {
            Object v = o.getClass().getMethod(getter).invoke(o);
            return v == null ? null : v.toString();
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
