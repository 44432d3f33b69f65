package org.orgrules;

import org.orgrules.view.Org;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.orgrules.engine.Derivation;
import org.orgrules.engine.RuleBase;
import org.orgrules.engine.RuleSource;
import org.orgrules.engine.RulesException;
import org.orgrules.explain.Explainer;
import org.orgrules.explain.Statements;
import org.orgrules.facts.FactsLoader;
import org.orgrules.facts.LoadLimits;
import org.orgrules.facts.LoadProblem;
import org.orgrules.facts.LoadResult;
import org.orgrules.model.Person;

/**
 * The expert: the rules, compiled once, that turn an organisation's facts into an {@link Org} that
 * answers who is senior, who reports to whom, who are peers and which facts break the rules.
 *
 * <pre>{@code
 * OrgExpert expert = OrgExpert.fromFolder(Path.of("rules"));   // or OrgExpert.bundled()
 * Org org = expert.load(Path.of("facts"));                       // a file or a folder, CSV or YAML
 * org.loadProblems().forEach(System.err::println);               // bad rows, by file:line; the rest loaded
 * Seniority s = org.whoIsSenior("产品经理", "技术总监");           // SECOND_SENIOR, reasons cite K7.1
 * org.managersOf("li");                                          // explicit or inferred (K2.3)
 * org.chainOfCommand("li").chain();                              // nearest first, top last
 * org.violations();                                              // K2.2, cycles, rank inversions …
 * }</pre>
 *
 * Thread-safe: share one expert; each {@code load} builds an independent, immutable {@link Org}.
 *
 * <p>A runnable example of an HR project embedding the library (loading an ERPNext export through
 * a column mapping, asking, checking, drawing a chart and exporting) is {@code examples/embed}
 * ({@code com.example.hr.OrgReport}); the test suite compiles and runs it.
 */
public final class OrgExpert {
    private final RuleBase rules;
    private final LoadLimits limits;
    private final long fireLimit; // 0: the rule base's default (scaled to the facts)
    private final boolean trustRules;
    private final org.orgrules.engine.RuleCache cache; // null: none
    private final org.orgrules.engine.CacheFill fill;
    private volatile Statements statements;

    private OrgExpert(RuleBase rules, LoadLimits limits) {
        this(rules, limits, 0, false, null, org.orgrules.engine.CacheFill.IN_PROCESS);
    }

    private OrgExpert(RuleBase rules, LoadLimits limits, long fireLimit, boolean trustRules, org.orgrules.engine.RuleCache cache,
                      org.orgrules.engine.CacheFill fill) {
        this.rules = rules;
        this.limits = limits;
        this.fireLimit = fireLimit;
        this.trustRules = trustRules;
        this.cache = cache;
        this.fill = fill;
    }

    /**
     * An expert with options: {@code OrgExpert.builder().rules(dir).fireLimit(100_000).trustRules(false).build()}.
     * By default the rules are the bundled ones, untrusted (see SECURITY.md), with default limits.
     */
    public static Builder builder() { return new Builder(); }

    /** Options for an expert: where the rules are, whether they are trusted, the fire limit, the load limits. */
    public static final class Builder {
        private RuleSource source = RuleSource.bundled();
        private LoadLimits limits = LoadLimits.defaults();
        private long fireLimit;
        private org.orgrules.model.Progress progress = org.orgrules.model.Progress.NONE;
        private boolean trustRules;
        private java.time.Duration timeLimit = RuleBase.DEFAULT_TIME_LIMIT;
        private Path cacheDir;
        private org.orgrules.engine.RuleCache cache;
        private org.orgrules.engine.CacheFill fill = org.orgrules.engine.CacheFill.IN_PROCESS;

        private Builder() {}

        /** The rules of a folder (default: the bundled rules). */
        public Builder rules(Path folder) { this.source = RuleSource.folder(folder); return this; }
        public Builder rules(RuleSource source) { this.source = java.util.Objects.requireNonNull(source, "source"); return this; }

        /** The rules folder to read; null for the bundled rules. */
        public Builder rulesFolder(Path folder) {
            this.source = folder == null ? RuleSource.bundled() : RuleSource.folder(folder);
            return this;
        }

        /** Limits for loading facts (file size, rows, value length). */
        public Builder limits(LoadLimits limits) { this.limits = java.util.Objects.requireNonNull(limits, "limits"); return this; }

