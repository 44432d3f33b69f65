package org.orgrules.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.orgrules.view.Org;
import org.orgrules.OrgExpert;
import org.orgrules.view.UnknownPersonException;
import org.orgrules.engine.RuleProblem;
import org.orgrules.engine.RulesException;
import org.orgrules.facts.LoadLimits;
import org.orgrules.facts.LoadProblem;
import org.orgrules.query.BadQueryException;
import org.orgrules.query.QueryParser;
import org.orgrules.query.Replies;
import org.orgrules.query.Reply;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The command line: {@code orgrules [--rules DIR] [--facts PATH] [--json] COMMAND …}.
 * Exit codes: 0 answered; 1 {@code check} found an ERROR; 2 usage error or bad input (rules or facts).
 *
 * <p>Why it is long: the root command holds the global options with their help texts, the registry of
 * commands, the one mapping of failures to exit codes and messages (never a stack trace) and the
 * loading every command shares; the commands themselves are their own classes.
 */
@Command(name = "orgrules", mixinStandardHelpOptions = true, version = "orgrules 0.1.0",
        description = "A rule-based expert system for organisational hierarchy: who is senior, who reports to whom, "
                + "who are peers, and which facts break the rules.")
public final class Main implements Callable<Integer> {
    public static final int OK = 0, FINDINGS = 1, BAD_INPUT = 2;

    /**
     * The commands besides the queries (whose commands {@link QueryCommand} builds from
     * {@link QueryParser#KINDS}); add a new command here, a new question to the query table.
     */
    static final List<Class<?>> COMMANDS = List.of(
            AskCommand.class, ExplainCommand.class, TestCommand.class, LintCommand.class,
            BenchCommand.class, ExportCommand.class, ChartCommand.class, ShellCommand.class, ServeCommand.class);

    @Option(names = "--rules", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "rules folder (default: ./rules if present, else the bundled rules)")
    Path rules;

    @Option(names = "--facts", paramLabel = "PATH", scope = ScopeType.INHERIT,
            description = "a facts file or folder: CSV, YAML, LDIF or JSON (default: ./facts if present, else the bundled sample)")
    Path facts;

    @Option(names = "--map", paramLabel = "MAPPING", scope = ScopeType.INHERIT,
            description = "read other CSV headers / JSON keys: HEADER=FIELD,… or a preset (odoo, erpnext, successfactors, d3)")
    String map;

    @Option(names = "--map-file", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "a YAML column mapping: 'preset: NAME' and/or 'columns: {HEADER: FIELD}'")
    Path mapFile;

    @Option(names = "--as-of", paramLabel = "DATE", scope = ScopeType.INHERIT,
            description = "answer for the org as it was (or will be) on DATE, YYYY-MM-DD: the rows and lines in effect that day "
                    + "(default: today; matters only when the facts have from/to dates)")
    String asOf;

    @Option(names = "--json", scope = ScopeType.INHERIT, description = "print JSON")
    boolean json;

    @Option(names = "--fire-limit", paramLabel = "N", scope = ScopeType.INHERIT,
            description = "stop a rule session after N firings, naming the rule that keeps firing (default: scaled to the facts)")
    long fireLimit;

    @Option(names = "--time-limit", paramLabel = "SECONDS", scope = ScopeType.INHERIT,
            description = "stop a rule session that fires longer than SECONDS, naming the rule whose consequence "
                    + "does not return (default: 300; 0: no limit)")
    Long timeLimit;

    @Option(names = "--trust-rules", scope = ScopeType.INHERIT,
            description = "let the rules call any Java API (files, network, processes, reflection, threads); "
                    + "without it such a call is refused (see SECURITY.md)")
    boolean trustRules;

    @Option(names = "--no-cache", scope = ScopeType.INHERIT,
            description = "compile the rules, neither reading nor writing the rule cache "
                    + "($ORGRULES_CACHE_DIR, else $XDG_CACHE_HOME/orgrules, else ~/.cache/orgrules)")
    boolean noCache;

    @Option(names = "--max-file-mb", paramLabel = "MB", scope = ScopeType.INHERIT,
            description = "largest facts file read, in MiB (default: 512)")
    Long maxFileMb;

    @Option(names = "--max-rows", paramLabel = "N", scope = ScopeType.INHERIT,
            description = "most people read in one load (default: 5000000)")
    Integer maxRows;

