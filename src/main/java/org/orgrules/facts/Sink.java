package org.orgrules.facts;

import org.orgrules.model.Progress;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.orgrules.model.Person;

/**
 * Collects what one load call reads, from however many files: the people, the problems, the ids
 * seen so far (a later duplicate is a problem), the row count against {@link LoadLimits#maxRows()},
 * and a table that shares the many equal title, department and company strings.
 *
 * <p>Why it is long: every loader hands its rows here, so the shared checks of a person (ids,
 * duplicates, limits, unknown fields, bad bytes, dates of further lines) and their messages are written
 * once, for every format.
 */
final class Sink {
    final LoadLimits limits;
    private final ArrayList<Person> people = new ArrayList<>();
    private final List<LoadProblem> problems = new ArrayList<>();
    private final List<Object> facts = new ArrayList<>();
    private int fileFactsFrom;
    private Map<String, Person> byId = new HashMap<>();
    /** Every row of the ids read more than once as versions (dated rows, {@link Versions}). */
    private final Map<String, List<Person>> versions = new HashMap<>();
    final SharedStrings shared = new SharedStrings();
    private long rows;
    private boolean full;
    private int fileProblemsFrom;
    private int filePeopleFrom;
    private long fileRowsFrom;
    /** What was set aside on purpose, as [file, why, id], in the order found; and from where the current file's start. */
    private final List<String[]> asides = new ArrayList<>();
    private int fileAsidesFrom;
    /** Other notices (ids made up where the file gave none unique), and from where the current file's start. */
    private final List<LoadNotice> notes = new ArrayList<>();
    private int fileNotesFrom;

    /** How CSV headers map to fields ({@link ColumnMapping#NONE}: by their usual names). */
    final ColumnMapping columns;
    /** Told every {@link Progress#EVERY} people added. */
    private Progress progress = Progress.NONE;
    private final long started = System.nanoTime();

    Sink(LoadLimits limits) {
        this(limits, ColumnMapping.NONE);
    }

    Sink(LoadLimits limits, ColumnMapping columns) {
        this.limits = limits;
        this.columns = columns == null ? ColumnMapping.NONE : columns;
    }

    Sink progress(Progress p) {
        this.progress = p == null ? Progress.NONE : p;
        return this;
    }

    private void added(Person p) {
        people.add(p);
        if (people.size() % Progress.EVERY == 0) Progress.safely(progress, Progress.Stage.ROWS_READ, people.size(), started);
    }

    static String duplicateMessage(String id, Person first) {
        return "duplicate id '" + id + "' (first at " + first.getOrigin() + ")";
    }

    /** "NO_MGR", "no_mgr", blank or null: no manager. */
    static String manager(String value) {
        if (value == null || value.isEmpty() || value.equalsIgnoreCase("NO_MGR")) return null;
        return value;
    }

    static String lower(String s) {
        return s.trim().toLowerCase(Locale.ROOT);
    }

    void beginFile() {
        fileProblemsFrom = problems.size();
        filePeopleFrom = people.size();
        fileRowsFrom = rows;
        fileFactsFrom = facts.size();
        fileAsidesFrom = asides.size();
        fileNotesFrom = notes.size();
    }

    /** About {@code n} more people are coming: make room once rather than growing step by step. */
    void expect(long n) {
        long total = people.size() + Math.min(n, limits.maxRows());
        if (total < 1024 || total > Integer.MAX_VALUE / 2) return;
        people.ensureCapacity((int) total);
        if (total > byId.size() * 2L) {
            Map<String, Person> bigger = new HashMap<>((int) (total * 4 / 3) + 1);
            bigger.putAll(byId);
            byId = bigger;
        }
    }

    /** Forgets everything the current file gave: it could not be read to the end. */
    void dropFile() {
        List<Person> dropped = people.subList(filePeopleFrom, people.size());
        for (Person p : dropped) {
            byId.remove(p.getId(), p);
            List<Person> vs = versions.get(p.getId());
            if (vs != null) vs.remove(p);
        }
        dropped.clear();
        problems.subList(fileProblemsFrom, problems.size()).clear();
        facts.subList(fileFactsFrom, facts.size()).clear();
        asides.subList(fileAsidesFrom, asides.size()).clear();
        notes.subList(fileNotesFrom, notes.size()).clear();
        rows = fileRowsFrom;
        full = rows > limits.maxRows();
    }

