package org.orgrules.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.orgrules.view.PersonResolver;
import org.orgrules.view.Org;
import org.orgrules.engine.RuleSource;
import org.orgrules.model.TitleText;
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
 * Reads questions in words, Chinese (simplified or traditional) or English, into a query:
 * "产品经理和技术总监哪个大?" → senior 产品经理 技术总监; "Who does li report to?" → reports-to li.
 * The forms are data, {@code questions.yaml} beside the rules (else the copy bundled in the jar): each
 * a pattern, the query it asks and which groups are its arguments, with examples that loading checks.
 * Immutable and thread-safe.
 *
 * <p>Why it is long: the grammar of questions.yaml is loaded, checked against its own examples, bounded
 * (input length, no backtracking) and matched here; the loader and the matcher share the compiled
 * forms, and the checks need both.
 */
public final class Questions {
    /** The grammar's file name, beside the rules. */
    public static final String FILE = "questions.yaml";

    /** The longest question read, in characters: the forms are regular expressions, and a bound keeps each match quick. */
    public static final int MAX_CHARS = 500;

    /** The steps (characters read) one form may take over one question before it is taken as not matching. */
    static final int BUDGET = 2_000_000;

    /** A question understood: the CLI command it maps to and its arguments. */
    public record Parsed(String command, List<String> args) {
        public Parsed {
            args = List.copyOf(args);
        }
    }

    /** An argument of a form: a group of its pattern, or a fixed text. */
    private record Arg(int group, String text) {}

    private record Form(Pattern pattern, String command, List<Arg> args, String where) {}

    private final List<Pattern> prefixes;
    private final List<Form> forms;
    private final List<String> examples;
    private final String shown;

    private Questions(List<Pattern> prefixes, List<Form> forms, List<String> examples, String shown) {
        this.prefixes = List.copyOf(prefixes);
        this.forms = List.copyOf(forms);
        this.examples = List.copyOf(examples);
        this.shown = shown;
    }

    private static volatile Questions bundled;

    /** The grammar bundled in the jar ({@code orgrules/rules/questions.yaml}). */
    public static Questions bundled() {
        Questions b = bundled;
        if (b == null) {
            String res = RuleSource.BUNDLED_ROOT + "/" + FILE;
            try (InputStream in = Questions.class.getClassLoader().getResourceAsStream(res)) {
                if (in == null) throw new BadQueryException("the jar has no bundled " + FILE);
                b = read(new InputStreamReader(in, StandardCharsets.UTF_8), "bundled:rules/" + FILE);
            } catch (IOException e) {
                throw new BadQueryException("cannot read the bundled " + FILE + ": " + e.getMessage());
            }
            bundled = b;
        }
        return b;
    }