        /**
         * At most this many rule firings per session; a rule that keeps firing (a modify loop) is then
         * stopped with a {@link RulesException} naming it. 0 (the default) scales the limit to the facts.
         */
        /**
         * Tell {@code p} how a long load goes: every {@link org.orgrules.model.Progress#EVERY} people
         * read and rules fired (the CLI shows it on a terminal's stderr). Default: nobody is told.
         */
        public Builder progress(org.orgrules.model.Progress p) {
            this.progress = p == null ? org.orgrules.model.Progress.NONE : p;
            return this;
        }

        public Builder fireLimit(long limit) {
            if (limit < 0) throw new IllegalArgumentException("fire limit must be positive: " + limit);
            this.fireLimit = limit;
            return this;
        }

        /**
         * Whether the rules may call any Java API (processes, files, network, reflection, threads).
         * False by default: such a call fails the build with {@code FILE:LINE: not allowed: …}.
         */
        public Builder trustRules(boolean trust) { this.trustRules = trust; return this; }

        /**
         * How long one rule session may fire (default {@link RuleBase#DEFAULT_TIME_LIMIT}): a consequence
         * that never returns is then stopped with a {@link RulesException} naming the rule.
         * {@link java.time.Duration#ZERO}: no limit.
         */
        public Builder timeLimit(java.time.Duration limit) {
            if (java.util.Objects.requireNonNull(limit, "limit").isNegative()) {
                throw new IllegalArgumentException("time limit must not be negative: " + limit);
            }
            this.timeLimit = limit;
            return this;
        }

        /**
         * Keep the compiled rules in {@code dir} and load them from there the next time the same rules
         * are built (by this or another process): see {@link org.orgrules.engine.RuleCache}. The library
         * has no cache unless asked (a process that builds once gains nothing from it; the CLI asks for
         * one). A folder that cannot be created or written means no cache, with a warning in the log.
         */
        public Builder cache(Path dir) {
            this.cacheDir = java.util.Objects.requireNonNull(dir, "dir");
            this.cache = null;
            return this;
        }

        /** As {@link #cache(Path)}, with a cache already opened. */
        public Builder cache(org.orgrules.engine.RuleCache cache) {
            this.cache = java.util.Objects.requireNonNull(cache, "cache");
            this.cacheDir = null;
            return this;
        }

        /**
         * What a build through the cache does when the rules are not in it: compile them to the cached
         * form here ({@link org.orgrules.engine.CacheFill#IN_PROCESS}, the default), or answer with the
         * classic build and have the entry filled elsewhere ({@link org.orgrules.engine.CacheFill#classicNowFillLater},
         * how the CLI's one-shot calls answer the first call after an edit sooner). No effect without a cache.
         */
        public Builder cacheFill(org.orgrules.engine.CacheFill fill) {
            this.fill = java.util.Objects.requireNonNull(fill, "fill");
            return this;
        }

        /** Compile the rules, keep nothing (the default). */
        public Builder noCache() {
            this.cacheDir = null;
            this.cache = null;
            return this;
        }

        /** @throws RulesException naming the DRL file, line and column of every error or refused use */
        public OrgExpert build() {
            org.orgrules.engine.RuleCache c = cache;
            if (c == null && cacheDir != null) {
                try {
                    c = org.orgrules.engine.RuleCache.open(cacheDir);
                } catch (java.io.IOException | RuntimeException e) {
                    org.slf4j.LoggerFactory.getLogger(OrgExpert.class)
                            .warn("no rule cache: cannot use {} ({}); compiling the rules", cacheDir, e.toString());
                }
            }
            RuleBase rb = (fireLimit > 0 ? RuleBase.build(source, fireLimit, 0, trustRules, c, fill)
                    : RuleBase.build(source, 1_000_000L, 100, trustRules, c, fill)).withTimeLimit(timeLimit).withProgress(progress);
            return new OrgExpert(rb, limits, fireLimit, trustRules, c, fill);
        }
    }

    /**
     * The same expert with its rules read and compiled again from the same source and options: how a
     * changed rules folder takes effect (see {@link ReloadingExpert} for atomic swapping).
     *
     * @throws RulesException when the rules no longer build; this expert is unaffected
     */
    public OrgExpert rebuilt() {
        Builder b = builder().rules(rules.source()).limits(limits).fireLimit(fireLimit).trustRules(trustRules)
                .timeLimit(java.time.Duration.ofMillis(rules.timeLimitMillis())).progress(rules.progress()).cacheFill(fill);
        return (cache == null ? b : b.cache(cache)).build();
    }

