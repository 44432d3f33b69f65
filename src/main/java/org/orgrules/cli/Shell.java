package org.orgrules.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.orgrules.view.Org;
import org.orgrules.OrgExpert;
import org.orgrules.engine.RuleProblem;
import org.orgrules.engine.RulesException;
import org.orgrules.facts.LoadProblem;

/**
 * The lines of {@code shell}: each is a command line of the CLI (without {@code orgrules} and the
 * root options, which the shell's own are), run by a fresh {@link Main} against the {@link Session}'s
 * rules and facts, or one of the shell's own {@code :reload}, {@code :facts PATH}, {@code :help},
 * {@code :quit}. A failing line prints its problem and the shell goes on.
 *
 * <p>With {@code --json} every line that is not blank or a {@code #} comment gets exactly one line on
 * stdout, a compact JSON object: the command's JSON answer as the one-shot CLI prints it (an
 * output that is not JSON, such as {@code export}'s CSV, as {@code {"text": …}}; none as {@code {}}),
 * or {@code {"error": {"code": N, "message": …}}} when the command printed nothing and failed. The
 * problems also go to stderr, as in a one-shot call.
 */
final class Shell {
    private static final ObjectMapper COMPACT = new ObjectMapper();
    private static final String PROMPT_HELP = """
            Type a command as after ./orgrules, e.g.  senior li zhang | reports-to li | chain li | check | titles
                                                      ask "Who is senior, li or zhang?" | explain reports-to li
            COMMAND --help says more of one.
            """;

    private final Session session;
    private final boolean json;
    private final Map<String, String> env;
    private final PrintWriter out, err;

    Shell(Session session, boolean json, Map<String, String> env, PrintWriter out, PrintWriter err) {
        this.session = session;
        this.json = json;
        this.env = env;
        this.out = out;
        this.err = err;
    }

    Session session() { return session; }

    /**
     * Answers every line of {@code in} until its end or {@code :quit}.
     *
     * @return 0, or 2 when stdin could not be read
     */
    int answerAll(BufferedReader in) {
        try {
            for (String line; (line = in.readLine()) != null; ) {
                if (!answer(line)) break;
            }
            return Main.OK;
        } catch (IOException e) {
            err.println("orgrules: shell: cannot read stdin: " + e.getMessage());
            err.flush();
            return Main.BAD_INPUT;
        }
    }

    /** Answers one line; false when it asks to quit. */
    boolean answer(String line) {
        String s = line.strip();
        if (s.isEmpty() || s.startsWith("#")) return true;
        List<String> words;
        try {
            words = ShellWords.split(s);
        } catch (IllegalArgumentException e) {
            fail(Main.BAD_INPUT, "orgrules: " + e.getMessage());
            return true;
        }
        if (words.isEmpty()) return true;
        String first = words.get(0);
        switch (first) {
            case ":quit", ":q", ":exit", "quit", "exit" -> {
                return false;
            }
            case ":help", "help" -> help();
            case ":reload" -> {
                if (words.size() > 1) fail(Main.BAD_INPUT, "orgrules: :reload takes no arguments");
                else reload();
            }
            case ":facts" -> {
                if (words.size() > 2) fail(Main.BAD_INPUT, "orgrules: :facts takes one PATH (quote a path with spaces)");
                else if (words.size() == 1) factsInUse();
                else facts(words.get(1));
            }
            default -> {
                if (first.startsWith(":")) fail(Main.BAD_INPUT, "orgrules: unknown shell command " + first + " (:help lists them)");
                else command(words);
            }
        }
        return true;
    }

    // ------------------------------------------------------------- a command of the CLI

    private void command(List<String> words) {
        List<String> args = new ArrayList<>(session.options());
        args.addAll(words);
        String[] a = args.toArray(String[]::new);
        if (!json) {
            Main.execute(a, InputStream.nullInputStream(), out, err, env, session);
            out.flush();
            err.flush();
            return;
        }
        StringWriter o = new StringWriter(), e = new StringWriter();
        int code = Main.execute(a, InputStream.nullInputStream(), new PrintWriter(o), new PrintWriter(e), env, session);
        String problems = e.toString();
        if (!problems.isEmpty()) {
            err.print(problems);
            err.flush();
        }
        String text = o.toString();
        if (text.isEmpty() && code != Main.OK) {
            emit(error(code, problems.isBlank() ? "exit " + code : problems.strip()));
        } else {
            emit(answerObject(text));
        }
    }

    /** The one JSON object of an answer: the output itself when it is one JSON object, else {@code {"text": …}}. */
    static ObjectNode answerObject(String text) {
        if (text.isEmpty()) return COMPACT.createObjectNode();
        try (MappingIterator<JsonNode> it = COMPACT.readerFor(JsonNode.class).readValues(text)) {
            if (it.hasNext()) {
                JsonNode n = it.next();
                if (n instanceof ObjectNode o && !it.hasNext()) return o;
            }
        } catch (IOException | RuntimeException notJson) {
            // text, as below
        }
        ObjectNode o = COMPACT.createObjectNode();
        o.put("text", text);
        return o;
    }

    // ------------------------------------------------------------- the shell's own commands

    private void help() {
        List<String> names = commandNames();
        if (json) {
            ObjectNode o = COMPACT.createObjectNode();
            o.putPOJO("commands", names);
            o.putPOJO("shell", List.of(":reload", ":facts PATH", ":help", ":quit"));
            o.put("text", helpText());
            emit(o);
        } else {
            out.print(helpText());
            out.flush();
        }
    }