    @Option(names = "--max-field-chars", paramLabel = "N", scope = ScopeType.INHERIT,
            description = "longest value (id, name, title …) accepted (default: 10000)")
    Integer maxFieldChars;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    private boolean badInput;
    private org.orgrules.engine.RuleCache cache;
    private boolean cacheTried;
    private OrgExpert expert;
    private java.util.Map<String, String> env = System.getenv();
    private java.io.InputStream in = System.in;
    /** Set for a line of {@code shell}: the rules and facts it loaded once, used while the line's options match them. */
    private Session session;

    @Override public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return BAD_INPUT;
    }

    public static void main(String[] args) {
        // UTF-8 whatever the platform default: answers are Chinese as often as English.
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(
                new java.io.FileOutputStream(java.io.FileDescriptor.out), java.nio.charset.StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(
                new java.io.FileOutputStream(java.io.FileDescriptor.err), java.nio.charset.StandardCharsets.UTF_8), true);
        System.exit(run(args, out, err));
    }

    /** Runs the CLI with the given streams and returns the exit code (tests call this). */
    public static int run(String[] args, PrintWriter stdout, PrintWriter stderr) {
        return run(args, System.in, stdout, stderr, System.getenv());
    }

    /** As {@link #run(String[], PrintWriter, PrintWriter)} with standard input {@code stdin} (where {@code shell} reads its lines). */
    public static int run(String[] args, java.io.InputStream stdin, PrintWriter stdout, PrintWriter stderr) {
        return run(args, stdin, stdout, stderr, System.getenv());
    }

    /** As {@link #run(String[], PrintWriter, PrintWriter)} in the environment {@code env} (where the rule cache is). */
    static int run(String[] args, PrintWriter stdout, PrintWriter stderr, java.util.Map<String, String> env) {
        return run(args, System.in, stdout, stderr, env);
    }

    static int run(String[] args, java.io.InputStream stdin, PrintWriter stdout, PrintWriter stderr, java.util.Map<String, String> env) {
        return execute(args, stdin, stdout, stderr, env, null);
    }

    /**
     * Runs one command line; with a {@code session} (a line of {@code shell}) its rules and facts answer
     * whenever the line's options name the same ones, and an option given again overrides the shell's.
     */
    static int execute(String[] args, java.io.InputStream stdin, PrintWriter stdout, PrintWriter stderr,
            java.util.Map<String, String> env, Session session) {
        CommandLine cl = session == null ? commandLine(args) : session.commandLine(args);
        Main main = (Main) cl.getCommand();
        main.badInput = false;
        main.expert = null;
        main.env = env;
        main.in = stdin;
        main.session = session;
        if (session != null) cl.setOverwrittenOptionsAllowed(true);
        cl.setOut(stdout);
        cl.setErr(stderr);
        cl.setExitCodeExceptionMapper(e -> BAD_INPUT);
        cl.setParameterExceptionHandler((ex, a) -> {
            stderr.println("orgrules: " + ex.getMessage() + " (try: orgrules --help)");
            return BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            if (ex instanceof RulesException re) {
                for (RuleProblem p : re.problems()) stderr.println(p);
            } else if (ex instanceof UnknownPersonException || ex instanceof UsageException
                    || ex instanceof org.orgrules.view.UnknownSubjectException || ex instanceof BadQueryException) {
                stderr.println("orgrules: " + ex.getMessage());
            } else {
                stderr.println("orgrules: internal error: " + ex);
                return 3;
            }
            return BAD_INPUT;
        });
        int code = cl.execute(args);
        stdout.flush();
        stderr.flush();
        return code;
    }

    /**
     * The command line for {@code args}, with only the command they name registered: picocli builds
     * the model of every registered command by reflection, ~0.25 s for all of them, a quarter of a
     * one-shot answer. When no command can be told (none given, a typo, {@code --help} before it)
     * every command is registered, so usage and "did you mean" read as always.
     */
    static CommandLine commandLine(String[] args) {
        CommandLine cl = new CommandLine(new Main());
        Object named = namedCommand(cl.getCommandSpec(), args);
        if (named != null) return withCommand(cl, named);
        for (Object c : commands()) withCommand(cl, c);
        return cl;
    }

    /** Every command: the queries' kinds, then the other command classes, in the order the help lists them. */
    static List<Object> commands() {
        List<Object> all = new java.util.ArrayList<>(QueryParser.KINDS);
        all.addAll(COMMANDS);
        return all;
    }

    /** {@code cl} with the command {@code c} (a query kind or a command class) registered. */
    static CommandLine withCommand(CommandLine cl, Object c) {
        if (c instanceof QueryParser.Kind k) cl.addSubcommand(k.name(), QueryCommand.spec(k));
        else cl.addSubcommand(c);
        return cl;
    }

    /** A command's name and help line, for the shell's help and completion. */
    static String[] nameAndDescription(Object c) {
        if (c instanceof QueryParser.Kind k) return new String[] {k.name(), k.description()};
        Command cmd = ((Class<?>) c).getAnnotation(Command.class);
        return new String[] {cmd.name(), cmd.description().length == 0 ? "" : cmd.description()[0]};
    }

    /**
     * The command {@code args} name after the global options (a query kind or a command class), or
     * null when that is not clear.
     */
    static Object namedCommand(CommandLine.Model.CommandSpec root, String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--")) return null;
            if (a.startsWith("-")) {
                CommandLine.Model.OptionSpec o = root.findOption(a.contains("=") ? a.substring(0, a.indexOf('=')) : a);
                if (o == null || o.usageHelp() || o.versionHelp()) return null;
                if (!a.contains("=") && o.arity().max() > 0) {
                    // its value; one that names a command is refused by picocli only when that command is registered
                    if (++i < args.length && command(args[i]) != null) return null;
                }
                continue;
            }
            return command(a);
        }
        return null;
    }

    private static Object command(String name) {
        java.util.Optional<QueryParser.Kind> kind = QueryParser.kind(name);
        if (kind.isPresent()) return kind.get();
        for (Class<?> c : COMMANDS) {
            Command cmd = c.getAnnotation(Command.class);
            if (cmd != null && (cmd.name().equals(name) || List.of(cmd.aliases()).contains(name))) return c;
        }
        return null;
    }

    /** A mistake in how the command was called. */
    static final class UsageException extends RuntimeException {
        UsageException(String message) { super(message); }
    }

    // --------------------------------------------------------------- shared plumbing

    /**
     * The root options alone (no command), parsed as the CLI would, printing to {@code out} and
     * {@code err}: how the shell loads rules and facts again.
     */
    static Main parsed(List<String> options, PrintWriter out, PrintWriter err, java.util.Map<String, String> env, Session session) {
        Main m = new Main();
        CommandLine cl = new CommandLine(m);
        cl.setOut(out);
        cl.setErr(err);
        cl.parseArgs(options.toArray(String[]::new));
        m.env = env;
        m.session = session;
        return m;
    }

    /** The root options as arguments that give them again (what each line of the shell starts with). */
    List<String> options() {
        List<String> a = new java.util.ArrayList<>();
        if (rules != null) a.add("--rules=" + rules);
        if (facts != null) a.add("--facts=" + facts);
        if (map != null) a.add("--map=" + map);
        if (mapFile != null) a.add("--map-file=" + mapFile);
        if (asOf != null) a.add("--as-of=" + asOf);
        if (json) a.add("--json");
        if (fireLimit != 0) a.add("--fire-limit=" + fireLimit);
        if (timeLimit != null) a.add("--time-limit=" + timeLimit);
        if (trustRules) a.add("--trust-rules");
        if (noCache) a.add("--no-cache");
        if (maxFileMb != null) a.add("--max-file-mb=" + maxFileMb);
        if (maxRows != null) a.add("--max-rows=" + maxRows);
        if (maxFieldChars != null) a.add("--max-field-chars=" + maxFieldChars);
        return a;
    }

    /** The options the rules depend on: equal keys build the same expert. */
    record RulesKey(Path rules, long fireLimit, boolean trustRules, boolean noCache, Long maxFileMb, Integer maxRows,
            Integer maxFieldChars, Long timeLimit) {}

    /** The options the facts depend on (with the rules): equal keys load the same org. */
    record FactsKey(Path facts, String map, Path mapFile, String asOf) {}

    RulesKey rulesKey() { return new RulesKey(rules, fireLimit, trustRules, noCache, maxFileMb, maxRows, maxFieldChars, timeLimit); }

    FactsKey factsKey() { return new FactsKey(facts, map, mapFile, asOf); }

    java.util.Map<String, String> env() { return env; }

    java.io.InputStream in() { return in; }

    /** The shell this command runs in, or null for a one-shot call. */
    Session session() { return session; }

    /**
     * The expert of the options, built once per command (a command that asks again gets the same
     * rules); in the shell, the session's while the line names the same rules.
     */
    OrgExpert expert() {
        if (expert == null) {
            expert = session != null && session.rulesKey().equals(rulesKey()) ? session.expert() : newExpert();
        }
        return expert;
    }

    private OrgExpert newExpert() {
        Path r = rulesFolder();
        if (fireLimit < 0) throw new UsageException("--fire-limit must be positive, got " + fireLimit);
        if (timeLimit != null && (timeLimit < 0 || timeLimit > Long.MAX_VALUE / 1000)) {
            throw new UsageException("--time-limit must be a number of seconds, 0 or more, not " + timeLimit);
        }
        OrgExpert.Builder b = OrgExpert.builder().rulesFolder(r).fireLimit(fireLimit).trustRules(trustRules).limits(limits())
                .progress(ProgressLine.forStderr(spec.commandLine().getErr()));
        if (timeLimit != null) b.timeLimit(java.time.Duration.ofSeconds(timeLimit));
        org.orgrules.engine.RuleCache c = cache();
        // a one-shot call that misses the cache answers with the classic build and leaves the compile to a
        // background JVM (ORGRULES_CACHE_FILL=background, set by ./orgrules); a shell line compiles here
        if (c != null && session == null && !longRunning && BackgroundFill.asked(env)) {
            b.cacheFill(org.orgrules.engine.CacheFill.classicNowFillLater(filler));
        }
        return (c == null ? b.noCache() : b.cache(c)).build();
    }

    private boolean longRunning;

    /**
     * This command keeps its rules for long ({@code shell}, {@code serve}): a cache miss compiles the cached
     * form in process, whatever {@code ORGRULES_CACHE_FILL} says (the launcher does not set it for them).
     */
    void longRunning() { longRunning = true; }

    /** Who fills the cache for a one-shot call that missed it: a background JVM ({@link BackgroundFill#start}); tests replace it. */
    static volatile java.util.function.Consumer<org.orgrules.engine.CacheFill.Request> filler = BackgroundFill::start;

    /**
     * The rule cache, unless {@code --no-cache}; a folder that cannot be created or written means no
     * cache, said once on stderr.
     */
    org.orgrules.engine.RuleCache cache() {
        if (noCache || cacheTried) return cache;
        cacheTried = true;
        Path dir = org.orgrules.engine.RuleCache.defaultDir(env, System.getProperty("user.home"));
        try {
            cache = org.orgrules.engine.RuleCache.open(dir);
        } catch (java.io.IOException | RuntimeException e) {
            spec.commandLine().getErr().println("orgrules: warning: no rule cache (cannot write " + dir + ": "
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage()) + "); compiling the rules");
        }
        return cache;
    }

    /** The rules folder in use: --rules, else ./rules if present; null for the bundled rules. */
    Path rulesFolder() {
        return rules != null ? rules : Files.isDirectory(Path.of("rules")) ? Path.of("rules") : null;
    }

    /** The load limits, from --max-file-mb, --max-rows and --max-field-chars over the defaults. */
    LoadLimits limits() {
        LoadLimits l = LoadLimits.defaults();
        if (maxFileMb != null) {
            if (maxFileMb <= 0 || maxFileMb > Long.MAX_VALUE >> 20) throw new UsageException("--max-file-mb must be a positive number of MiB, not " + maxFileMb);
            l = l.withMaxFileBytes(maxFileMb << 20);
        }
        if (maxRows != null) {
            if (maxRows <= 0) throw new UsageException("--max-rows must be a positive number, not " + maxRows);
            l = l.withMaxRows(maxRows);
        }
        if (maxFieldChars != null) {
            if (maxFieldChars <= 0) throw new UsageException("--max-field-chars must be a positive number, not " + maxFieldChars);
            l = l.withMaxFieldChars(maxFieldChars);
        }
        return l;
    }

    /**
     * The org of the options, loaded with {@link #expert()}; its load problems are printed on stderr.
     * In the shell, the session's org (loaded, and its problems printed, once) while the line names
     * the same rules and facts. Nobody in it (nothing loaded, or nobody on the {@code --as-of} day) is
     * bad input, said on stderr: no command answers on stdout from an org that is not there.
     */
    Org org() {
        Org org = loadedOrg();
        if (org.people().isEmpty()) throw new UsageException(nobody != null ? nobody : "nobody is in the facts; no answer");
        return org;
    }

    /** Why the org of the last {@link #loadedOrg()} has nobody in it (null when it has people). */
    private String nobody;

    /** As {@link #org()}, also when nobody was loaded (the shell keeps the facts it had then). */
    Org loadedOrg() {
        OrgExpert e = expert();
        if (session != null && e == session.expert() && session.factsKey().equals(factsKey())) return session.org();
        Path f = factsPath();
        org.orgrules.facts.ColumnMapping columns = columns();
        java.time.LocalDate day = asOf();
        org.orgrules.facts.LoadResult loaded;
        Org org;
        try {
            loaded = loaded(e.limits(), f, columns, e.rules().progress());
            org = e.of(loaded, day);
        } finally {
            ProgressLine.finish(e.rules().progress());
        }
        PrintWriter err = spec.commandLine().getErr();
        for (LoadProblem p : org.loadProblems()) err.println(p);
        for (org.orgrules.facts.LoadNotice n : loaded.asOf(day).notices()) err.println("orgrules: note: " + n);
        badInput = !org.loadProblems().isEmpty();
        nobody = org.people().isEmpty() ? nobody(loaded, f, day) : null;
        return org;
    }

    /** The facts in use: --facts, else ./facts if present; null for the bundled sample. */
    Path factsPath() {
        return facts != null ? facts : Files.exists(Path.of("facts")) ? Path.of("facts") : null;
    }

    /** Why no command answers: the load gave nobody, or nobody is in the org on the day asked. */
    static String nobody(org.orgrules.facts.LoadResult loaded, Path f, java.time.LocalDate day) {
        String from = f == null ? "the bundled sample" : f.toString();
        if (!loaded.people().isEmpty()) {
            return "nobody is in the org as of " + day + ": all " + loaded.people().size() + " rows read from " + from
                    + " are of people who had left or not yet started (the note above says so); no answer – try another --as-of";
        }
        return "the facts could not be read: nothing was loaded from " + from
                + (!loaded.problems().isEmpty() ? " (the problems above say why)"
                        : loaded.setAside() > 0 ? " (every row was set aside: the notes above say why)" : "")
                + "; no answer";
    }

    /** What the facts give, every row (all versions of dated rows); the bundled sample when {@code f} is null. */
    static org.orgrules.facts.LoadResult loaded(LoadLimits limits, Path f, org.orgrules.facts.ColumnMapping columns) {
        return loaded(limits, f, columns, org.orgrules.model.Progress.NONE);
    }

    /** As {@link #loaded(LoadLimits, Path, org.orgrules.facts.ColumnMapping)}, telling {@code progress} how the read goes. */
    static org.orgrules.facts.LoadResult loaded(LoadLimits limits, Path f, org.orgrules.facts.ColumnMapping columns,
                                                org.orgrules.model.Progress progress) {
        org.orgrules.facts.FactsLoader loader = new org.orgrules.facts.FactsLoader(limits).withProgress(progress);
        if (!columns.isEmpty()) loader = loader.withColumns(columns);
        return f == null ? loader.loadBundled() : loader.load(f);
    }

    /** The day of {@code --as-of}, else today. */
    java.time.LocalDate asOf() {
        if (asOf == null) return java.time.LocalDate.now();
        try {
            return org.orgrules.facts.Versions.date(asOf);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--as-of: " + e.getMessage());
        }
    }

    /** The column mapping of {@code --map-file} and then {@code --map}. */
    org.orgrules.facts.ColumnMapping columns() {
        try {
            org.orgrules.facts.ColumnMapping m = org.orgrules.facts.ColumnMapping.NONE;
            if (mapFile != null) m = m.and(org.orgrules.facts.ColumnMapping.fromFile(mapFile));
            if (map != null) m = m.and(org.orgrules.facts.ColumnMapping.parse(map));
            return m;
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** Prints {@code r} as the options say: its {@code --json} body, else its text. */
    void print(Reply r) {
        PrintWriter w = spec.commandLine().getOut();
        if (json) w.println(Replies.json(r));
        else w.print(r.plain());
        w.flush();
    }

    int done(int code) { return badInput ? BAD_INPUT : code; }

    static Main root(CommandLine.Model.CommandSpec sub) {
        return (Main) sub.parent().userObject();
    }
}
