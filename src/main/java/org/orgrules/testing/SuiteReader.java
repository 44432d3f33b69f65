package org.orgrules.testing;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.orgrules.query.BadQueryException;
import org.orgrules.query.QueryParser;
import org.orgrules.query.Questions;
import org.orgrules.model.Answer;
import org.orgrules.model.Charter;
import org.orgrules.model.ManagementLevel;
import org.orgrules.model.ProductLine;
import org.orgrules.model.Person;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads rule-test suites (see {@code rules/README.md} for the format). The YAML is only composed into
 * nodes, so every case and expectation keeps the line it was written at; anything malformed is a
 * {@link SuiteException} naming {@code file:line}.
 *
 * <p>Why it is long: the suite format (facts inline or by path, every query kind with its expected
 * answer, violation matches) is read here with a file:line for every mistake; the kinds share the node
 * reader and its messages.
 */
public final class SuiteReader {
    private static final Set<String> SUITE_KEYS = Set.of("suite", "facts", "company", "people", "product_lines", "charter", "as_of", "cases");
    private static final Set<String> CASE_KEYS = Set.of("name", "facts", "company", "people", "product_lines", "charter", "as_of", "expect");
    /** Person attributes the facts may give, as in a facts YAML file ({@code product_lines} a list, the rest single values). */
    private static final List<String> ATTRIBUTE_KEYS = List.of("product_lines", "assigned_by", "pm_kind", "phase");
    private static final Set<String> PERSON_KEYS = Set.of("id", "name", "title", "department", "company", "manager",
            "product_lines", "assigned_by", "pm_kind", "phase", "from", "to", "managers", "dotted_manager", "acting_manager");
    /** The queries (their arguments as {@link QueryParser} reads them), plus a title's reading and {@code ask}. */
    private static final List<String> KINDS = kinds();

    private static List<String> kinds() {
        List<String> k = new ArrayList<>(QueryParser.commands());
        k.remove("titles");
        k.add("title");
        k.add("ask");
        return List.copyOf(k);
    }

    private SuiteReader() {}

    /** Every suite under {@code path} (a suite file, or a folder searched for {@code *.yaml}/{@code *.yml}), in path order. */
    public static List<Suite> readAll(Path path) {
        return readAll(path, Questions.bundled());
    }