    /** Puts the file's problems in line order (a stable sort: equal lines keep the order found). */
    void endFile() {
        problems.subList(fileProblemsFrom, problems.size()).sort(Comparator.comparingInt(LoadProblem::line));
    }

    /** Problems reported since {@link #beginFile()}. */
    int fileProblems() {
        return problems.size() - fileProblemsFrom;
    }

    void problem(String file, int line, String message) {
        problems.add(new LoadProblem(file, line, message));
    }

    /** Reports bytes that are not UTF-8 (they were read as U+FFFD) at the first one's line, if any. */
    void badBytes(String file, FactReader src) {
        badBytes(file, src, new Skipped(), "row", "rows");
    }

    /**
     * Reports bytes that are not UTF-8 at the first one's line, with the rows ({@code one} /
     * {@code many}: "person" / "people", "entry" / "entries") skipped for having one — the same
     * message in every format.
     */
    void badBytes(String file, FactReader src, Skipped skipped, String one, String many) {
        if (src.badCount() == 0 || src.halted()) return;
        problem(file, src.firstBadLine(), badBytesMessage(src, src.firstBadLine(), skipped, one, many));
    }

    /** The message of {@link #badBytes} for the first bad byte on {@code line} (0: a part of the file that was not read). */
    static String badBytesMessage(FactReader src, int line, Skipped skipped, String one, String many) {
        return "not valid UTF-8: the first bad byte (0x" + String.format("%02X", src.firstBadByte())
                + (line > 0 ? ") is on this line" : ", character " + (src.firstBadOffset() + 1) + " of the file) is past what was read")
                + skipped(skipped, one, many, "bad bytes") + " – save the file as UTF-8";
    }

    /** "; 2 people with {@code what} were skipped (line 4, 9)", or "" when none were. */
    static String skipped(Skipped skipped, String one, String many, String what) {
        if (skipped.count() == 0) return "";
        StringBuilder m = new StringBuilder("; ").append(skipped.count()).append(' ')
                .append(skipped.count() == 1 ? one + " with " + what + " was" : many + " with " + what + " were").append(" skipped (line ");
        for (int i = 0; i < skipped.lines.size(); i++) m.append(i == 0 ? "" : ", ").append(skipped.lines.get(i));
        if (skipped.count() > skipped.lines.size()) m.append(", …");
        return m.append(')').toString();
    }

    /** Rows skipped for one reason: how many, and the lines of the first five. */
    static final class Skipped {
        private int count;
        private final List<Integer> lines = new ArrayList<>(5);

        void add(int line) {
            count++;
            if (lines.size() < 5) lines.add(line);
        }

        int count() {
            return count;
        }
    }

    /** True once {@link LoadLimits#maxRows()} was exceeded: read nothing more. */
    boolean full() {
        return full;
    }

    /**
     * Counts one row (a CSV record or a YAML person entry). False when it is over the row limit:
     * the caller stops reading; the problem is reported once.
     */
    boolean countRow(String file, int line) {
        if (++rows <= limits.maxRows()) return true;
        if (!full) {
            full = true;
            problem(file, line, "more than " + limits.maxRows() + " rows (the limit LoadLimits.maxRows): "
                    + "this row and everything after it were not read; raise it with --max-rows (LoadLimits.maxRows) to load more");
        }
        return false;
    }

    /** How many more rows may be read before {@link LoadLimits#maxRows()} is reached. */
    long rowBudget() {
        return limits.maxRows() - rows;
    }

    /** Counts rows that were read elsewhere (see {@link #rowBudget()}); {@code over} when there were more. */
    void rowsRead(long n, boolean over) {
        rows += n;
        if (over) full = true;
    }

    /** A value longer than {@link LoadLimits#maxFieldChars()} (in code points: an emoji is one character), or null when all are fine. */
    String tooLong(String what, String value) {
        return value == null || value.length() <= limits.maxFieldChars() ? null : tooLong(what, value.codePointCount(0, value.length()));
    }

    /** The problem of a value of {@code length} characters, or null when that is within the limit. */
    String tooLong(String what, int length) {
        if (length <= limits.maxFieldChars()) return null;
        return "the " + what + " is " + length + " characters long, over the limit of "
                + limits.maxFieldChars() + " (LoadLimits.maxFieldChars); this row was skipped "
                + "– raise it with --max-field-chars (LoadLimits.maxFieldChars) if the value is right";
    }

