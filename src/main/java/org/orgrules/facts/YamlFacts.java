package org.orgrules.facts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.orgrules.model.Charter;
import org.orgrules.model.ProductLine;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;

/**
 * Reads people from YAML. Three shapes are accepted:
 * <pre>
 * company: 华夏精密制造          # (a) optional default company
 * people:
 *   - {id: gm, name: 陈建国, title: 总经理}
 *
 * - {id: gm, title: 总经理}     # (b) just a list of people
 *
 * companies:                    # (c) several companies
 *   - name: 华夏精密制造
 *     people: [...]
 * </pre>
 * A person has {@code id, name, title, department, company, manager} ({@code manager_id} is the same
 * key); a null, blank or {@code NO_MGR} manager is none. Optional person keys, kept as attributes:
 * {@code product_lines} (a list), {@code assigned_by}, {@code pm_kind}, {@code phase}. A company (the
 * top level, or an entry of {@code companies}) may give {@code product_lines: [...]} and
 * {@code charter: {senior_management: [titles]}}. The file is only <em>composed</em> into
 * nodes (never constructed into objects): values keep their text ({@code id: 042} is "042",
 * {@code manager: NO} is "NO"), no type is ever instantiated, and every value knows its line.
 *
 * <p>Why it is long: three shapes of file (people, a list, companies) over composed nodes that keep
 * their lines, plus the optional keys (product lines, charters, PM kinds) that only YAML carries; the
 * shapes share the person reader and its messages.
 */
final class YamlFacts {
    private static final int MAX_ALIASES = 50;

    private final String file;
    private final FactReader src;
    private final Sink sink;
    private int entries;
    private final Sink.Skipped badPeople = new Sink.Skipped();
    private final Sink.Skipped controlPeople = new Sink.Skipped();

    private YamlFacts(String file, FactReader src, Sink sink) {
        this.file = file;
        this.src = src;
        this.sink = sink;
    }

    static void read(String file, FactReader src, Sink sink) {
        new YamlFacts(file, src, sink).read();
    }