    private static String helpText() {
        StringBuilder b = new StringBuilder(PROMPT_HELP).append("Commands:\n");
        for (Object c : Main.commands()) {
            String[] nd = Main.nameAndDescription(c);
            if (nd[0].equals("shell")) continue;
            String d = nd[1];
            if (d.length() > 100) d = d.substring(0, 97) + "…";
            b.append(String.format("  %-12s %s%n", nd[0], d));
        }
        return b.append("""
                The shell's own:
                  :reload      read the rules and the facts again (a broken rule keeps the previous rules and facts)
                  :facts PATH  answer over other facts (:facts alone: which are in use)
                  :help        this
                  :quit        leave (or end of input, Ctrl-D)
                """).toString();
    }

    /** The names of the CLI's commands, as completion offers them. */
    static List<String> commandNames() {
        List<String> names = new ArrayList<>();
        for (Object c : Main.commands()) {
            String n = Main.nameAndDescription(c)[0];
            if (!n.equals("shell")) names.add(n);
        }
        return names;
    }

    /** Reads the rules and the facts again with the same options; a broken rule keeps the previous ones. */
    private void reload() {
        load(session.options(), null, "reloaded");
    }

    /** Answers over the facts at {@code path} from now on (same rules and other options). */
    private void facts(String path) {
        List<String> options = new ArrayList<>();
        for (String o : session.options()) if (!o.startsWith("--facts=")) options.add(o);
        options.add("--facts=" + path);
        load(options, session, "facts");
    }

    /**
     * Loads rules and facts by the root {@code options}; with {@code session} its rules are kept
     * when the options name them. When the rules do not build, or no fact could be read at all,
     * the session keeps what it had.
     */
    private void load(List<String> options, Session reuse, String what) {
        Main loader;
        OrgExpert expert;
        Org org;
        try {
            loader = Main.parsed(options, out, err, env, reuse);
            expert = loader.expert();
            org = loader.loadedOrg(); // prints its load problems on stderr
        } catch (RulesException e) {
            List<String> ps = new ArrayList<>();
            for (RuleProblem p : e.problems()) {
                err.println(p);
                ps.add(p.toString());
            }
            fail(Main.BAD_INPUT, "orgrules: the rules do not build; the previous rules and facts still answer", ps);
            return;
        } catch (Main.UsageException | picocli.CommandLine.ParameterException | IllegalArgumentException e) {
            fail(Main.BAD_INPUT, "orgrules: " + e.getMessage());
            return;
        }
        List<String> problems = org.loadProblems().stream().map(LoadProblem::toString).toList();
        err.flush();
        if (org.people().isEmpty() && !problems.isEmpty()) {
            fail(Main.BAD_INPUT, "orgrules: no facts could be read; the previous facts still answer", problems);
            return;
        }
        session.set(loader, expert, org);
        settle();
        Map<String, Object> o = new LinkedHashMap<>();
        o.put(what, true);
        o.put("facts", factsName());
        o.put("people", org.people().size());
        o.put("rules", expert.rules().rules().size());
        o.put("problems", problems);
        if (json) {
            emit(COMPACT.valueToTree(o));
        } else {
            out.println((what.equals("facts") ? "facts: " : "reloaded: ") + org.people().size() + " people from "
                    + factsName() + ", " + expert.rules().rules().size() + " rules"
                    + (problems.isEmpty() ? "" : ", " + problems.size() + " problems (on stderr)"));
            out.flush();
        }
    }

    private void factsInUse() {
        Org org = session.org();
        if (json) {
            ObjectNode o = COMPACT.createObjectNode();
            o.put("facts", factsName());
            o.put("people", org.people().size());
            emit(o);
        } else {
            out.println("facts: " + factsName() + ", " + org.people().size() + " people");
            out.flush();
        }
    }

    private String factsName() {
        Path f = session.factsKey().facts();
        if (f != null) return f.toString();
        return java.nio.file.Files.exists(Path.of("facts")) ? "facts" : "the bundled sample";
    }

    /**
     * Collects the garbage of a load before the shell answers: a load of 100 k people leaves ~150 MB
     * of young objects whose survivors the first collection after it copies, a pause of 0.2–0.4 s
     * that the first answer after the load would otherwise pay (BENCHMARKS.md, the shell).
     */
    static void settle() {
        System.gc();
    }

    // ------------------------------------------------------------- output

    private void fail(int code, String message) {
        fail(code, message, List.of());
    }

    /**
     * A line that failed: {@code message} on stderr (after the {@code printed} problems, already
     * there) and, with --json, an error object that gives both.
     */
    private void fail(int code, String message, List<String> printed) {
        err.println(message);
        err.flush();
        if (json) emit(error(code, printed.isEmpty() ? message : message + ":\n" + String.join("\n", printed)));
    }

    private static ObjectNode error(int code, String message) {
        ObjectNode o = COMPACT.createObjectNode();
        ObjectNode e = o.putObject("error");
        e.put("code", code);
        e.put("message", message);
        return o;
    }

    /** One line of JSON on stdout, flushed at once. */
    private void emit(JsonNode o) {
        try {
            out.println(COMPACT.writeValueAsString(o));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        out.flush();
    }
}