    /** As {@link #readAll(Path)}, reading each {@code ask:} question with {@code grammar} (a rules folder's {@code questions.yaml}). */
    public static List<Suite> readAll(Path path, Questions grammar) {
        if (Files.isRegularFile(path)) return List.of(read(path));
        if (!Files.isDirectory(path)) throw new SuiteException(path.toString(), 0, "no such suite file or folder");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(path)) {
            files = walk.filter(Files::isRegularFile).filter(p -> {
                String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                return n.endsWith(".yaml") || n.endsWith(".yml");
            }).sorted().toList();
        } catch (IOException e) {
            throw new SuiteException(path.toString(), 0, "cannot read: " + e.getMessage());
        }
        if (files.isEmpty()) throw new SuiteException(path.toString(), 0, "no suites (*.yaml) here");
        List<Suite> out = new ArrayList<>();
        for (Path f : files) out.add(read(f, grammar));
        return out;
    }

    /** One suite file. */
    public static Suite read(Path file) {
        return read(file, Questions.bundled());
    }

    /** As {@link #read(Path)}, reading each {@code ask:} question with {@code grammar}. */
    public static Suite read(Path file, Questions grammar) {
        String shown = file.toString();
        Node root;
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            LoaderOptions o = new LoaderOptions();
            o.setAllowDuplicateKeys(false);
            root = new Yaml(o).compose(r);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            throw new SuiteException(shown, line, "not valid YAML: " + e.getProblem());
        } catch (YAMLException e) {
            throw new SuiteException(shown, 0, "not valid YAML: " + e.getMessage());
        } catch (IOException e) {
            throw new SuiteException(shown, 0, "cannot read: " + e.getMessage());
        }
        if (root == null) throw new SuiteException(shown, 1, "empty suite: expected 'cases:'");
        return new SuiteReader.Parse(file, shown, grammar).suite(root);
    }

    private record Parse(Path file, String shown, Questions grammar) {
        Suite suite(Node root) {
            Map<String, Node> keys = keys(root, SUITE_KEYS, "suite key");
            String name = keys.containsKey("suite") ? scalar(keys.get("suite")) : file.getFileName().toString();
            FactsSpec facts = facts(keys, null, root);
            Node casesNode = keys.get("cases");
            if (casesNode == null) throw error(root, "a suite needs 'cases:'");
            List<Case> cases = new ArrayList<>();
            for (Node c : seq(casesNode, "cases")) cases.add(kase(c, facts));
            if (cases.isEmpty()) throw error(casesNode, "a suite needs at least one case");
            return new Suite(shown, name, facts, cases);
        }

        Case kase(Node node, FactsSpec suiteFacts) {
            Map<String, Node> keys = keys(node, CASE_KEYS, "case key");
            if (!keys.containsKey("name")) throw error(node, "a case needs a 'name'");
            String name = scalar(keys.get("name"));
            FactsSpec facts = facts(keys, suiteFacts, node);
            if (facts == null) throw error(node, "case '" + name + "' has no facts: give 'facts:' or 'people:' to the suite or the case");
            Node expect = keys.get("expect");
            if (expect == null) throw error(node, "case '" + name + "' needs 'expect:'");
            List<Expectation> es = new ArrayList<>();
            for (Node e : seq(expect, "expect")) es.add(expectation(e));
            if (es.isEmpty()) throw error(expect, "case '" + name + "' expects nothing");
            return new Case(name, shown, line(node), facts, es);
        }

        FactsSpec facts(Map<String, Node> keys, FactsSpec inherited, Node at) {
            FactsSpec given = factsGiven(keys, inherited, at);
            Node asOf = keys.get("as_of");
            if (asOf == null) return given;
            if (given == null) throw error(asOf, "'as_of:' needs facts: give 'facts:' or 'people:'");
            try {
                return given.asOf(org.orgrules.facts.Versions.date(scalar(asOf)));
            } catch (IllegalArgumentException e) {
                throw error(asOf, "as_of: " + e.getMessage());
            }
        }

        FactsSpec factsGiven(Map<String, Node> keys, FactsSpec inherited, Node at) {
            Node f = keys.get("facts"), p = keys.get("people");
            if (f != null && p != null) throw error(p, "give either 'facts:' (a path) or 'people:' (inline), not both");
            for (String k : List.of("product_lines", "charter")) {
                if (keys.containsKey(k) && p == null) throw error(keys.get(k), "'" + k + ":' goes with inline 'people:'");
            }
            if (f != null) {
                Path path = file.toAbsolutePath().getParent().resolve(scalar(f)).normalize();
                Path shownPath = file.getParent() == null ? Path.of(scalar(f)) : file.getParent().resolve(scalar(f)).normalize();
                if (!Files.exists(path)) throw error(f, "facts '" + scalar(f) + "' not found (a path relative to the suite file)");
                return new FactsSpec(shownPath, null, shown, line(f));
            }
            if (p != null) {
                String company = keys.containsKey("company") ? scalar(keys.get("company")) : "";
                List<Person> people = new ArrayList<>();
                for (Node n : seq(p, "people")) {
                    Map<String, Node> pk = keys(n, PERSON_KEYS, "person key");
                    if (!pk.containsKey("id")) throw error(n, "a person needs an 'id'");
                    String manager = opt(pk, "manager");
                    if (manager != null && manager.equalsIgnoreCase("NO_MGR")) manager = null;
                    String c = opt(pk, "company");
                    Map<String, List<String>> attributes = new LinkedHashMap<>();
                    for (String a : ATTRIBUTE_KEYS) if (pk.containsKey(a)) attributes.put(a, strings(pk.get(a)));
                    List<org.orgrules.model.Line> lines = new ArrayList<>();
                    java.time.LocalDate from = null, to = null;
                    try {
                        if (pk.containsKey("from")) from = org.orgrules.facts.Versions.date(scalar(pk.get("from")));
                        if (pk.containsKey("to")) to = org.orgrules.facts.Versions.date(scalar(pk.get("to")));
                        for (String d : pk.containsKey("dotted_manager") ? strings(pk.get("dotted_manager")) : List.<String>of()) {
                            lines.addAll(org.orgrules.facts.Versions.lines(d, org.orgrules.model.LineType.DOTTED));
                        }
                        for (String d : pk.containsKey("acting_manager") ? strings(pk.get("acting_manager")) : List.<String>of()) {
                            lines.addAll(org.orgrules.facts.Versions.lines(d, org.orgrules.model.LineType.ACTING));
                        }
                        if (pk.containsKey("managers")) {
                            for (Node ln : seq(pk.get("managers"), "managers")) lines.add(lineOf(ln));
                        }
                    } catch (IllegalArgumentException e) {
                        throw error(n, e.getMessage());
                    }
                    people.add(new Person(scalar(pk.get("id")), opt(pk, "name"), opt(pk, "title"), opt(pk, "department"),
                            c == null ? company : c, manager, shown + ":" + line(n), attributes, from, to, lines));
                }
                List<Object> companyFacts = new ArrayList<>();
                if (keys.containsKey("product_lines")) {
                    for (String l : strings(keys.get("product_lines"))) {
                        companyFacts.add(new ProductLine(company, l, shown + ":" + line(keys.get("product_lines"))));
                    }
                }
                if (keys.containsKey("charter")) {
                    Node ch = keys.get("charter");
                    Map<String, Node> ck = keys(ch, Set.of("senior_management"), "charter key");
                    if (!ck.containsKey("senior_management")) throw error(ch, "a charter is {senior_management: [titles]}");
                    companyFacts.add(new Charter(company, strings(ck.get("senior_management")), shown + ":" + line(ch)));
                }
                return new FactsSpec(null, people, companyFacts, shown, line(p));
            }
            if (keys.containsKey("company")) throw error(keys.get("company"), "'company:' goes with inline 'people:'");
            return inherited;
        }

        String lineType(Node v) {
            org.orgrules.model.LineType t = org.orgrules.model.LineType.parse(scalar(v));
            if (t == null) throw error(v, "line is solid, dotted or acting, not '" + scalar(v) + "'");
            return t.word();
        }

        /** One entry of a person's {@code managers:}: {@code {id: zhao, type: dotted, from: 2026-01-01, to: 2026-06-30}}. */
        org.orgrules.model.Line lineOf(Node node) {
            Map<String, Node> k = keys(node, Set.of("id", "type", "from", "to"), "line key");
            if (!k.containsKey("id")) throw error(node, "a line needs an 'id': {id: zhao, type: dotted}");
            String typeText = opt(k, "type");
            org.orgrules.model.LineType type = typeText == null ? org.orgrules.model.LineType.SOLID
                    : org.orgrules.model.LineType.parse(typeText);
            if (type == null) throw error(k.get("type"), "unknown line type '" + typeText + "' (known: solid/实线, dotted/虚线, acting/代理)");
            try {
                return org.orgrules.facts.Versions.line(scalar(k.get("id")), type, opt(k, "from"), opt(k, "to"));
            } catch (IllegalArgumentException e) {
                throw error(node, e.getMessage());
            }
        }

        Expectation expectation(Node node) {
            if (!(node instanceof MappingNode m) || m.getValue().isEmpty()) {
                throw error(node, "an expectation is a map starting with one of " + KINDS);
            }
            String kind = scalar(m.getValue().get(0).getKeyNode());
            if (!KINDS.contains(kind)) throw error(m.getValue().get(0).getKeyNode(), "unknown query '" + kind + "'; one of " + KINDS);
            Node value = m.getValue().get(0).getValueNode();
            List<String> args;
            String question = null;
            if (kind.equals("ask")) {
                question = scalar(value);
                Questions.Parsed q;
                try {
                    q = grammar.read(question);
                } catch (BadQueryException e) {
                    throw error(value, e.getMessage());
                }
                if (q == null) throw error(value, "the question \"" + question + "\" is not one 'ask' understands");
                kind = q.command().equals("reports-to-both") ? "reports-to" : q.command();
                args = q.args();
            } else if (kind.equals("check")) {
                args = value instanceof ScalarNode s && s.getValue().isEmpty() ? List.of() : strings(value);
                if (args.size() > 1) throw error(value, "check takes at most one person");
            } else {
                args = strings(value);
            }
            if (kind.equals("title")) {
                if (args.size() != 1) throw error(value, "title takes 1 argument, got " + args);
            } else if (!kind.equals("check")) {
                try {
                    args = QueryParser.parse(kind, args, false).args();
                } catch (BadQueryException e) {
                    throw error(value, e.getMessage() + ": " + args);
                }
            }
            boolean both = kind.equals("reports-to") && args.size() == 2;
            Set<String> allowed = switch (kind) {
                case "senior" -> Set.of("answer", "because");
                case "reports-to" -> both ? Set.of("answer", "path", "line", "because")
                        : Set.of("managers", "inferred", "dotted", "acting", "because");
                case "chain" -> Set.of("is", "cycle", "because");
                case "team" -> Set.of("is", "all", "because");
                case "peers" -> Set.of("is", "because");
                case "directs", "directed-by", "approver", "owner", "lines" -> Set.of("is", "none", "because");
                case "class" -> Set.of("is", "because");
                case "kpis" -> Set.of("include", "kind-unknown", "because");
                case "duties" -> Set.of("include", "steps", "because");
                case "title" -> Set.of("rank", "function", "confidence", "unit", "head", "because");
                case "check" -> Set.of("must", "must-not", "none");
                // any other query: the reply's sentence and top-level JSON fields
                default -> Set.of("text", "json", "because");
            };
            if (!kind.equals("title") && !(kind.equals("check") && !args.isEmpty())) {
                allowed = new java.util.TreeSet<>(allowed);
                allowed.addAll(Set.of("text", "json"));
            }
            Map<String, Object> fields = new LinkedHashMap<>();
            for (int i = 1; i < m.getValue().size(); i++) {
                NodeTuple t = m.getValue().get(i);
                String k = scalar(t.getKeyNode());
                Node v = t.getValueNode();
                if (!allowed.contains(k)) throw error(t.getKeyNode(), "'" + k + "' is not expected of " + kind + (both ? " A B" : "") + "; use one of " + allowed);
                Object parsed = switch (k) {
                    case "answer" -> both ? bool(v) : answer(v);
                    case "inferred", "cycle", "all", "none", "kind-unknown", "head" -> bool(v);
                    case "rank", "function", "unit", "text" -> scalar(v);
                    case "json" -> scalars(v);
                    case "confidence" -> confidence(v);
                    case "is" -> kind.equals("class") ? level(v) : strings(v);
                    case "must", "must-not" -> matches(v);
                    case "line" -> lineType(v);
                    default -> strings(v);
                };
                fields.put(k, parsed);
            }
            boolean assertsSomething = fields.keySet().stream().anyMatch(k -> !k.equals("all"));
            if (!assertsSomething) throw error(node, kind + " expects nothing: add one of " + allowed);
            return new Expectation(kind, args, question, fields, shown, line(node));
        }

        List<Expectation.ViolationMatch> matches(Node v) {
            List<Expectation.ViolationMatch> out = new ArrayList<>();
            for (Node n : seq(v, "violations")) {
                if (n instanceof ScalarNode s) {
                    out.add(new Expectation.ViolationMatch(s.getValue(), List.of(), line(n)));
                } else {
                    Map<String, Node> k = keys(n, Set.of("rule", "source", "people", "severity"), "violation key");
                    Node what = k.containsKey("rule") ? k.get("rule") : k.get("source");
                    if (what == null || (k.containsKey("rule") && k.containsKey("source"))) throw error(n, "give 'rule:' (a rule name) or 'source:' (a K-statement)");
                    String severity = null;
                    if (k.containsKey("severity")) {
                        severity = scalar(k.get("severity")).toUpperCase(Locale.ROOT);
                        if (!severity.equals("ERROR") && !severity.equals("WARNING")) throw error(k.get("severity"), "severity is ERROR or WARNING, not '" + scalar(k.get("severity")) + "'");
                    }
                    out.add(new Expectation.ViolationMatch(scalar(what), k.containsKey("people") ? strings(k.get("people")) : List.of(), severity, line(n)));
                }
            }
            return out;
        }

        String confidence(Node v) {
            String s = scalar(v).toUpperCase(Locale.ROOT);
            try {
                return org.orgrules.model.TitleReading.Confidence.valueOf(s).name();
            } catch (IllegalArgumentException e) {
                throw error(v, "confidence '" + scalar(v) + "' is not one of certain, uncertain, unknown");
            }
        }

        String level(Node v) {
            String s = scalar(v).toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
            try {
                return ManagementLevel.valueOf(s).name();
            } catch (IllegalArgumentException e) {
                throw error(v, "class '" + scalar(v) + "' is not one of SENIOR_MANAGEMENT, MIDDLE_MANAGEMENT, STAFF");
            }
        }

        String answer(Node v) {
            String s = scalar(v).toUpperCase(Locale.ROOT).replace('-', '_');
            try {
                return Answer.valueOf(s).name();
            } catch (IllegalArgumentException e) {
                throw error(v, "answer '" + scalar(v) + "' is not one of FIRST_SENIOR, SECOND_SENIOR, PEERS, INCOMPARABLE");
            }
        }

        Boolean bool(Node v) {
            String s = scalar(v);
            if (s.equals("true") || s.equals("yes")) return Boolean.TRUE;
            if (s.equals("false") || s.equals("no")) return Boolean.FALSE;
            throw error(v, "expected true or false, got '" + s + "'");
        }

        Map<String, Node> keys(Node n, Set<String> allowed, String what) {
            if (!(n instanceof MappingNode m)) throw error(n, "expected a map of " + what + "s " + allowed);
            Map<String, Node> out = new LinkedHashMap<>();
            for (NodeTuple t : m.getValue()) {
                String k = scalar(t.getKeyNode());
                if (!allowed.contains(k)) throw error(t.getKeyNode(), "unknown " + what + " '" + k + "'; one of " + allowed);
                out.put(k, t.getValueNode());
            }
            return out;
        }

        /** A map of JSON field names to the text of their expected values: {@code {answer: FIRST_SENIOR}}. */
        Map<String, String> scalars(Node n) {
            Map<String, String> out = new LinkedHashMap<>();
            if (!(n instanceof MappingNode m)) throw error(n, "'json' is a map of field: value");
            for (NodeTuple t : m.getValue()) out.put(scalar(t.getKeyNode()), scalar(t.getValueNode()));
            return out;
        }

        String opt(Map<String, Node> keys, String k) {
            Node n = keys.get(k);
            if (n == null) return null;
            String s = scalar(n);
            return s.isBlank() ? null : s;
        }

        List<Node> seq(Node n, String what) {
            if (!(n instanceof SequenceNode s)) throw error(n, "'" + what + "' must be a list");
            return s.getValue();
        }

        List<String> strings(Node n) {
            if (n instanceof ScalarNode s) return List.of(s.getValue());
            List<String> out = new ArrayList<>();
            for (Node x : seq(n, "list")) out.add(scalar(x));
            return out;
        }

        String scalar(Node n) {
            if (!(n instanceof ScalarNode s)) throw error(n, "expected a single value");
            return s.getValue();
        }

        SuiteException error(Node n, String message) {
            return new SuiteException(shown, line(n), message);
        }
    }

    static int line(Node n) {
        return n.getStartMark() == null ? 0 : n.getStartMark().getLine() + 1;
    }
}
