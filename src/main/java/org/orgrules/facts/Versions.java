package org.orgrules.facts;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.orgrules.model.Line;
import org.orgrules.model.LineType;
import org.orgrules.model.Person;

/**
 * Effective dates: rows of one id with different {@code from} dates are the versions of a person (a
 * job history, as Workday or SuccessFactors export it), and an org is taken as of one day. Also
 * reads the dates and the further lines ({@code dotted_manager}, {@code acting_manager}) as files write them.
 */
public final class Versions {
    private Versions() {}

    /**
     * Why {@code later} cannot be kept beside the rows of its id read before it ({@code earlier}), or
     * {@code null} when it is a further version: every row of the id is dated and no two start on the same day.
     */
    static String clash(List<Person> earlier, Person later) {
        if (!later.isDated() || later.getFrom() == null && later.getTo() == null) return "";
        for (Person e : earlier) {
            if (e.getFrom() == null && e.getTo() == null) return "";
            if (java.util.Objects.equals(e.getFrom(), later.getFrom())) {
                return "; both rows are in effect from " + (later.getFrom() == null ? "the start" : later.getFrom());
            }
        }
        return null;
    }

    /**
     * Puts rows together as one load does: the first row of an id is kept; a later row of the same id
     * is kept as a further version when {@link #clash} allows, else reported as a duplicate.
     */
    public static List<Person> merge(List<Person> rows, List<LoadProblem> problems) {
        Map<String, List<Person>> byId = new LinkedHashMap<>(rows.size() * 2);
        List<Person> kept = new ArrayList<>(rows.size());
        for (Person p : rows) {
            List<Person> vs = byId.get(p.getId());
            if (vs == null) {
                byId.put(p.getId(), new ArrayList<>(List.of(p)));
                kept.add(p);
                continue;
            }
            String why = clash(vs, p);
            if (why == null) {
                vs.add(p);
                kept.add(p);
            } else {
                problems.add(at(p.getOrigin(), Sink.duplicateMessage(p.getId(), vs.get(0)) + why));
            }
        }
        return kept;
    }

    /** A problem at an origin written {@code file:line} (or a bare file). */
    static LoadProblem at(String origin, String message) {
        int colon = origin.lastIndexOf(':');
        if (colon > 0) {
            try {
                return new LoadProblem(origin.substring(0, colon), Integer.parseInt(origin.substring(colon + 1)), message);
            } catch (NumberFormatException notALine) {
                // the origin has no line: keep it whole
            }
        }
        return new LoadProblem(origin, 0, message);
    }

    /** True when some row or line carries a date. */
    public static boolean dated(List<Person> people) {
        for (Person p : people) if (p.isDated()) return true;
        return false;
    }

    /**
     * The people as of {@code day}: for each id the version that started last on or before the day
     * (unless its {@code to} is before the day: then the person had left), with only the further
     * lines in effect that day. People appear once each, in the order their first row was read.
     */
    public static List<Person> asOf(List<Person> people, LocalDate day) {
        if (!dated(people)) return people;
        Map<String, Person> chosen = new LinkedHashMap<>(people.size() * 2);
        Map<String, Boolean> seen = new LinkedHashMap<>();
        for (Person p : people) {
            seen.putIfAbsent(p.getId(), Boolean.TRUE);
            if (p.getFrom() != null && p.getFrom().isAfter(day)) continue;      // not yet started
            Person cur = chosen.get(p.getId());
            if (cur == null || later(p.getFrom(), cur.getFrom())) chosen.put(p.getId(), p);
        }
        List<Person> out = new ArrayList<>(chosen.size());
        for (String id : seen.keySet()) {
            Person p = chosen.get(id);
            if (p != null && p.inEffect(day)) out.add(p.linesAsOf(day));
        }
        return out;
    }

    /**
     * The people of {@code all} that {@code snapshot} (their org on {@code day}) leaves out, as a
     * notice: gone (their last row ended before the day) or not yet started. Null when none is.
     */
    static LoadNotice notInEffect(List<Person> all, List<Person> snapshot, LocalDate day) {
        java.util.Set<String> in = new java.util.HashSet<>(snapshot.size() * 2);
        for (Person p : snapshot) in.add(p.getId());
        Map<String, Boolean> started = new LinkedHashMap<>();
        for (Person p : all) {
            if (in.contains(p.getId())) continue;
            boolean s = p.getFrom() == null || !p.getFrom().isAfter(day);
            started.merge(p.getId(), s, Boolean::logicalOr);
        }
        if (started.isEmpty()) return null;
        int gone = 0;
        for (boolean s : started.values()) if (s) gone++;
        int coming = started.size() - gone;
        String why = gone > 0 && coming > 0 ? gone + " had left, " + coming + " had not started yet"
                : gone > 0 ? "they had left (their row ends before that day)" : "they had not started yet";
        return new LoadNotice("", started.size() + (started.size() == 1 ? " person is" : " people are")
                + " not in the org as of " + day + ": " + why, List.copyOf(started.keySet()));
    }

    private static boolean later(LocalDate a, LocalDate b) {
        return b == null ? a != null : a != null && a.isAfter(b);
    }

    /** A date as files write it: {@code 2026-03-31} (also {@code 2026/03/31}, {@code 2026.03.31}). */
    public static LocalDate date(String text) {
        String t = text.strip().replace('/', '-').replace('.', '-');
        try {
            return LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text.strip() + "' is not a date: write it YYYY-MM-DD, e.g. 2026-03-31");
        }
    }

    /**
     * Further lines as a cell writes them: manager ids separated by {@code ;} or {@code |}, each
     * optionally dated {@code id@FROM..TO} (either end may be left open: {@code id@2026-01-01..}).
     */
    public static List<Line> lines(String cell, LineType type) {
        List<Line> out = new ArrayList<>();
        if (cell == null) return out;
        for (String item : cell.split("[;|]")) {
            String it = item.strip();
            if (it.isEmpty()) continue;
            out.add(line(it, type, null, null));
        }
        return out;
    }

    /** One line: {@code id} or {@code id@FROM..TO}; {@code from}/{@code to} given apart win over the notation. */
    public static Line line(String item, LineType type, String from, String to) {
        String id = item;
        LocalDate f = null, t = null;
        int at = item.lastIndexOf('@');
        if (at > 0 && item.indexOf("..", at) > 0) {
            id = item.substring(0, at).strip();
            String range = item.substring(at + 1);
            int dots = range.indexOf("..");
            String a = range.substring(0, dots).strip(), b = range.substring(dots + 2).strip();
            if (!a.isEmpty()) f = date(a);
            if (!b.isEmpty()) t = date(b);
        }
        if (from != null && !from.isBlank()) f = date(from);
        if (to != null && !to.isBlank()) t = date(to);
        if (f != null && t != null && t.isBefore(f)) {
            throw new IllegalArgumentException("the line to '" + id + "' ends (" + t + ") before it starts (" + f + ")");
        }
        if (id.isEmpty()) throw new IllegalArgumentException("a " + type + " line names no manager");
        return new Line(id, type, f, t);
    }
}
