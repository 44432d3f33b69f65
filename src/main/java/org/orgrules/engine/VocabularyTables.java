package org.orgrules.engine;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.kie.api.runtime.KieSession;
import org.orgrules.model.ClassOfRank;
import org.orgrules.model.DeputyRung;
import org.orgrules.model.Duty;
import org.orgrules.model.FollowsArrangements;
import org.orgrules.model.FunctionWord;
import org.orgrules.model.Kpi;
import org.orgrules.model.LineStrength;
import org.orgrules.model.LineType;
import org.orgrules.model.LineUse;
import org.orgrules.model.ManagementLevel;
import org.orgrules.model.Matter;
import org.orgrules.model.ModifierWord;
import org.orgrules.model.PmKind;
import org.orgrules.model.RankWord;
import org.orgrules.model.RuleRef;
import org.orgrules.model.UnitWord;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The vocabulary tables of a rules folder ({@code vocabulary/*.yaml}): the title ladder, duties, KPIs,
 * matters, the management class of each rank, what each kind of line counts for, functional direction.
 * Data, not code: each table is a list of groups, a group a sentence ({@code group}, what answers cite as
 * the rule) and a statement ({@code source}) and rows of one or more kinds; each row becomes one fact of
 * the model ({@link RankWord}, {@link Duty} …) that every session of the rules starts with, carrying the
 * group as its {@link RuleRef}. Parsed once per rules content; immutable.
 *
 * <p>A table that cannot be read — YAML that does not parse, a key no table knows, a missing field, a
 * level that is not a number, a rank or function no ladder row names — is a {@link RulesException}
 * naming {@code FILE:LINE:COLUMN}, never a row silently dropped.
 *
 * <p>Why it is long: one reader per kind of row (ranks, modifiers, functions, units, deputy rungs,
 * duties, kinds, KPIs, matters, classes, line uses and strengths, follows), each a few lines, all
 * sharing the FILE:LINE:COL positions and the checks of ranks and functions against the ladder; a class
 * per kind would repeat that shared part eleven times.
 */
public final class VocabularyTables {
    /** The folder of the tables, under the rules folder. */
    public static final String FOLDER = "vocabulary";

    /** A group of a table as the analyst wrote it: its sentence, its statement, where, and its text (for lint). */
    public record Group(String name, String source, String file, int line, String text) {
        RuleInfo info() { return new RuleInfo(name, source, file, line); }
    }

    /** Where a row of a table is: its file and line. */
    public record Where(String file, int line) {}

    private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Set<String> MODIFIER_KINDS =
            Set.of("DEPUTY", "ASSISTANT", "SENIOR", "JUNIOR", "LEADING", "ACTING", "REGIONAL", "COMPANY_WIDE");
    private static final Set<String> GROUP_KEYS = new LinkedHashSet<>(List.of("group", "source", "ranks", "modifiers",
            "functions", "units", "deputy-rungs", "duties", "kinds", "kpis", "matters", "classes", "line-uses",
            "line-strengths", "follows"));

    private static final VocabularyTables NONE = new VocabularyTables(List.of(), List.of(), new IdentityHashMap<>(), digest(List.of()));

    private final List<Object> facts;
    private final List<Group> groups;
    private final Map<Object, Where> where;
    private final String digest;

    private VocabularyTables(List<Object> facts, List<Group> groups, Map<Object, Where> where, String digest) {
        this.facts = List.copyOf(facts);
        this.groups = List.copyOf(groups);
        this.where = where;
        this.digest = digest;
    }

    /** No tables. */
    public static VocabularyTables none() { return NONE; }

    /** Every fact of the tables, in the order they are written. */
    public List<Object> facts() { return facts; }

    /** Every group, in file order. */
    public List<Group> groups() { return groups; }

    /** Where {@code fact} (one of {@link #facts()}) is written, or null. */
    public Where where(Object fact) { return where.get(fact); }

    /** A SHA-256 over the tables' paths and texts: what a build of the rules depends on besides the DRL. */
    public String digest() { return digest; }

    /** Puts every fact of the tables into {@code session}. */
    public void insertInto(KieSession session) {
        for (Object f : facts) session.insert(f);
    }

    /** The digest of these table files, without parsing them. */
    public static String digest(List<RuleFile> files) {
        MessageDigest d = CacheKey.sha256();
        for (RuleFile f : files) {
            for (String s : new String[] {f.relativePath(), f.shownAs(), f.content()}) {
                byte[] b = s.getBytes(StandardCharsets.UTF_8);
                d.update(java.nio.ByteBuffer.allocate(4).putInt(b.length).array());
                d.update(b);
            }
        }
        return HexFormat.of().formatHex(d.digest());
    }

    /**
     * Parses the table files (as {@link RuleSource#readTables()} reads them).
     *
     * @throws RulesException naming FILE:LINE:COLUMN of every problem in every table
     */
    public static VocabularyTables parse(List<RuleFile> files) {
        if (files.isEmpty()) return NONE;
        Parser p = new Parser();
        for (RuleFile f : files) p.file(f);
        p.checkReferences();
        if (!p.problems.isEmpty()) throw new RulesException(p.problems);
        return new VocabularyTables(p.facts, p.groups, p.where, digest(files));
    }

    /** Reads one table file's groups; the cross-table checks (ranks, functions, kinds) wait for every file. */
    private static final class Parser {
        final List<RuleProblem> problems = new ArrayList<>();
        final List<Object> facts = new ArrayList<>();
        final List<Group> groups = new ArrayList<>();
        final Map<Object, Where> where = new IdentityHashMap<>();
        final Set<String> ranks = new LinkedHashSet<>();
        final Set<String> functions = new LinkedHashSet<>();
        final Set<String> kinds = new LinkedHashSet<>();
        /** References to check once every table is read: what they name, and where. */
        final List<Runnable> later = new ArrayList<>();
        final Map<String, Where> groupNames = new LinkedHashMap<>();
        int dutyOrder;
        RuleFile file;
        String[] lines;

        void file(RuleFile f) {
            this.file = f;
            this.lines = f.content().split("\\R", -1);
            Node root;
            try {
                root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(f.content()));
            } catch (MarkedYAMLException e) {
                var m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
                problems.add(new RuleProblem(f.shownAs(), m == null ? 0 : m.getLine() + 1, m == null ? 0 : m.getColumn() + 1,
                        "not YAML: " + (e.getProblem() == null ? e.getMessage() : e.getProblem()), true));
                return;
            } catch (YAMLException e) {
                problems.add(new RuleProblem(f.shownAs(), 0, 0, "not YAML: " + e.getMessage(), true));
                return;
            }
            if (root == null) return; // an empty table
            if (!(root instanceof SequenceNode seq)) {
                problem(root, "a table is a list of groups, each '- group: \"a sentence\"' with its 'source: K…' and rows");
                return;
            }
            List<Node> items = seq.getValue();
            for (int i = 0; i < items.size(); i++) {
                int end = i + 1 < items.size() ? items.get(i + 1).getStartMark().getLine() : lines.length;
                group(items.get(i), end);
            }
        }

        void group(Node n, int endLine) {
            if (!(n instanceof MappingNode m)) {
                problem(n, "a group is a mapping: group: \"a sentence\", source: K…, and its rows (ranks:, duties: …)");
                return;
            }
            Map<String, Node> fields = fields(m, GROUP_KEYS, "a group");
            if (fields == null) return;
            String name = required(m, fields, "group", "a group");
            String source = required(m, fields, "source", "a group");
            if (name == null || source == null) return;
            if (name.isBlank()) {
                problem(fields.get("group"), "a group's name is a sentence: what answers cite as the rule");
                return;
            }
            int line = n.getStartMark().getLine() + 1;
            Where before = groupNames.putIfAbsent(name, new Where(file.shownAs(), line));
            if (before != null) {
                problem(fields.get("group"), "the group \"" + name + "\" is already written at " + before.file() + ":" + before.line()
                        + " (answers cite groups by name: give each its own sentence)");
                return;
            }
            StringBuilder text = new StringBuilder();
            for (int l = line - 1; l < Math.min(endLine, lines.length); l++) text.append(lines[l]).append('\n');
            groups.add(new Group(name, source, file.shownAs(), line, text.toString()));
            RuleRef ref = new RuleRef(name, source);
            for (Map.Entry<String, Node> e : fields.entrySet()) {
                if (e.getKey().equals("group") || e.getKey().equals("source")) continue;
                if (e.getKey().equals("units")) {
                    for (Node w : list(e.getValue(), "units: [word, word, …]")) {
                        String word = word(w, "a unit word");
                        if (word != null) add(w, new UnitWord(word, ref));
                    }
                    continue;
                }
                for (Node row : list(e.getValue(), "a list of rows, one '- …' each")) {
                    switch (e.getKey()) {
                        case "ranks" -> rank(row, ref);
                        case "modifiers" -> modifier(row, ref);
                        case "functions" -> function(row, ref);
                        case "deputy-rungs" -> deputyRung(row, ref);
                        case "duties" -> duty(row, ref);
                        case "kinds" -> kind(row, ref);
                        case "kpis" -> kpi(row, ref);
                        case "matters" -> matter(row, ref);
                        case "classes" -> classOfRank(row, ref);
                        case "line-uses" -> lineUse(row, ref);
                        case "line-strengths" -> lineStrength(row, ref);
                        case "follows" -> follows(row, ref);
                        default -> throw new IllegalStateException(e.getKey());
                    }
                }
            }
        }

        // ------------------------------------------------------------------ rows

        void rank(Node row, RuleRef ref) {
            String form = "a rank row is [RANK, LEVEL, word], [RANK, LEVEL, word, unsure: \"why\"] or "
                    + "[RANK, LEVEL, word, unsure alone: \"why\"]";
            List<Node> r = row(row, 3, 4, form);
            if (r == null) return;
            String rank = name(r.get(0), "a rank");
            Integer level = number(r.get(1), "a level");
            String word = word(r.get(2), "a rank word");
            boolean certain = true, alone = false;
            String note = "";
            if (r.size() == 4) {
                if (!(r.get(3) instanceof MappingNode m) || m.getValue().size() != 1) {
                    problem(r.get(3), form);
                    return;
                }
                NodeTuple t = m.getValue().get(0);
                String how = scalar(t.getKeyNode());
                if (!"unsure".equals(how) && !"unsure alone".equals(how)) {
                    problem(t.getKeyNode(), "'" + how + "': " + form);
                    return;
                }
                note = word(t.getValueNode(), "why the rank is unsure");
                if (note == null) return;
                certain = false;
                alone = how.equals("unsure alone");
            }
            if (rank == null || level == null || word == null) return;
            ranks.add(rank);
            add(row, new RankWord(word, rank, level, certain, alone, note, ref));
        }

        void modifier(Node row, RuleRef ref) {
            List<Node> r = row(row, 3, 3, "a modifier row is [KIND, SHIFT, word]");
            if (r == null) return;
            String kind = name(r.get(0), "a modifier kind");
            Integer shift = number(r.get(1), "a shift");
            String word = word(r.get(2), "a modifier word");
            if (kind != null && !MODIFIER_KINDS.contains(kind)) {
                problem(r.get(0), "unknown modifier kind '" + kind + "' (one of " + String.join(", ", new java.util.TreeSet<>(MODIFIER_KINDS)) + ")");
                return;
            }
            if (kind == null || shift == null || word == null) return;
            add(row, new ModifierWord(word, kind, shift, ref));
        }

        void function(Node row, RuleRef ref) {
            String form = "a function row is [FUNCTION, 中文名, English name, word] or [FUNCTION, 中文名, English name, word, role]";
            List<Node> r = row(row, 4, 5, form);
            if (r == null) return;
            String key = name(r.get(0), "a function");
            String zh = word(r.get(1), "the function's Chinese name");
            String en = word(r.get(2), "the function's English name");
            String word = word(r.get(3), "a function word");
            boolean role = false;
            if (r.size() == 5) {
                if (!"role".equals(scalar(r.get(4)))) {
                    problem(r.get(4), form);
                    return;
                }
                role = true;
            }
            if (key == null || zh == null || en == null || word == null) return;
            functions.add(key);
            add(row, new FunctionWord(word, key, zh, en, role, ref));
        }

        void deputyRung(Node row, RuleRef ref) {
            List<Node> r = row(row, 3, 3, "a deputy-rung row is [RANK OF THE ROLE, RANK, LEVEL]");
            if (r == null) return;
            String of = name(r.get(0), "a rank");
            String rank = name(r.get(1), "a rank");
            Integer level = number(r.get(2), "a level");
            if (of == null || rank == null || level == null) return;
            rankKnown(r.get(0), of);
            rankKnown(r.get(1), rank);
            add(row, new DeputyRung(of, rank, level, ref));
        }

        void duty(Node row, RuleRef ref) {
            Map<String, Node> f = mapping(row, Set.of("function", "rank", "step", "zh", "en"), "a duty");
            if (f == null) return;
            String function = anyOr(row, f, "function", "a duty", functions, "function");
            String rank = anyOr(row, f, "rank", "a duty", ranks, "rank");
            Integer step = f.containsKey("step") ? number(f.get("step"), "a step") : Integer.valueOf(0);
            String zh = required(row, f, "zh", "a duty");
            String en = required(row, f, "en", "a duty");
            if (function == null || rank == null || step == null || zh == null || en == null) return;
            add(row, new Duty(function, rank, step, zh, en, ref, ++dutyOrder));
        }

        void kind(Node row, RuleRef ref) {
            Map<String, Node> f = mapping(row, Set.of("key", "zh", "en", "names"), "a kind of product manager");
            if (f == null) return;
            String key = f.containsKey("key") ? name(f.get("key"), "a kind's key") : required(row, f, "key", "a kind");
            String zh = required(row, f, "zh", "a kind");
            String en = required(row, f, "en", "a kind");
            List<String> names = names(f.get("names"));
            if (key == null || zh == null || en == null || names == null) return;
            kinds.add(key);
            add(row, new PmKind(key, zh, en, names, ref));
        }

        void kpi(Node row, RuleRef ref) {
            Map<String, Node> f = mapping(row, Set.of("kind", "phase", "en", "zh"), "a KPI");
            if (f == null) return;
            String kind = required(row, f, "kind", "a KPI");
            String phase = required(row, f, "phase", "a KPI");
            String en = required(row, f, "en", "a KPI");
            String zh = required(row, f, "zh", "a KPI");
            if (kind == null || phase == null || en == null || zh == null) return;
            if (phase.equals("any")) phase = "";
            else if (!phase.equals("EXPLORATION") && !phase.equals("MATURITY")) {
                problem(f.get("phase"), "a KPI's phase is EXPLORATION, MATURITY or any, not '" + phase + "'");
                return;
            }
            Node at = f.get("kind");
            String k = kind, in = file.shownAs();
            later.add(() -> {
                if (!kinds.contains(k)) problem(in, at, "unknown kind '" + k + "' (the kinds: rows name " + String.join(", ", kinds) + ")");
            });
            add(row, new Kpi(kind, phase, en, zh, ref));
        }

        void matter(Node row, RuleRef ref) {
            Map<String, Node> f = mapping(row, Set.of("key", "zh", "en", "drafter", "approver", "names"), "a matter");
            if (f == null) return;
            String key = f.containsKey("key") ? name(f.get("key"), "a matter's key") : required(row, f, "key", "a matter");
            String zh = required(row, f, "zh", "a matter");
            String en = required(row, f, "en", "a matter");
            if (!f.containsKey("drafter")) {
                problem(row, "a matter has no 'drafter: [FUNCTION, RANK]'");
                return;
            }
            List<Node> d = row(f.get("drafter"), 2, 2, "a matter's drafter is [FUNCTION, RANK]");
            String approver = required(row, f, "approver", "a matter");
            List<String> names = names(f.get("names"));
            if (key == null || zh == null || en == null || d == null || approver == null || names == null) return;
            String df = name(d.get(0), "a function"), dr = name(d.get(1), "a rank");
            if (df == null || dr == null) return;
            functionKnown(d.get(0), df);
            rankKnown(d.get(1), dr);
            functionKnown(f.get("approver"), approver);
            add(row, new Matter(key, zh, en, names, df, dr, approver, ref));
        }

        void classOfRank(Node row, RuleRef ref) {
            List<Node> r = row(row, 2, 2, "a class row is [RANK, CLASS]");
            if (r == null) return;
            String rank = name(r.get(0), "a rank");
            ManagementLevel level = constant(r.get(1), ManagementLevel.class, "a management class");
            if (rank == null || level == null) return;
            rankKnown(r.get(0), rank);
            add(row, new ClassOfRank(rank, level, ref));
        }

        void lineUse(Node row, RuleRef ref) {
            List<Node> r = row(row, 2, 2, "a line-use row is [KIND OF LINE, USE]");
            if (r == null) return;
            LineType type = constant(r.get(0), LineType.class, "a kind of line");
            LineUse.Use use = constant(r.get(1), LineUse.Use.class, "a use");
            if (type == null || use == null) return;
            add(row, new LineUse(type, use, ref));
        }

        void lineStrength(Node row, RuleRef ref) {
            List<Node> r = row(row, 2, 2, "a line-strength row is [KIND OF LINE, STRENGTH] (0 the strongest)");
            if (r == null) return;
            LineType type = constant(r.get(0), LineType.class, "a kind of line");
            Integer strength = number(r.get(1), "a strength");
            if (type == null || strength == null) return;
            add(row, new LineStrength(type, strength, ref));
        }

        void follows(Node row, RuleRef ref) {
            List<Node> r = row(row, 2, 2, "a follows row is [DIRECTOR'S FUNCTION, FUNCTION THAT FOLLOWS]");
            if (r == null) return;
            String director = name(r.get(0), "a function"), directed = name(r.get(1), "a function");
            if (director == null || directed == null) return;
            functionKnown(r.get(0), director);
            functionKnown(r.get(1), directed);
            add(row, new FollowsArrangements(director, directed, ref));
        }

        // ------------------------------------------------------------------ checks

        void checkReferences() {
            later.forEach(Runnable::run);
        }

        void rankKnown(Node at, String rank) {
            String in = file.shownAs();
            later.add(() -> {
                if (!ranks.contains(rank)) {
                    problem(in, at, "unknown rank '" + rank + "' (no ranks: row of the ladder names it; the ranks: "
                            + String.join(", ", ranks) + ")");
                }
            });
        }

        void functionKnown(Node at, String function) {
            String in = file.shownAs();
            later.add(() -> {
                if (!functions.contains(function)) {
                    problem(in, at, "unknown function '" + function + "' (no functions: row of the ladder names it; the functions: "
                            + String.join(", ", functions) + ")");
                }
            });
        }

        /** A field that is a rank or a function, or {@code any} (written "" in the fact). */
        String anyOr(Node row, Map<String, Node> f, String key, String what, Set<String> known, String kind) {
            String v = required(row, f, key, what);
            if (v == null) return null;
            if (v.equals("any") || v.isEmpty()) return "";
            if (!NAME.matcher(v).matches()) {
                problem(f.get(key), kind + " '" + v + "' is not a name in capitals (" + (kind.equals("rank") ? "DIRECTOR" : "PRODUCTION") + ") nor any");
                return null;
            }
            if (kind.equals("rank")) rankKnown(f.get(key), v);
            else functionKnown(f.get(key), v);
            return v;
        }

        // ------------------------------------------------------------------ YAML pieces

        void add(Node at, Object fact) {
            facts.add(fact);
            where.put(fact, new Where(file.shownAs(), at.getStartMark().getLine() + 1));
        }

        /** The keys of a mapping, each known; null (and a problem) when one is not. */
        Map<String, Node> fields(MappingNode m, Set<String> known, String what) {
            Map<String, Node> out = new LinkedHashMap<>();
            boolean ok = true;
            for (NodeTuple t : m.getValue()) {
                String k = scalar(t.getKeyNode());
                if (k == null || !known.contains(k)) {
                    problem(t.getKeyNode(), "'" + (k == null ? "?" : k) + "': " + what + " has no such key (its keys: "
                            + String.join(", ", known) + ")");
                    ok = false;
                } else if (out.putIfAbsent(k, t.getValueNode()) != null) {
                    problem(t.getKeyNode(), "'" + k + "' twice in " + what);
                    ok = false;
                }
            }
            return ok ? out : null;
        }

        Map<String, Node> mapping(Node n, Set<String> known, String what) {
            if (!(n instanceof MappingNode m)) {
                problem(n, what + " is written as a mapping, one 'key: value' a line (keys: " + String.join(", ", new java.util.TreeSet<>(known)) + ")");
                return null;
            }
            return fields(m, known, what);
        }

        String required(Node at, Map<String, Node> f, String key, String what) {
            Node v = f.get(key);
            if (v == null) {
                problem(at, what + " has no '" + key + ":'");
                return null;
            }
            String s = scalar(v);
            if (s == null) problem(v, "'" + key + "' is a single value, not a list or a mapping");
            return s;
        }

        List<Node> list(Node n, String form) {
            if (n instanceof SequenceNode s) return s.getValue();
            if (n instanceof ScalarNode sc && sc.getValue().isEmpty()) return List.of(); // "ranks:" with nothing
            problem(n, "expected a list: " + form);
            return List.of();
        }

        List<Node> row(Node n, int min, int max, String form) {
            if (!(n instanceof SequenceNode s) || s.getValue().size() < min || s.getValue().size() > max) {
                int had = n instanceof SequenceNode s2 ? s2.getValue().size() : -1;
                problem(n, form + (had >= 0 ? " (this row has " + had + " value" + (had == 1 ? "" : "s") + ")" : ""));
                return null;
            }
            return s.getValue();
        }

        List<String> names(Node n) {
            if (n == null) return List.of();
            List<String> out = new ArrayList<>();
            for (Node w : list(n, "names: [a name, another]")) {
                String s = word(w, "a name");
                if (s == null) return null;
                out.add(s);
            }
            return out;
        }

        String name(Node n, String what) {
            String s = scalar(n);
            if (s == null || !NAME.matcher(s).matches()) {
                problem(n, what + " is a name in capitals (DIRECTOR, PRODUCTION), not " + shown(n, s));
                return null;
            }
            return s;
        }

        Integer number(Node n, String what) {
            String s = scalar(n);
            try {
                if (s != null) return Integer.valueOf(s.strip());
            } catch (NumberFormatException e) {
                // said below
            }
            problem(n, what + " is a whole number, not " + shown(n, s));
            return null;
        }

        String word(Node n, String what) {
            String s = scalar(n);
            if (s == null || s.isBlank()) {
                problem(n, what + " is a text, not " + shown(n, s));
                return null;
            }
            return s;
        }

        <E extends Enum<E>> E constant(Node n, Class<E> type, String what) {
            String s = scalar(n);
            for (E e : type.getEnumConstants()) if (e.name().equals(s)) return e;
            List<String> all = new ArrayList<>();
            for (E e : type.getEnumConstants()) all.add(e.name());
            problem(n, what + " is one of " + String.join(", ", all) + ", not " + shown(n, s));
            return null;
        }

        static String shown(Node n, String s) {
            if (s == null) return n instanceof SequenceNode ? "a list" : "a mapping";
            return s.isEmpty() ? "nothing" : "'" + s + "'";
        }

        /** A scalar's text as written (no YAML typing: "No" stays No, 060 stays 060); null for a list or mapping. */
        static String scalar(Node n) {
            return n instanceof ScalarNode s ? s.getValue() : null;
        }

        void problem(Node at, String message) {
            problem(file.shownAs(), at, message);
        }

        void problem(String in, Node at, String message) {
            var m = at.getStartMark();
            problems.add(new RuleProblem(in, m.getLine() + 1, m.getColumn() + 1, message, true));
        }
    }

    /** Runs {@code each} for every fact of type {@code type}. */
    public <T> void each(Class<T> type, Consumer<T> each) {
        for (Object f : facts) if (type.isInstance(f)) each.accept(type.cast(f));
    }
}