    /** Adds a person, or reports a duplicate id (the first one stays). */
    void add(String file, int line, String id, String name, String title, String department,
             String company, String managerId) {
        addShared(file, line, id, name, share(title), share(department), share(company), managerId);
    }

    /** As {@link #add}, with further attributes ({@code product_lines}, {@code pm_kind} …). */
    void add(String file, int line, String id, String name, String title, String department,
             String company, String managerId, Map<String, List<String>> attributes) {
        addPerson(file, line, Person.read(id, name, share(title), share(department), share(company), managerId,
                file, line, attributes, null, null, List.of()));
    }

    /**
     * As {@link #add}, with the row's effective dates and further lines as the file writes them
     * ({@code 2026-01-01}; {@code zhao;qian@2026-01-01..2026-03-31}): a value that does not read is a
     * problem at this line, and the row is skipped. All null: {@link #add}.
     */
    void add(String file, int line, String id, String name, String title, String department,
             String company, String managerId, Map<String, List<String>> attributes,
             String from, String to, String dotted, String acting, List<org.orgrules.model.Line> more) {
        java.time.LocalDate f = null, t = null;
        List<org.orgrules.model.Line> lines = new ArrayList<>(more == null ? List.of() : more);
        try {
            if (from != null && !from.isBlank()) f = Versions.date(from);
            if (to != null && !to.isBlank()) t = Versions.date(to);
            if (f != null && t != null && t.isBefore(f)) {
                throw new IllegalArgumentException("the row ends (to " + t + ") before it starts (from " + f + ")");
            }
            lines.addAll(Versions.lines(dotted, org.orgrules.model.LineType.DOTTED));
            lines.addAll(Versions.lines(acting, org.orgrules.model.LineType.ACTING));
        } catch (IllegalArgumentException e) {
            problem(file, line, e.getMessage() + "; the row was skipped");
            return;
        }
        addPerson(file, line, Person.read(id, name, share(title), share(department), share(company), managerId,
                file, line, attributes, f, t, lines));
    }

    /** Adds a person, or reports a duplicate id (the first one stays); dated rows of one id are versions. */
    void addPerson(String file, int line, Person p) {
        Person first = byId.putIfAbsent(p.getId(), p);
        if (first == null) {
            added(p);
            return;
        }
        List<Person> vs = versions.computeIfAbsent(p.getId(), k -> new ArrayList<>(List.of(first)));
        String why = Versions.clash(vs, p);
        if (why == null) {
            vs.add(p);
            added(p);
        } else {
            if (vs.size() == 1) versions.remove(p.getId());
            problem(file, line, duplicateMessage(p.getId(), first) + why);
        }
    }

    /**
     * Sets a row aside on purpose (not a problem): {@code why} says why, in words shared by every row
     * set aside for the same reason ({@code status is 'Left'}); the load's notices count them.
     */
    void setAside(String file, String why, String id) {
        asides.add(new String[] {file, why, id, "person"});
    }

    /** As {@link #setAside}, for an entry of the file that is not a person (an AD computer): counted as an entry. */
    void setAsideEntry(String file, String why, String name) {
        asides.add(new String[] {file, why, name, "entry"});
    }

    /** Something the load did on purpose that the user should know of (see {@link LoadNotice}). */
    void notice(String file, String message, List<String> ids) {
        notes.add(new LoadNotice(file, message, ids));
    }

    /**
     * The status a row gives ({@code Active}, {@code Left}, {@code inactive} …) as the reason to set it
     * aside, or null when the person is in the org. Statuses that do not say the person is gone are read as in.
     */
    static String inactive(String status) {
        if (status == null) return null;
        String s = status.strip().toLowerCase(Locale.ROOT);
        boolean out = switch (s) {
            case "left", "inactive", "suspended", "terminated", "disabled", "retired", "resigned", "deceased",
                 "former", "false", "no", "离职", "已离职", "停用", "禁用" -> true;
            default -> s.startsWith("inactive") || s.startsWith("terminated");
        };
        return out ? "status is '" + status.strip() + "'" : null;
    }

    /** The reason {@link #inactive} gives, naming the column or key the status was read from when it is not {@code status}. */
    static String goneBy(String statusName, String gone) {
        return statusName == null || statusName.equalsIgnoreCase("status") ? gone
                : gone.replaceFirst("^status", "'" + statusName + "'");
    }

