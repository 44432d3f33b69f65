package org.orgrules.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieSession;
import org.orgrules.model.Position;
import org.orgrules.model.PositionFunction;
import org.orgrules.model.PositionRank;
import org.orgrules.model.SeniorityCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rules, compiled: a KieBase built from the DRL files of a {@link RuleSource}, plus what is
 * decided once per build (the seniority table) and a cache of title classifications.
 * Immutable and thread-safe; a KieBase hands out a fresh session per derivation.
 *
 * <p>Without a {@link RuleCache} the DRL is compiled by the classic (mvel) build. With one, the
 * compiled form is the executable model ({@link ExecutableModel}), kept in the cache and loaded by
 * later processes instead of compiled; the rule list, seniority table and line uses are derived from
 * the KieBase the same way in both cases. On a cache miss, a {@link CacheFill} other than
 * {@link CacheFill#IN_PROCESS} has the classic build answer and the entry filled by someone else.
 *
 * <p>Why it is long: the three ways to get compiled rules (classic build, executable-model compile into
 * the cache, load from the cache) must give the same rule base, and what is derived once per build
 * (rule list, seniority table, line uses, the classification cache) is computed from whichever was
 * used, in one place.
 */
public final class RuleBase {
    private static final Logger LOG = LoggerFactory.getLogger(RuleBase.class);
    private static final String RESOURCES = "src/main/resources/org/orgrules/rules/";
    private static final java.util.concurrent.atomic.AtomicLong BUILDS = new java.util.concurrent.atomic.AtomicLong();
    /** The parser's "[ERR 102] Line 7:20" (column 0-based) when the message carries no column of its own. */
    private static final Pattern PARSER_AT = Pattern.compile("^\\[ERR \\d+\\] Line (\\d+):(\\d+)");
    private static final Pattern RULE_DECL = Pattern.compile("^\\s*rule\\s+(\"([^\"]+)\"|'([^']+)'|(\\S+))");

    private final RuleSource source;
    private final KieBase kieBase;
    /** Whether a rule declares the global {@link #NAMED_LINES} (a rules folder of an analyst's may not). */
    private final boolean declaresNamedLines;
    private final List<RuleInfo> rules;
    private final Map<String, RuleInfo> rulesByName;
    private final List<RuleProblem> warnings;
    private final SeniorityTable seniority;
    private final LineUses lineUses;
    private final long buildMillis;
    private final boolean fromCache;
    private final long fireLimitBase;
    private final int fireLimitPerFact;
    private final long timeLimitMillis;
    private final org.orgrules.model.Progress progress;
    private final Map<String, Classification> classified;
    private final VocabularyTables vocabulary;

    /**
     * Rule bases built in this JVM, by what they were built from (the content key of every file, the
     * folder, the trust, the fire limits and the kind of build) and, with a cache, the stamp of the
     * cache entry they match: building equal rules again — a test's, a reload that changed nothing,
     * a shell line naming the same folder — is a copy that shares the compiled KieBase and the
     * seniority table. An entry whose cache file changed (rewritten, corrupted, removed) is not used.
     */
    private static final Map<String, Built> BUILT = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(16, 0.75f, true) {
                @Override protected boolean removeEldestEntry(Map.Entry<String, Built> eldest) {
                    return size() > 8;
                }
            });

    private record Built(RuleBase rules, String stamp) {}

    /** The vocabulary tables being parsed; {@link #get} waits for them and rethrows their problems. */
    private record Tables(java.util.concurrent.CompletableFuture<VocabularyTables> parsing) {
        VocabularyTables get() {
            try {
                return parsing.join();
            } catch (java.util.concurrent.CompletionException e) {
                if (e.getCause() instanceof RuntimeException r) throw r;
                if (e.getCause() instanceof Error err) throw err;
                throw e;
            }
        }
    }

    /** How long one session may fire before it is stopped, unless {@link #withTimeLimit} says otherwise: 5 minutes. */
    public static final java.time.Duration DEFAULT_TIME_LIMIT = java.time.Duration.ofMinutes(5);

    private RuleBase(RuleSource source, KieBase kieBase, VocabularyTables vocabulary, List<RuleInfo> rules, List<RuleProblem> warnings,
                     long t0, long fireLimitBase, int fireLimitPerFact, boolean fromCache) {
        this.source = source;
        this.kieBase = kieBase;
        this.declaresNamedLines = declaresNamedLines(kieBase);
        this.vocabulary = vocabulary;
        this.rules = List.copyOf(rules);
        Map<String, RuleInfo> byName = new HashMap<>();
        for (RuleInfo r : rules) byName.putIfAbsent(r.name(), r);
        this.rulesByName = byName;
        this.warnings = List.copyOf(warnings);
        this.fireLimitBase = fireLimitBase;
        this.fireLimitPerFact = fireLimitPerFact;
        this.fromCache = fromCache;
        this.timeLimitMillis = DEFAULT_TIME_LIMIT.toMillis();
        this.progress = org.orgrules.model.Progress.NONE;
        this.classified = new ConcurrentHashMap<>();
        List<Object> uses = new ArrayList<>();
        this.seniority = decideSeniority(uses);
        this.lineUses = new LineUses(uses);
        this.buildMillis = (System.nanoTime() - t0) / 1_000_000;
    }

    /** A copy of {@code built} as a build that started at {@code t0} gives it: everything compiled or decided is shared. */
    private RuleBase(RuleBase built, long t0, boolean fromCache) {
        this.source = built.source;
        this.kieBase = built.kieBase;
        this.declaresNamedLines = built.declaresNamedLines;
        this.vocabulary = built.vocabulary;
        this.rules = built.rules;
        this.rulesByName = built.rulesByName;
        this.warnings = built.warnings;
        this.fireLimitBase = built.fireLimitBase;
        this.fireLimitPerFact = built.fireLimitPerFact;
        this.fromCache = fromCache;
        this.timeLimitMillis = built.timeLimitMillis;
        this.progress = built.progress;
        this.classified = built.classified;
        this.seniority = built.seniority;
        this.lineUses = built.lineUses;
        this.buildMillis = (System.nanoTime() - t0) / 1_000_000;
    }

    private RuleBase(RuleBase base, long timeLimitMillis, org.orgrules.model.Progress progress) {
        this.source = base.source;
        this.kieBase = base.kieBase;
        this.declaresNamedLines = base.declaresNamedLines;
        this.vocabulary = base.vocabulary;
        this.rules = base.rules;
        this.rulesByName = base.rulesByName;
        this.warnings = base.warnings;
        this.seniority = base.seniority;
        this.lineUses = base.lineUses;
        this.buildMillis = base.buildMillis;
        this.fromCache = base.fromCache;
        this.fireLimitBase = base.fireLimitBase;
        this.fireLimitPerFact = base.fireLimitPerFact;
        this.classified = base.classified;
        this.timeLimitMillis = timeLimitMillis;
        this.progress = progress;
    }

    /**
     * These rules, with sessions stopped after {@code limit} of firing (a consequence that never
     * returns): the run fails with a {@link RulesException} naming the rule. {@link java.time.Duration#ZERO}: no
     * limit, and sessions fire on the caller's thread.
     */
    public RuleBase withTimeLimit(java.time.Duration limit) {
        if (limit.isNegative()) throw new IllegalArgumentException("time limit must not be negative: " + limit);
        return limit.toMillis() == timeLimitMillis ? this : new RuleBase(this, limit.toMillis(), progress);
    }

    /**
     * These rules, telling {@code p} every {@link org.orgrules.model.Progress#EVERY} firings of a
     * session (a long derivation); {@link org.orgrules.model.Progress#NONE}: nobody is told.
     */
    public RuleBase withProgress(org.orgrules.model.Progress p) {
        org.orgrules.model.Progress next = p == null ? org.orgrules.model.Progress.NONE : p;
        return next == progress ? this : new RuleBase(this, timeLimitMillis, next);
    }

    /** Who is told of long firing ({@link #withProgress}). */
    public org.orgrules.model.Progress progress() { return progress; }

    /** How long one session may fire, in milliseconds; 0: no limit. */
    public long timeLimitMillis() { return timeLimitMillis; }

    /** Builds the rules of {@code source} with the default fire limit. */
    public static RuleBase build(RuleSource source) {
        return build(source, 1_000_000L, 100);
    }

    /**
     * Builds the rules of {@code source}. A session may fire at most
     * {@code fireLimitBase + fireLimitPerFact × facts} rules before it is stopped as runaway.
     *
     * @throws RulesException naming file:line:column of every DRL error
     */
    public static RuleBase build(RuleSource source, long fireLimitBase, int fireLimitPerFact) {
        return build(source, fireLimitBase, fireLimitPerFact, false);
    }

    /**
     * Builds the rules of {@code source}; {@code trusted}: the caller vouches for the folder, so its
     * DRL may call any Java API. Untrusted (the default everywhere), DRL that reaches anything but the
     * model types, java.lang value types and java.util collections is refused by {@link RuleGuard}
     * (an allow-list, on the parsed rules) before it is compiled.
     *
     * @throws RulesException naming file:line of every use the allow-list refuses, or file:line:column of every DRL error
     */
    public static RuleBase build(RuleSource source, boolean trusted) {
        return build(source, 1_000_000L, 100, trusted);
    }

    /** As {@link #build(RuleSource, long, int)}, trusting the folder's DRL or not (see {@link #build(RuleSource, boolean)}). */
    public static RuleBase build(RuleSource source, long fireLimitBase, int fireLimitPerFact, boolean trusted) {
        return build(source, fireLimitBase, fireLimitPerFact, trusted, null);
    }

    /**
     * As {@link #build(RuleSource, long, int, boolean)}, through {@code cache} (null: none). With a
     * cache, rules compiled before — same files, same orgrules, Drools and Java, same trust — are
     * loaded instead of compiled ({@link #fromCache()}); otherwise they are compiled to the executable
     * model, loaded the same way and kept. The {@link RuleGuard} check runs before any compile; an
     * entry exists only for texts that passed it (or were trusted), so a hit skips it. Whatever
     * goes wrong with an entry (missing, corrupt, not loadable) means a compile, never an error.
     *
     * @throws RulesException naming file:line of every use the allow-list refuses, or file:line:column of every DRL error
     */
    public static RuleBase build(RuleSource source, long fireLimitBase, int fireLimitPerFact, boolean trusted, RuleCache cache) {
        return build(source, fireLimitBase, fireLimitPerFact, trusted, cache, CacheFill.IN_PROCESS);
    }

    /**
     * As {@link #build(RuleSource, long, int, boolean, RuleCache)}, doing on a cache miss what
     * {@code fill} says: compile to the executable model here ({@link CacheFill#IN_PROCESS}), or answer
     * with the classic build and ask for the entry to be filled elsewhere ({@link CacheFill#classicNowFillLater}).
     */
    public static RuleBase build(RuleSource source, long fireLimitBase, int fireLimitPerFact, boolean trusted, RuleCache cache,
                                 CacheFill fill) {
        java.util.Objects.requireNonNull(fill, "fill");
        long t0 = System.nanoTime();
        List<RuleFile> files = source.read();
        if (files.isEmpty()) throw new RulesException(source.toString(), "no .drl files in the rules folder");
        List<RuleFile> tables = source.readTables();
        String content = CacheKey.of(source, files, trusted);
        // The tables are data, not compiled: a build depends on them (the memo), the compiled form does not
        // (the cache entry), so a table edit costs a load, never a compile.
        String memo = content + " " + VocabularyTables.digest(tables) + " " + fireLimitBase + " " + fireLimitPerFact
                + (cache == null ? " classic" : fill.inProcess() ? " model" : " model-or-classic");
        Built before = BUILT.get(memo);
        if (before != null && before.stamp().equals(stamp(cache, content))) {
            return new RuleBase(before.rules(), t0, cache != null && !before.stamp().isEmpty());
        }
        // parsed beside the compile or load of the DRL (a few hundred ms for SnakeYAML in a fresh JVM),
        // needed only once the seniority table is decided
        Tables vocabulary = new Tables(java.util.concurrent.CompletableFuture.supplyAsync(() -> VocabularyTables.parse(tables)));
        RuleBase rb;
        try {
            rb = compileOrLoad(source, files, vocabulary, fireLimitBase, fireLimitPerFact, trusted, cache, fill, content, t0);
        } catch (RulesException e) {
            // the DRL's problems, and the tables' too: an analyst sees every one in one run
            List<RuleProblem> all = new ArrayList<>(e.problems());
            try {
                vocabulary.get();
            } catch (RulesException t) {
                if (t != e) all.addAll(t.problems());
            }
            if (all.size() == e.problems().size()) throw e;
            throw new RulesException(all);
        }
        BUILT.put(memo, new Built(rb, stamp(cache, content)));
        return rb;
    }

    /** The cache entry's size and time ("" when there is none): a memo of a build is good while it is unchanged. */
    private static String stamp(RuleCache cache, String key) {
        if (cache == null) return "";
        try {
            java.nio.file.Path f = cache.file(key);
            return java.nio.file.Files.size(f) + "@" + java.nio.file.Files.getLastModifiedTime(f).toMillis();
        } catch (java.io.IOException | RuntimeException none) {
            return "";
        }
    }

    private static RuleBase compileOrLoad(RuleSource source, List<RuleFile> files, Tables vocabulary, long fireLimitBase, int fireLimitPerFact,
                                          boolean trusted, RuleCache cache, CacheFill fill, String content, long t0) {
        String key = cache == null ? null : content;
        java.util.Optional<RuleCache.Entry> hit = cache == null ? java.util.Optional.empty() : cache.load(key);
        // An untrusted entry is only ever written after the guard passed on these very texts, and the key
        // covers the texts, the trust and the guard's code (the orgrules fingerprint): a hit needs no scan.
        if (!trusted && hit.isEmpty()) guard(files);
        if (cache == null) return classic(source, files, vocabulary, fireLimitBase, fireLimitPerFact, t0);
        if (hit.isPresent()) {
            try {
                KieBase kieBase = ExecutableModel.load(hit.get().jar(), hit.get().artifact());
                return assemble(source, kieBase, files, vocabulary, hit.get().warnings(), t0, fireLimitBase, fireLimitPerFact, true);
            } catch (RulesException e) {
                throw e; // the rules' own verdict (a fire limit, an undecided seniority case): a compile gives the same
            } catch (RuntimeException | LinkageError e) {
                LOG.warn("cannot use the cached rules {} ({}); compiling again", cache.file(key), e.toString());
                LOG.debug("the cached rules failed to load", e);
                cache.discard(key);
            }
        }
        if (!trusted && hit.isPresent()) guard(files); // the entry did not load: compile as if there were none
        if (!fill.inProcess()) {
            // answer now with the classic build (its errors are the ones to report anyway), fill the entry elsewhere
            RuleBase rb = classic(source, files, vocabulary, fireLimitBase, fireLimitPerFact, t0);
            if (cache.claimFill(key)) fill.request(new CacheFill.Request(source, trusted, cache, key));
            return rb;
        }
        String artifact = "rules-" + key.substring(0, 24);
        ExecutableModel.Compiled compiled = ExecutableModel.compile(files, artifact);
        if (compiled.hasErrors()) {
            // Errors are reported as the classic build words them (what lint, the tests and analysts know);
            // should the classic build accept what the executable model refuses, answer with it, uncached.
            RuleBase rb = classic(source, files, vocabulary, fireLimitBase, fireLimitPerFact, t0);
            LOG.warn("the rules of {} compile, but not to the executable model, so they are not cached: {}",
                    source, problems(compiled.messages(), files, source, true));
            return rb;
        }
        List<RuleProblem> warnings = problems(compiled.messages(), files, source, false);
        KieBase kieBase = ExecutableModel.load(compiled.jar(), artifact); // the path a later run takes
        RuleBase rb = assemble(source, kieBase, files, vocabulary, warnings, t0, fireLimitBase, fireLimitPerFact, false);
        cache.store(key, new RuleCache.Entry(artifact, compiled.jar(), warnings));
        return rb;
    }

    private static void guard(List<RuleFile> files) {
        List<RuleProblem> forbidden = RuleGuard.check(files);
        if (!forbidden.isEmpty()) throw new RulesException(forbidden);
    }

    /** The classic (mvel) build, as without a cache. */
    private static RuleBase classic(RuleSource source, List<RuleFile> files, Tables vocabulary, long fireLimitBase, int fireLimitPerFact, long t0) {
        KieServices ks = KieServices.Factory.get();
        ReleaseId rid = ks.newReleaseId(ExecutableModel.GROUP, "rules-" + BUILDS.incrementAndGet(), "1.0.0");
        KieFileSystem kfs = ks.newKieFileSystem();
        kfs.generateAndWritePomXML(rid);
        for (RuleFile f : files) kfs.write(RESOURCES + f.relativePath(), f.content());
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
        List<Message> messages = builder.getResults().getMessages();
        List<RuleProblem> errors = problems(messages, files, source, true);
        if (!errors.isEmpty()) throw new RulesException(errors);
        KieContainer container = ks.newKieContainer(rid);
        KieBase kieBase = container.getKieBase();
        ks.getRepository().removeKieModule(rid);
        return assemble(source, kieBase, files, vocabulary, problems(messages, files, source, false), t0, fireLimitBase, fireLimitPerFact, false);
    }

    private static RuleBase assemble(RuleSource source, KieBase kieBase, List<RuleFile> files, Tables tables,
                                     List<RuleProblem> warnings, long t0, long fireLimitBase, int fireLimitPerFact, boolean fromCache) {
        VocabularyTables vocabulary = tables.get();
        List<RuleInfo> infos = describe(kieBase.getKiePackages(), files, vocabulary);
        RuleBase rb = new RuleBase(source, kieBase, vocabulary, infos, warnings, t0, fireLimitBase, fireLimitPerFact, fromCache);
        LOG.debug("{} {} rules from {} in {} ms", fromCache ? "loaded" : "built", infos.size(), source, rb.buildMillis);
        return rb;
    }

    /** The builder's errors ({@code errors}) or its warnings, in the analyst's own file:line:column. */
    private static List<RuleProblem> problems(List<Message> messages, List<RuleFile> files, RuleSource source, boolean errors) {
        Map<String, RuleFile> byPath = new HashMap<>();
        for (RuleFile f : files) {
            byPath.put(RESOURCES + f.relativePath(), f);
            byPath.put(RESOURCES.substring("src/main/resources/".length()) + f.relativePath(), f);
        }
        List<RuleProblem> out = new ArrayList<>();
        for (Message m : messages) {
            if ((m.getLevel() == Message.Level.ERROR) != errors) continue;
            RuleFile f = byPath.get(m.getPath());
            String shown = f != null ? f.shownAs() : source.toString();
            int column = Math.max(0, m.getColumn());
            Matcher at = PARSER_AT.matcher(m.getText() == null ? "" : m.getText());
            if (column == 0 && at.find() && Integer.parseInt(at.group(1)) == m.getLine()) column = Integer.parseInt(at.group(2)) + 1;
            out.add(new RuleProblem(shown, Math.max(0, m.getLine()), column, oneLine(m.getText()), errors));
        }
        // "Parser returned a null Package" only repeats that a file did not parse: keep the real error.
        out.removeIf(p -> p.message().startsWith("Parser returned a null Package")
                && out.stream().anyMatch(q -> q != p && q.file().equals(p.file())));
        return out;
    }

    private static String oneLine(String text) {
        if (text == null) return "";
        // "[ERR 101] Line 4:20 no viable alternative …": the location is already in file:line:col
        return text.replaceAll("\\s*\\R\\s*", " ").replaceFirst("^\\[ERR \\d+\\] Line \\d+:\\d+\\s*", "").trim();
    }

    /**
     * Finds each rule's file and line by its declaration in the DRL text; the groups of the vocabulary
     * tables are rules too (their facts cite them), at their table's file and line.
     */
    private static List<RuleInfo> describe(Collection<KiePackage> packages, List<RuleFile> files, VocabularyTables vocabulary) {
        Map<String, String[]> declared = new HashMap<>(); // rule name -> {file, line}
        for (RuleFile f : files) {
            String[] lines = f.content().split("\\R", -1);
            for (int i = 0; i < lines.length; i++) {
                Matcher m = RULE_DECL.matcher(lines[i]);
                if (m.find()) {
                    String name = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
                    declared.putIfAbsent(name, new String[] {f.shownAs(), String.valueOf(i + 1)});
                }
            }
        }
        List<RuleInfo> infos = new ArrayList<>();
        for (KiePackage pkg : packages) {
            for (Rule r : pkg.getRules()) {
                Object src = r.getMetaData().get("source");
                String[] at = declared.getOrDefault(r.getName(), new String[] {"", "0"});
                infos.add(new RuleInfo(r.getName(), src == null ? "" : src.toString(), at[0], Integer.parseInt(at[1])));
            }
        }
        for (VocabularyTables.Group g : vocabulary.groups()) infos.add(g.info());
        infos.sort(java.util.Comparator.comparing(RuleInfo::file).thenComparingInt(RuleInfo::line));
        return infos;
    }

    /**
     * Decides every seniority case, and reads which kinds of line count for what and how strong each
     * is ({@code vocabulary/line-types.yaml}) and how a primary line is chosen ({@code primary-line.drl}).
     */
    private SeniorityTable decideSeniority(List<Object> uses) {
        List<SeniorityCase> cases = SeniorityTable.allCases();
        KieSession s = newSession();
        try {
            cases.forEach(s::insert);
            Firing.fire(s, fireLimit(cases.size()), this);
            uses.addAll(s.getObjects(o -> o instanceof org.orgrules.model.LineUse || o instanceof org.orgrules.model.LineStrength
                    || o instanceof org.orgrules.model.LinePreference));
        } finally {
            s.dispose();
        }
        for (SeniorityCase c : cases) {
            if (c.getAnswer() == null) {
                throw new RulesException(source.toString(),
                        "no seniority rule decides the case " + c + " (see seniority.drl)");
            }
        }
        return new SeniorityTable(cases);
    }

    /** How many firings a session over {@code facts} facts may make before it is stopped. */
    public long fireLimit(long facts) { return fireLimitBase + fireLimitPerFact * facts; }

    public RuleSource source() { return source; }
    public KieBase kieBase() { return kieBase; }

    /**
     * A new session of these rules holding the vocabulary tables' facts (the ladder's words, duties,
     * KPIs …): what every session the engine runs starts with. The caller disposes it.
     */
    public KieSession newSession() {
        KieSession s = kieBase.newKieSession();
        vocabulary.insertInto(s);
        setNamedLines(s, new NamedLines(List.of(), Map.of()));
        return s;
    }

    /** The name of the global through which rules look up the people of a named line ({@link NamedLines}). */
    public static final String NAMED_LINES = "named";

    private static boolean declaresNamedLines(KieBase kieBase) {
        for (org.kie.api.definition.KiePackage p : kieBase.getKiePackages()) {
            for (org.kie.api.definition.rule.Global g : p.getGlobalVariables()) if (g.getName().equals(NAMED_LINES)) return true;
        }
        return false;
    }

    /** Gives the session's rules {@code named} as the global {@value #NAMED_LINES}, when any rule declares it. */
    void setNamedLines(KieSession s, NamedLines named) {
        if (declaresNamedLines) s.setGlobal(NAMED_LINES, named);
    }

    /** The vocabulary tables ({@code vocabulary/*.yaml} of the rules folder), parsed. */
    public VocabularyTables vocabulary() { return vocabulary; }
    public List<RuleInfo> rules() { return rules; }
    public RuleInfo rule(String name) { return rulesByName.get(name); }
    public List<RuleProblem> warnings() { return warnings; }
    public SeniorityTable seniority() { return seniority; }
    /** Which kinds of line (solid, dotted, acting) count for the chain, seniority and reports-to. */
    public LineUses lineUses() { return lineUses; }
    /** How long reading, compiling (or loading) and deciding the seniority table took. */
    public long buildMillis() { return buildMillis; }
    /** True when the compiled rules came from a {@link RuleCache} instead of a compile. */
    public boolean fromCache() { return fromCache; }

    /**
     * The rank and function the ladder rules give to a title (and optional department). Cached: a title
     * is classified once per rule base.
     */
    public Classification classify(String title, String department) {
        String key = Position.key(title == null ? "" : title.strip(), department == null ? "" : department.strip());
        Classification known = classified.get(key);
        if (known != null) return known;
        Position p = new Position(title == null ? "" : title.strip(), department == null ? "" : department.strip());
        KieSession s = newSession();
        try {
            s.insert(p);
            Firing.fire(s, fireLimit(1), this);
            PositionRank rank = null;
            PositionFunction function = null;
            org.orgrules.model.PositionUnit unit = null;
            for (Object o : s.getObjects()) {
                if (o instanceof PositionRank r) rank = r;
                else if (o instanceof PositionFunction f) function = f;
                else if (o instanceof org.orgrules.model.PositionUnit u) unit = u;
            }
            Classification c = new Classification(p.getTitle(), rank, function, unit);
            classified.putIfAbsent(key, c);
            return c;
        } finally {
            s.dispose();
        }
    }

    void remember(Position p, PositionRank rank, PositionFunction function, org.orgrules.model.PositionUnit unit) {
        classified.putIfAbsent(p.getKey(), new Classification(p.getTitle(), rank, function, unit));
    }
}