    private void read() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setAllowDuplicateKeys(false);
        options.setAllowRecursiveKeys(false);
        options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, sink.limits.maxFileBytes()));
        options.setProcessComments(false);
        DumperOptions dump = new DumperOptions();
        Yaml yaml = new Yaml(new SafeConstructor(options), new Representer(dump), dump, options);
        List<Node> documents = new ArrayList<>();
        try {
            for (Node doc : yaml.composeAll(src)) {
                if (doc != null) documents.add(doc);
            }
        } catch (MarkedYAMLException e) {
            if (src.halted()) return;
            syntaxError(e);
            return;
        } catch (YAMLException | IllegalStateException | IllegalArgumentException e) {
            if (src.halted()) return;
            refused(e);
            return;
        }
        if (src.halted()) return;
        for (Node doc : documents) {
            if (sink.full()) break;
            document(doc);
        }
        finish();
    }

    private void document(Node doc) {
        if (doc instanceof SequenceNode list) {
            people(list, null);
            return;
        }
        if (!(doc instanceof MappingNode map)) {
            if (doc instanceof ScalarNode s && isNull(s)) return;            // an empty document
            sink.problem(file, line(doc), "expected a list of people, or a mapping with 'people:' or 'companies:'; "
                    + "found " + describe(doc));
            return;
        }
        Map<String, Node> keys = keys(map, List.of("company", "people", "companies", "charter", "product_lines"),
                "top-level key");
        String company = scalar(keys.get("company"), "company");
        companyFacts(company, keys);
        Node people = keys.get("people");
        Node companies = keys.get("companies");
        if (people == null && companies == null) {
            sink.problem(file, line(doc), "expected 'people:' (a list of people) or 'companies:' (a list of companies, "
                    + "each with 'name:' and 'people:')");
            return;
        }
        if (people != null) people(people, company);
        if (companies != null) companies(companies, company);
    }

    private void companies(Node node, String outerCompany) {
        if (!(node instanceof SequenceNode list)) {
            if (node instanceof ScalarNode s && isNull(s)) return;
            sink.problem(file, line(node), "'companies' must be a list of companies, each with 'name:' and 'people:'; found "
                    + describe(node));
            return;
        }
        for (Node item : list.getValue()) {
            if (sink.full()) return;
            if (!(item instanceof MappingNode map)) {
                sink.problem(file, line(item), "each entry of 'companies' must be a mapping with 'name:' and 'people:'; found "
                        + describe(item));
                continue;
            }
            Map<String, Node> keys = keys(map, List.of("name", "company", "people", "charter", "product_lines"),
                    "key of a company");
            String name = scalar(keys.get("name"), "name");
            if (name == null) name = scalar(keys.get("company"), "company");
            if (name == null) name = outerCompany;
            companyFacts(name, keys);
            Node people = keys.get("people");
            if (people == null) {
                sink.problem(file, line(item), "company " + (name == null ? "" : "'" + name + "' ") + "has no 'people:' list");
                continue;
            }
            people(people, name);
        }
    }

    private void people(Node node, String company) {
        if (!(node instanceof SequenceNode list)) {
            if (node instanceof ScalarNode s && isNull(s)) return;
            sink.problem(file, line(node), "'people' must be a list of people (each '- id: …'); found " + describe(node));
            return;
        }
        for (Node item : list.getValue()) {
            if (sink.full()) return;
            person(item, company);
        }
    }

    private static final List<String> PERSON_KEYS = List.of("id", "name", "title", "department", "company", "manager");
    /** Optional keys of a person, kept as {@link Person#getAttributes()}: lists or single values. */
    private static final List<String> ATTRIBUTE_KEYS = List.of("product_lines", "assigned_by", "pm_kind", "phase");
    /** Optional keys for effective dates and further lines ({@link Versions}). */
    private static final List<String> LINE_KEYS = List.of("from", "to", "dotted_manager", "acting_manager", "managers");
    /** Optional: whether the person is still employed, as in CSV ({@link Sink#inactive}). */
    private static final String STATUS_KEY = "status";
    private static final List<String> ALL_PERSON_KEYS;
    static {
        List<String> all = new ArrayList<>(PERSON_KEYS);
        all.addAll(ATTRIBUTE_KEYS);
        all.addAll(LINE_KEYS);
        all.add(STATUS_KEY);
        ALL_PERSON_KEYS = List.copyOf(all);
    }

    /** A company's charter (K3.2) and product lines (K5.2), when the file gives them. */
    private void companyFacts(String company, Map<String, Node> keys) {
        Node lines = keys.get("product_lines");
        if (lines != null) {
            for (String l : values(lines, "product_lines")) {
                sink.fact(new ProductLine(company, l, file + ":" + line(lines)));
            }
        }
        Node charter = keys.get("charter");
        if (charter == null || (charter instanceof ScalarNode cs && isNull(cs))) return;
        if (!(charter instanceof MappingNode cm)) {
            sink.problem(file, line(charter), "'charter' must be a mapping like '{senior_management: [总经理, 生产总监]}'; found "
                    + describe(charter) + "; it was ignored");
            return;
        }
        Map<String, Node> ck = keys(cm, List.of("senior_management"), "key of a charter");
        Node senior = ck.get("senior_management");
        if (senior != null) {
            sink.fact(new Charter(company, values(senior, "senior_management"), file + ":" + line(charter)));
        }
    }

    /** A list of plain values, or one value (commas separate several): empty values are dropped. */
    private List<String> values(Node node, String key) {
        List<String> out = new ArrayList<>();
        if (node instanceof SequenceNode list) {
            for (Node item : list.getValue()) {
                String v = scalar(item, key);
                if (v != null) out.add(v);
            }
        } else {
            String v = scalar(node, key);
            if (v != null) {
                for (String part : v.split("[,，、]")) if (!part.isBlank()) out.add(part.strip());
            }
        }
        return out;
    }

    private void person(Node node, String defaultCompany) {
        int line = line(node);
        if (!sink.countRow(file, line)) return;
        entries++;
        if (!(node instanceof MappingNode map)) {
            sink.problem(file, line, "a person must be a mapping like '{id: li, title: 生产经理, manager: zhang}'; found "
                    + describe(node) + "; it was skipped");
            return;
        }
        customTag(node, "person");
        int end = endLine(node);
        if (src.badIn(line, end)) {
            badPeople.add(line);
            return;
        }
        if (src.controlIn(line, end)) {
            controlPeople.add(line);
            return;
        }
        Map<String, Node> keys = keys(map, ALL_PERSON_KEYS, "key");
        String[] v = new String[PERSON_KEYS.size()];
        for (int i = 0; i < v.length; i++) {
            String key = PERSON_KEYS.get(i);
            Node value = keys.get(key);
            v[i] = scalar(value, key);
            String tooLong = v[i] == null ? null
                    : sink.tooLong("'" + key + "'", (int) Math.min(Integer.MAX_VALUE, src.lengthOf(v[i], line(value), sink.limits.maxFieldChars())));
            if (tooLong != null) {
                sink.problem(file, line(value), tooLong.replace("this row", "this person"));
                return;
            }
        }
        if (v[0] == null) {
            sink.problem(file, line, "this person has no id; it was skipped");
            return;
        }
        String gone = Sink.inactive(scalar(keys.get(STATUS_KEY), STATUS_KEY));
        if (gone != null && keys.get("to") == null) {
            // as in CSV: a person whose status says they have left, with no date to tell when, is not in the org
            sink.setAside(file, gone, v[0]);
            return;
        }
        String company = v[4] != null ? v[4] : defaultCompany;
        Map<String, List<String>> attributes = new java.util.LinkedHashMap<>();
        for (String key : ATTRIBUTE_KEYS) {
            Node value = keys.get(key);
            if (value == null) continue;
            List<String> vs = key.equals("product_lines") ? values(value, key) : singleValue(value, key);
            if (!vs.isEmpty()) attributes.put(key, vs);
        }
        boolean lined = false;
        for (String key : LINE_KEYS) lined |= keys.containsKey(key);
        if (!lined) {
            if (attributes.isEmpty()) sink.add(file, line, v[0], v[1], v[2], v[3], company, Sink.manager(v[5]));
            else sink.add(file, line, v[0], v[1], v[2], v[3], company, Sink.manager(v[5]), attributes);
            return;
        }
        List<org.orgrules.model.Line> more;
        try {
            more = managers(keys.get("managers"));
        } catch (IllegalArgumentException e) {
            sink.problem(file, line(keys.get("managers")), e.getMessage() + "; this person was skipped");
            return;
        }
        if (more == null) return;
        sink.add(file, line, v[0], v[1], v[2], v[3], company, Sink.manager(v[5]), attributes,
                scalar(keys.get("from"), "from"), scalar(keys.get("to"), "to"),
                joined(keys.get("dotted_manager"), "dotted_manager"), joined(keys.get("acting_manager"), "acting_manager"), more);
    }

    /** A value or a list of values as one cell: {@code a;b}. */
    private String joined(Node node, String key) {
        if (node == null) return null;
        List<String> vs = node instanceof SequenceNode ? values(node, key) : singleValue(node, key);
        return vs.isEmpty() ? null : String.join(";", vs);
    }

    /**
     * {@code managers: [{id: zhao, type: dotted, from: 2026-01-01, to: 2026-06-30}, …]}: typed, dated
     * lines. Null (after reporting the problem) when the list is not of that shape.
     */
    private List<org.orgrules.model.Line> managers(Node node) {
        List<org.orgrules.model.Line> out = new ArrayList<>();
        if (node == null || node instanceof ScalarNode s && isNull(s)) return out;
        if (!(node instanceof SequenceNode list)) {
            sink.problem(file, line(node), "'managers' must be a list like '[{id: zhao, type: dotted}]'; found "
                    + describe(node) + "; this person was skipped");
            return null;
        }
        for (Node item : list.getValue()) {
            if (!(item instanceof MappingNode m)) {
                sink.problem(file, line(item), "an entry of 'managers' must be a mapping like '{id: zhao, type: dotted, from: 2026-01-01}'; found "
                        + describe(item) + "; this person was skipped");
                return null;
            }
            Map<String, Node> k = keys(m, List.of("id", "type", "from", "to"), "key of a line");
            String id = scalar(k.get("id"), "id");
            if (id == null) throw new IllegalArgumentException("an entry of 'managers' has no id");
            String typeText = scalar(k.get("type"), "type");
            org.orgrules.model.LineType type = typeText == null ? org.orgrules.model.LineType.SOLID
                    : org.orgrules.model.LineType.parse(typeText);
            if (type == null) {
                throw new IllegalArgumentException("unknown line type '" + typeText + "' (known: solid/实线, dotted/虚线, acting/代理)");
            }
            out.add(Versions.line(id, type, scalar(k.get("from"), "from"), scalar(k.get("to"), "to")));
        }
        return out;
    }

    /**
     * The keys of a mapping, by name. An unknown key or a key given twice is a problem (the first
     * value is used). A person's keys are read by every name {@link FieldAliases} knows for their field
     * ({@code manager_id}, {@code parent_id} … as {@code manager}).
     */
    private Map<String, Node> keys(MappingNode map, List<String> known, String what) {
        Map<String, Node> keys = new HashMap<>();
        Map<String, Integer> lines = new HashMap<>();
        for (NodeTuple t : map.getValue()) {
            Node k = t.getKeyNode();
            if (!(k instanceof ScalarNode ks)) {
                sink.problem(file, line(k), "a " + what + " must be a plain word; found " + describe(k));
                continue;
            }
            String name = Sink.lower(ks.getValue());
            if (known == ALL_PERSON_KEYS) name = personKey(name);
            if (name.equals("manager_inferred") && known.contains("manager")) continue;   // written by 'export': derived, not a fact
            if (!known.contains(name)) {
                sink.problem(file, line(k), "unknown " + what + " '" + ks.getValue() + "' (known: "
                        + String.join(", ", known) + "); it was ignored");
                continue;
            }
            Integer first = lines.putIfAbsent(name, line(k));
            if (first != null) {
                sink.problem(file, line(k), "duplicate key '" + ks.getValue() + "' (first at line " + first
                        + "); the first value is used");
                continue;
            }
            keys.put(name, t.getValueNode());
        }
        return keys;
    }

    /** The person key a name is an alias of ({@code parent_id} → {@code manager}), else the name itself. */
    private static String personKey(String name) {
        String field = FieldAliases.field(name);
        if (field == null) return name;
        return field.equals("manager_id") ? "manager" : field;
    }

    private List<String> singleValue(Node node, String key) {
        String v = scalar(node, key);
        return v == null ? List.of() : List.of(v);
    }

    /** A scalar's trimmed text; null for a null or blank value. Anything else is a problem, and null. */
    private String scalar(Node node, String key) {
        if (node == null) return null;
        if (node instanceof ScalarNode s) {
            if (isNull(s)) return null;
            customTag(s, "'" + key + "'");
            String v = s.getValue().trim();
            return v.isEmpty() ? null : v;
        }
        sink.problem(file, line(node), "'" + key + "' must be a single value; found " + describe(node) + "; it was ignored");
        return null;
    }

    /**
     * A local tag ({@code !Person {id: li}}) never makes an object here, but it is not silently
     * accepted either: it is reported and the value is read as plain text.
     */
    private void customTag(Node node, String what) {
        Tag tag = node.getTag();
        if (tag == null || tag.getValue().startsWith(Tag.PREFIX)) return;
        sink.problem(file, line(node), "the tag " + tag.getValue() + " on this " + what
                + " was ignored (facts hold plain values only); the value was read as plain text");
    }

    private static boolean isNull(ScalarNode s) {
        return Tag.NULL.equals(s.getTag());
    }

    private void syntaxError(MarkedYAMLException e) {
        Mark at = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        String problem = String.valueOf(e.getProblem());
        if (problem.startsWith("Global tag is not allowed")) {
            String tag = problem.substring(problem.indexOf(':') + 1).trim();
            sink.problem(file, at == null ? 0 : at.getLine() + 1, "refused: the type tag " + tag
                    + " is not allowed (facts hold plain values only); nothing was loaded from this file");
            return;
        }
        StringBuilder m = new StringBuilder("YAML syntax error: ");
        m.append(e.getProblem() == null ? "cannot parse" : e.getProblem().trim());
        if (e.getContext() != null) {
            m.append(" (").append(e.getContext().trim());
            Mark c = e.getContextMark();
            if (c != null && (at == null || c.getLine() != at.getLine())) m.append(" that starts at line ").append(c.getLine() + 1);
            m.append(')');
        }
        m.append("; nothing was loaded from this file");
        sink.problem(file, at == null ? 0 : at.getLine() + 1, m.toString());
    }

    private void refused(RuntimeException e) {
        String m = String.valueOf(e.getMessage());
        String message;
        if (m.contains("aliases")) {
            message = "refused: the file uses more than " + MAX_ALIASES + " aliases (*name) of lists or mappings, "
                    + "which is how an 'alias bomb' (billion laughs) makes a small file huge; nothing was loaded from this file";
        } else if (m.contains("exceeds the limit")) {
            message = "the file is larger than the limit of " + LoadLimits.bytes(sink.limits.maxFileBytes())
                    + " (LoadLimits.maxFileBytes); it was skipped – raise it with --max-file-mb (LoadLimits.maxFileBytes) to load it";
        } else if (m.toLowerCase(java.util.Locale.ROOT).contains("nesting depth")) {
            message = "refused: lists and mappings are nested too deeply (" + m + "); nothing was loaded from this file";
        } else {
            message = "cannot read YAML: " + m + "; nothing was loaded from this file";
        }
        sink.problem(file, 0, message);
    }

    private void finish() {
        sink.badBytes(file, src, badPeople, "person", "people");
        if (src.firstControl() >= 0) {
            sink.problem(file, src.firstControlLine(), String.format("a control character (U+%04X) is on this line, which YAML does not allow",
                    src.firstControl()) + sink.skipped(controlPeople, "person", "people", "control characters")
                    + " – remove it, or write it as an escape (\\x07) in a double-quoted value");
        }
        if (entries == 0 && sink.fileProblems() == 0) sink.problem(file, 0, "no people in file");
    }

    private static int line(Node node) {
        return node == null || node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }

    /** The last line a node is on (a block ends at the start of the next line). */
    private static int endLine(Node node) {
        Mark end = node.getEndMark();
        if (end == null) return line(node);
        int l = end.getColumn() == 0 ? end.getLine() : end.getLine() + 1;
        return Math.max(l, line(node));
    }

    private static String describe(Node node) {
        if (node instanceof ScalarNode s) {
            if (isNull(s)) return "nothing";
            String v = s.getValue();
            if (v.length() > 40) v = v.substring(0, 40) + "…";
            return "'" + v + "'";
        }
        if (node instanceof SequenceNode) return "a list";
        if (node instanceof MappingNode) return "a mapping";
        return "something else";
    }
}