    /** The K-statements the rules cite, from {@code statements.yaml} beside the rules (else the bundled one). */
    public Statements statements() {
        Statements s = statements;
        if (s == null) statements = s = Statements.of(rules.source());
        return s;
    }

    /** Explanations (rules fired, K-statements, facts matched) of an org's answers. */
    public Explainer explainer(Org org) { return new Explainer(org, statements()); }

    /** The rules bundled in the jar (a copy of the project's {@code rules/} folder). */
    public static OrgExpert bundled() {
        return new OrgExpert(RuleBase.build(RuleSource.bundled()), LoadLimits.defaults());
    }

    /**
     * The rules of a folder, read now: an analyst's edit takes effect without a Java build.
     *
     * @throws RulesException naming the DRL file, line and column of every error
     */
    public static OrgExpert fromFolder(Path rulesFolder) {
        return new OrgExpert(RuleBase.build(RuleSource.folder(rulesFolder)), LoadLimits.defaults());
    }

    /** An expert over already built rules, with other limits for loading facts. */
    public static OrgExpert of(RuleBase rules, LoadLimits limits) {
        return new OrgExpert(rules, limits);
    }

    public RuleBase rules() { return rules; }

    /** A loader with this expert's limits, telling this expert's progress listener. */
    private FactsLoader loader() {
        return new FactsLoader(limits).withProgress(rules.progress());
    }

    /** The limits facts are loaded with. */
    public LoadLimits limits() { return limits; }

    /**
     * Loads a CSV/YAML file or a folder of them; bad rows are in {@link Org#loadProblems()}, good rows
     * answered. Dated rows are taken as of today ({@link #load(Path, LocalDate)}).
     */
    public Org load(Path factsFileOrFolder) {
        return of(loader().load(factsFileOrFolder));
    }

    /**
     * As {@link #load(Path)}, as of {@code day}: where rows or lines have {@code from}/{@code to} dates,
     * the org is the one in effect that day (each person's row of that day, the lines in effect that day).
     */
    public Org load(Path factsFileOrFolder, LocalDate day) {
        return of(loader().load(factsFileOrFolder), day);
    }

    /**
     * As {@link #load(Path)}, reading CSV headers and JSON keys through a column mapping (exports of
     * Odoo, ERPNext, SuccessFactors, d3-org-chart …): {@code expert.load(path, ColumnMapping.parse("erpnext"))}.
     */
    public Org load(Path factsFileOrFolder, org.orgrules.facts.ColumnMapping columns) {
        return of(loader().withColumns(columns).load(factsFileOrFolder));
    }

    /** The sample organisation bundled in the jar. */
    public Org loadBundledSample() {
        return of(loader().loadBundled());
    }

    /**
     * An org over facts the caller already has, as of today. Ids must be unique, but for dated rows
     * (versions of one person, {@link Person#getFrom()}); later duplicates are reported and dropped.
     */
    public Org of(Collection<Person> people) {
        return of(people, LocalDate.now());
    }

    /** As {@link #of(Collection)}, as of {@code day}. */
    public Org of(Collection<Person> people, LocalDate day) {
        List<LoadProblem> problems = new java.util.ArrayList<>();
        List<Person> kept = org.orgrules.facts.Versions.merge(List.copyOf(people), problems);
        return of(new LoadResult(kept, problems), day);
    }

    /**
     * A live org over a facts file or folder, as of today: changes to one person are derived
     * incrementally ({@link LiveOrg#update}). Close it when done: it keeps a rule session open.
     */
    public LiveOrg live(Path factsFileOrFolder) {
        return live(loader().load(factsFileOrFolder), LocalDate.now());
    }

    /** A live org over loaded facts as of {@code day} (see {@link #live(Path)}). */
    public LiveOrg live(LoadResult loaded, LocalDate day) {
        LoadResult snapshot = loaded.asOf(day);
        return new LiveOrg(org.orgrules.engine.LiveSession.open(rules, snapshot.people(), snapshot.facts()), snapshot);
    }

    /** An org over loaded facts (the people and the company facts read with them), as of today. */
    public Org of(LoadResult loaded) {
        return of(loaded, LocalDate.now());
    }

    /** An org over loaded facts as of {@code day}: see {@link LoadResult#asOf}. */
    public Org of(LoadResult loaded, LocalDate day) {
        LoadResult snapshot = loaded.asOf(day);
        return Org.of(rules, Derivation.run(rules, snapshot.people(), snapshot.facts()), snapshot.problems(),
                snapshot == loaded ? null : loaded.people());
    }
}