    /**
     * The grammar of a rules folder: its {@code questions.yaml}, else the bundled one; the bundled one
     * too when {@code rulesFolder} is null.
     *
     * @throws BadQueryException naming file:line when the file is not a grammar or an example is not read by its form
     */
    public static Questions of(Path rulesFolder) {
        if (rulesFolder == null) return bundled();
        Path f = rulesFolder.resolve(FILE);
        if (!Files.isRegularFile(f)) return bundled();
        try {
            // read again only when the file changed (the shell asks many questions of one folder)
            String stamp = Files.getLastModifiedTime(f) + "/" + Files.size(f);
            Read last = READ.get(f.toAbsolutePath());
            if (last != null && last.stamp().equals(stamp)) return last.grammar();
            try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                Questions g = read(r, f.toString());
                READ.put(f.toAbsolutePath(), new Read(stamp, g));
                return g;
            }
        } catch (IOException e) {
            throw new BadQueryException(f + ": cannot read: " + e.getMessage());
        }
    }

    private record Read(String stamp, Questions grammar) {}

    private static final java.util.concurrent.ConcurrentHashMap<Path, Read> READ = new java.util.concurrent.ConcurrentHashMap<>();

    /** Where this grammar was read from ({@code rules/questions.yaml}, {@code bundled:rules/questions.yaml}). */
    public String source() { return shown; }

    // ------------------------------------------------------------------ the static API, over the bundled grammar

    /**
     * The query a question asks, read by the bundled grammar.
     *
     * @throws BadQueryException when the question is longer than {@link #MAX_CHARS} or no known form matches
     */
    public static Query query(String question) {
        return bundled().queryOf(question);
    }

    /**
     * The command a question asks by the bundled grammar, or {@code null} when no known form matches.
     *
     * @throws BadQueryException when the question is longer than {@link #MAX_CHARS}
     */
    public static Parsed parse(String question) {
        return bundled().read(question);
    }

    /** The forms understood, for the help text. */
    public static List<String> examples() {
        return bundled().examples.subList(0, Math.min(18, bundled().examples.size()));
    }

    // ------------------------------------------------------------------ reading a question

    /**
     * The query {@code question} asks.
     *
     * @throws BadQueryException when the question is too long or no form matches
     */
    public Query queryOf(String question) {
        Parsed p = read(question);
        if (p == null) {
            throw new BadQueryException("I do not understand the question \"" + question + "\"; I understand e.g. "
                    + String.join(" | ", examples.subList(0, Math.min(18, examples.size()))));
        }
        return QueryParser.parse(p.command().equals("reports-to-both") ? "reports-to" : p.command(), p.args(), false);
    }

    /**
     * The answer to {@code question} over {@code org}, as {@code ask} gives it: people named by id, name
     * or surname + title (李经理) are read as the org reads them ({@link PersonResolver#find}).
     */
    public Reply ask(Org org, String question) {
        return resolve(org, queryOf(question)).ask(org, question);
    }

    /**
     * {@code q} with each person it names by name or surname + title (李明, 李经理, "Manager Li") given
     * by id, as every command reads them; arguments that name nobody (titles, roles, matters) are given
     * in simplified Chinese.
     */
    public static Query resolve(Org org, Query q) {
        QueryParser.Kind k = QueryParser.kind(q.command()).orElse(null);
        if (k == null) return q;
        List<String> args = new ArrayList<>(q.args());
        boolean changed = false;
        PersonResolver kn = org.resolver();
        for (int i = 0; i < args.size() && i < k.params().size(); i++) {
            String label = k.params().get(i).label();
            String a = args.get(i);
            if (label.equals("MATTER") && !simplified(a).equals(a)) {
                // the rules name their matters in simplified Chinese
                args.set(i, simplified(a));
                changed = true;
            }
            if (!label.equals("A") && !label.equals("B")) continue;
            if (a.isBlank() || org.person(a).isPresent()) continue;
            String lower = a.toLowerCase(Locale.ROOT);
            if (!lower.equals(a) && org.person(lower).isPresent()) {
                // ids are written in lower case; a question may capitalise them ("Does Emily report to Zhou?")
                args.set(i, lower);
                changed = true;
                continue;
            }
            var p = kn.find(a);
            if (p.isEmpty() && !simplified(a).equals(a)) p = kn.find(simplified(a));
            if (p.isPresent()) {
                args.set(i, p.get().getId());
                changed = true;
            } else if (!simplified(a).equals(a)) {
                // no one by that name: a title or a role, read as the ladder reads it (產品經理 → 产品经理)
                args.set(i, simplified(a));
                changed = true;
            }
        }
        if (!changed) return q;
        boolean all = q instanceof Query.Team t && t.all();
        if (all) args.remove("--all");
        return QueryParser.parse(q.command(), args, all);
    }

    /**
     * The command {@code question} asks, or {@code null} when no form matches.
     *
     * @throws BadQueryException when the question is longer than {@link #MAX_CHARS}
     */
    public Parsed read(String question) {
        String original = question == null ? "" : question.strip();
        if (original.length() > MAX_CHARS) {
            throw new BadQueryException("a question of " + original.length() + " characters is longer than the " + MAX_CHARS
                    + " read; ask it in fewer words");
        }
        // read in simplified Chinese, one character for one, so that a group's place is the same in both
        String q = simplified(original);
        for (Pattern p : prefixes) {
            Matcher m = p.matcher(q);
            if (m.find() && m.end() > 0 && m.end() < q.length()) {
                original = original.substring(m.end());
                q = q.substring(m.end());
            }
        }
        for (Form f : forms) {
            Matcher m = f.pattern.matcher(new Budget(q, BUDGET));
            boolean found;
            try {
                found = m.find();
            } catch (Budget.Spent e) {
                continue;
            }
            if (!found) continue;
            List<String> args = new ArrayList<>();
            for (Arg a : f.args) {
                args.add(a.text != null ? a.text : m.group(a.group) == null ? "" : clean(original.substring(m.start(a.group), m.end(a.group))));
            }
            return new Parsed(f.command, args);
        }
        return null;
    }

    /** Traditional characters as simplified ones, where the simplified one is a single char too (lengths stay). */
    static String simplified(String s) {
        String t = TitleText.simplified(s);
        return t.length() == s.length() ? t : s;
    }

    private static final Pattern PLURAL_ROLE = Pattern.compile(
            "(?i)\\b(manager|director|engineer|officer|supervisor|leader|president|programmer|accountant)s$");

    /** Strips quotes and filler words around a name: "the production manager" stays, "'li'" → li. */
    static String clean(String s) {
        String t = s.strip().replaceAll("^[\"'“”‘’「」《》]+|[\"'“”‘’「」《》]+$", "").strip();
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.startsWith("a ")) t = t.substring(2).strip();
        else if (lower.startsWith("an ")) t = t.substring(3).strip();
        else if (lower.startsWith("the ")) t = t.substring(4).strip();
        // "the production managers": a plural role word read as the role
        return PLURAL_ROLE.matcher(t).replaceFirst("$1");
    }

    /** A question that stops a match once it has read {@code budget} characters: a guard against slow patterns. */
    private static final class Budget implements CharSequence {
        static final class Spent extends RuntimeException {
            Spent() { super(null, null, false, false); }
        }

        private final String s;
        private final int[] left;
        private final int from, to;

        Budget(String s, int budget) { this(s, new int[] {budget}, 0, s.length()); }

        private Budget(String s, int[] left, int from, int to) {
            this.s = s;
            this.left = left;
            this.from = from;
            this.to = to;
        }

        @Override public int length() { return to - from; }

        @Override public char charAt(int i) {
            if (--left[0] < 0) throw new Spent();
            return s.charAt(from + i);
        }

        @Override public CharSequence subSequence(int start, int end) { return new Budget(s, left, from + start, from + end); }

        @Override public String toString() { return s.substring(from, to); }
    }

    // ------------------------------------------------------------------ reading the grammar

    /** A grammar from YAML text; {@code shown} names it in errors. */
    static Questions read(Reader in, String shown) {
        Node root;
        try {
            LoaderOptions o = new LoaderOptions();
            o.setAllowDuplicateKeys(false);
            root = new Yaml(o).compose(in);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            throw new BadQueryException(shown + ":" + line + ": not valid YAML: " + e.getProblem());
        } catch (YAMLException e) {
            throw new BadQueryException(shown + ": not valid YAML: " + e.getMessage());
        }
        if (!(root instanceof MappingNode top)) throw new BadQueryException(shown + ":1: a grammar is a map with 'forms:'");
        Map<String, String> parts = new LinkedHashMap<>();
        List<Pattern> prefixes = new ArrayList<>();
        List<Form> forms = new ArrayList<>();
        List<String> examples = new ArrayList<>();
        List<Object[]> checks = new ArrayList<>(); // {question, Form, expected args, line}
        for (NodeTuple t : top.getValue()) {
            String key = scalar(t.getKeyNode(), shown);
            Node v = t.getValueNode();
            switch (key) {
                case "parts" -> {
                    for (NodeTuple p : map(v, shown, "parts").getValue()) {
                        parts.put(scalar(p.getKeyNode(), shown), scalar(p.getValueNode(), shown));
                    }
                }
                case "prefixes" -> {
                    for (Node n : seq(v, shown, "prefixes")) prefixes.add(compile(expand(scalar(n, shown), parts, n, shown), n, shown));
                }
                case "forms" -> {
                    for (Node n : seq(v, shown, "forms")) forms.add(form(n, parts, shown, examples, checks));
                }
                default -> throw new BadQueryException(at(shown, t.getKeyNode()) + "unknown key '" + key
                        + "' (a grammar has parts, prefixes, forms)");
            }
        }
        if (forms.isEmpty()) throw new BadQueryException(shown + ":1: a grammar needs at least one form under 'forms:'");
        Questions g = new Questions(prefixes, forms, examples, shown);
        List<String> bad = new ArrayList<>();
        for (Object[] c : checks) {
            String question = (String) c[0];
            Parsed got = g.read(question);
            Form f = (Form) c[1];
            Parsed want = new Parsed(f.command, (List<String>) c[2]);
            if (!want.equals(got)) {
                bad.add(c[3] + "example \"" + question + "\" should read as " + want.command() + " "
                        + want.args() + " but reads as " + (got == null ? "nothing (no form matches)" : got.command() + " " + got.args()));
            }
        }
        if (!bad.isEmpty()) throw new BadQueryException(String.join("\n", bad));
        return g;
    }

    private static Form form(Node n, Map<String, String> parts, String shown, List<String> examples, List<Object[]> checks) {
        MappingNode m = map(n, shown, "a form");
        String query = null, pattern = null;
        Node patternNode = null;
        List<Arg> args = null;
        List<Object[]> ex = new ArrayList<>();
        for (NodeTuple t : m.getValue()) {
            String key = scalar(t.getKeyNode(), shown);
            Node v = t.getValueNode();
            switch (key) {
                case "query" -> query = scalar(v, shown);
                case "pattern" -> { pattern = scalar(v, shown); patternNode = v; }
                case "args" -> {
                    args = new ArrayList<>();
                    for (Node a : seq(v, shown, "args")) {
                        ScalarNode s = (ScalarNode) a;
                        String text = s.getValue();
                        boolean quoted = s.getScalarStyle() != org.yaml.snakeyaml.DumperOptions.ScalarStyle.PLAIN;
                        if (!quoted && text.matches("\\d{1,2}")) args.add(new Arg(Integer.parseInt(text), null));
                        else if (quoted) args.add(new Arg(0, text));
                        else throw new BadQueryException(at(shown, a) + "an argument is a group number or a quoted text, not " + text);
                    }
                }
                case "examples" -> {
                    for (NodeTuple e : map(v, shown, "examples").getValue()) {
                        List<String> want = new ArrayList<>();
                        for (Node a : seq(e.getValueNode(), shown, "an example's arguments")) want.add(scalar(a, shown));
                        ex.add(new Object[] {scalar(e.getKeyNode(), shown), null, want, at(shown, e.getKeyNode())});
                    }
                }
                default -> throw new BadQueryException(at(shown, t.getKeyNode()) + "unknown key '" + key
                        + "' (a form has query, pattern, args, examples)");
            }
        }
        if (query == null || pattern == null || args == null) {
            throw new BadQueryException(at(shown, n) + "a form needs query, pattern and args");
        }
        String command = query.equals("reports-to-both") ? "reports-to" : query;
        QueryParser.Kind k = QueryParser.kind(command).orElseThrow(() -> new BadQueryException(at(shown, n) + "'"
                + query_(n) + "' is not a query: " + String.join(", ", QueryParser.commands())));
        long required = k.params().stream().filter(p -> !p.optional()).count();
        if (args.size() < required || args.size() > k.params().size()) {
            throw new BadQueryException(at(shown, n) + k.name() + " takes " + required
                    + (required == k.params().size() ? "" : " to " + k.params().size()) + " arguments, the form gives " + args.size());
        }
        Pattern p = compile(expand(pattern, parts, patternNode, shown), patternNode, shown);
        for (Arg a : args) {
            if (a.text == null && (a.group < 1 || a.group > p.matcher("").groupCount())) {
                throw new BadQueryException(at(shown, patternNode) + "the pattern has no group " + a.group);
            }
        }
        Form f = new Form(p, command.equals("reports-to") && args.size() == 2 ? "reports-to-both" : command, args, at(shown, n));
        for (Object[] e : ex) {
            e[1] = f;
            checks.add(e);
            examples.add((String) e[0]);
        }
        return f;
    }

    private static String query_(Node n) {
        for (NodeTuple t : ((MappingNode) n).getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("query") && t.getValueNode() instanceof ScalarNode v) return v.getValue();
        }
        return "";
    }

    private static final Pattern PART = Pattern.compile("\\{([A-Z][A-Z0-9_]*)\\}");

    private static String expand(String pattern, Map<String, String> parts, Node n, String shown) {
        Matcher m = PART.matcher(pattern);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String part = parts.get(m.group(1));
            if (part == null) throw new BadQueryException(at(shown, n) + "no part '" + m.group(1) + "' under 'parts:'");
            m.appendReplacement(b, Matcher.quoteReplacement(part));
        }
        return m.appendTail(b).toString();
    }

    private static Pattern compile(String regex, Node n, String shown) {
        try {
            return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        } catch (PatternSyntaxException e) {
            throw new BadQueryException(at(shown, n) + "not a regular expression: " + e.getDescription() + " near index " + e.getIndex());
        }
    }

    private static String at(String shown, Node n) {
        return shown + ":" + (n.getStartMark().getLine() + 1) + ": ";
    }

    private static String scalar(Node n, String shown) {
        if (n instanceof ScalarNode s) return s.getValue();
        throw new BadQueryException(at(shown, n) + "expected a text");
    }

    private static MappingNode map(Node n, String shown, String what) {
        if (n instanceof MappingNode m) return m;
        throw new BadQueryException(at(shown, n) + what + " is a map");
    }

    private static List<Node> seq(Node n, String shown, String what) {
        if (n instanceof SequenceNode s) return s.getValue();
        throw new BadQueryException(at(shown, n) + what + " is a list");
    }
}