    /** A fact about a company ({@code Charter}, {@code ProductLine}) read alongside the people. */
    void fact(Object fact) {
        facts.add(fact);
    }

    /** As {@link #add}, when title, department and company already come from {@link #shared}. */
    void addShared(String file, int line, String id, String name, String title, String department,
                   String company, String managerId) {
        Person p = Person.read(id, name, title, department, company, managerId, file, line, Map.of(), null, null, List.of());
        Person first = byId.putIfAbsent(id, p);
        if (first == null) {
            added(p);
        } else {
            problem(file, line, duplicateMessage(id, first));
        }
    }

    /** As {@link #addShared}, with dates and further lines as {@link #add(String, int, String, String, String, String, String, String, Map, String, String, String, String, List)} reads them. */
    void addShared(String file, int line, String id, String name, String title, String department,
                   String company, String managerId, String from, String to, String dotted, String acting) {
        if (from == null && to == null && dotted == null && acting == null) {
            addShared(file, line, id, name, title, department, company, managerId);
        } else {
            add(file, line, id, name, title, department, company, managerId, Map.of(), from, to, dotted, acting, null);
        }
    }

    private String share(String s) {
        return shared.get(s);
    }

    LoadResult result() {
        List<Person> all = managersByName();
        return new LoadResult(all, problems, facts, notices());
    }

    private List<LoadNotice> notices() {
        Map<List<String>, List<String>> byWhy = new java.util.LinkedHashMap<>();
        for (String[] a : asides) byWhy.computeIfAbsent(List.of(a[0], a[1], a[3]), k -> new ArrayList<>()).add(a[2]);
        List<LoadNotice> out = new ArrayList<>(byWhy.size() + notes.size());
        for (Map.Entry<List<String>, List<String>> e : byWhy.entrySet()) {
            int n = e.getValue().size();
            boolean person = e.getKey().get(2).equals("person");
            String what = person ? (n == 1 ? " person was" : " people were") : (n == 1 ? " entry was" : " entries were");
            out.add(new LoadNotice(e.getKey().get(0), n + what + " set aside, not in the org: " + e.getKey().get(1), e.getValue()));
        }
        out.addAll(notes);
        return out;
    }

    /**
     * The people, with each manager that is not an id but the name of exactly one person replaced by
     * that person's id (Odoo exports the manager by display name). A name several people have is a
     * problem naming it and them; the person is kept without a manager rather than with a guessed one.
     */
    private List<Person> managersByName() {
        // the managers named that are no one's id: usually none, or a few typing errors; only the people
        // whose name is one of them are indexed (a million people with a handful of unknown managers cost
        // a look-up each, not a million names in a map)
        java.util.Set<String> unknown = new java.util.HashSet<>();
        for (Person p : people) {
            if (p.getManagerId() != null && !byId.containsKey(p.getManagerId())) unknown.add(p.getManagerId());
        }
        if (unknown.isEmpty()) return people;
        // one entry per name and id (dated versions of one person share an id): a set beside each list,
        // so that a name tens of thousands of people share costs a look-up per person, not a scan
        Map<String, List<Person>> byName = new HashMap<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Person p : people) {
            if (!unknown.contains(p.getName()) || p.getName().equals(p.getId())) continue;
            if (seen.add(p.getName() + '\u0000' + p.getId())) byName.computeIfAbsent(p.getName(), k -> new ArrayList<>(1)).add(p);
        }
        List<Person> out = new ArrayList<>(people.size());
        for (Person p : people) {
            String m = p.getManagerId();
            List<Person> named = m == null || !unknown.contains(m) ? null : byName.get(m);   // the small set, not the million ids again
            if (named == null) {
                out.add(p);
            } else if (named.size() == 1) {
                out.add(p.withManager(named.get(0).getId()));
            } else {
                StringBuilder who = new StringBuilder();
                for (Person q : named) who.append(who.length() == 0 ? "" : ", ").append(q.getId()).append(" at ").append(q.getOrigin());
                problems.add(Versions.at(p.getOrigin(), "names manager '" + m + "', a name " + named.size()
                        + " people have (" + who + "): which one is meant cannot be told, so " + p.getId()
                        + " was kept without a manager – give the manager's id (Odoo: export 'Manager / External ID', parent_id/id)"));
                out.add(p.withManager(null));
            }
        }
        return out;
    }
}
