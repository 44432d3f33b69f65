package org.orgrules.view;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.orgrules.engine.Classification;
import org.orgrules.engine.Derivation.Derived;
import org.orgrules.engine.RuleBase;
import org.orgrules.facts.LoadProblem;
import org.orgrules.model.Answer;
import org.orgrules.model.Chain;
import org.orgrules.model.Head;
import org.orgrules.model.ManagerLine;
import org.orgrules.model.Person;
import org.orgrules.model.Reason;
import org.orgrules.model.ReportsTo;
import org.orgrules.model.Seniority;
import org.orgrules.model.Violation;

/**
 * An organisation as the rules see it: the facts plus everything the rules derived from them
 * (ranks, functions, explicit and inferred reporting lines, violations), indexed for queries.
 *
 * <p>Immutable and thread-safe: build it once ({@code OrgExpert.load}) and query it from any thread.
 * Transitive questions walk the derived direct lines (no closure is stored), and every walk stops
 * on cyclic data. Every answer carries the reasons — rule names and K-statements — that produced it.
 *
 * <p>This class is the read-only face of the package: the arrays are in {@link Index} (built there,
 * patched by {@link Patch}), and the answers are worked out by {@link Walks}, {@link SeniorityCases},
 * {@link Peers}, {@link Children}, {@link Managers}, {@link Violations}, worded by {@link Wording};
 * people are named through the one {@link PersonResolver}.
 */
public final class Org {
    /** The reason "rule" for steps the engine takes itself rather than a DRL rule: walking lines, naming people. */
    public static final String WALK = "orgrules: walk of the derived reporting lines";
    public static final String NAMES = "orgrules: people are named by id or exact name, anything else is a title";
    private final Index x;
    private final PersonResolver names;
    private final Violations violations;
    private final Wording words;
    private final Walks walks;
    private final Children children;
    private final Managers managers;
    private final SeniorityCases seniority;
    private final Peers peers;
    /** Indexes others build over this org once (the knowledge of it), by their class. */
    private final Map<Class<?>, Object> indexes = new ConcurrentHashMap<>();

    private Org(Index x, PersonResolver names) {
        this.x = x;
        this.names = names;
        this.violations = new Violations(x.violations);
        this.words = new Wording(x);
        this.walks = new Walks(x, words, violations);
        this.children = new Children(x);
        this.managers = new Managers(x, words);
        this.seniority = new SeniorityCases(x, names, words, walks, violations);
        this.peers = new Peers(x, seniority);
    }

    /**
     * The org of what the rules derived (for the facade: {@code OrgExpert}, {@code LiveOrg}).
     * {@code rows}: every row loaded (all versions of dated people), or null when they are the people.
     */
    public static Org of(RuleBase rules, Derived derived, List<LoadProblem> problems, List<Person> rows) {
        Index x = Index.build(rules, derived, problems, rows);
        return new Org(x, new PersonResolver(x));
    }

    /**
     * This org with one person changed and what the rules derived differently because of it: the
     * facts the live session inserted ({@code added}) and retracted ({@code removed}), by identity.
     * Arrays that did not change are shared; the rest are copied, so this org is left as it was.
     * {@code positions}: the classification of any position the change brought in.
     */
    public Org patched(Person changed, Collection<Object> added, Collection<Object> removed,
                       Map<String, Classification> positions) {
        Person before = x.people[x.index.get(changed.getId())];
        Index next = Patch.apply(x, changed, added, removed, positions);
        return new Org(next, new PersonResolver(next, names, before.getName().equals(changed.getName())));
    }

    /**
     * An index over this org built once, by whoever needs it (the knowledge of the org): the first
     * call makes it, later calls, from any thread, get the same one.
     */
    public <T> T index(Class<T> kind, Function<? super Org, ? extends T> make) {
        Object have = indexes.get(kind);
        if (have == null) {
            T made = make.apply(this);
            have = indexes.putIfAbsent(kind, made);
            if (have == null) have = made;
        }
        return kind.cast(have);
    }

    /** True when some walk up the primary lines meets a cycle. */
    boolean cyclic() { return x.cyclic; }

    /**
     * True when going up from {@code from} along every line of the chain or of command (primary
     * lines and the others, also the heads K2.3 could infer besides) reaches {@code target}: whether a
     * new line {@code target → from} closes a cycle.
     */
    public boolean reachesAlongAnyLine(String fromId, String targetId) {
        Integer from = x.index.get(fromId), target = x.index.get(targetId);
        if (from == null || target == null) return false;
        return walks.reachesAlongAnyLine(from, v -> v == target);
    }

    /** As {@link #reachesAlongAnyLine(String, String)}, for the first person reached who is a {@code target}. */
    public boolean reachesAlongAnyLine(String fromId, java.util.function.Predicate<Person> target) {
        Integer from = x.index.get(fromId);
        return from != null && walks.reachesAlongAnyLine(from, v -> target.test(x.people[v]));
    }

    /** How references name the people of this org: id, exact name, or surname + title. */
    public PersonResolver resolver() { return names; }

    // ---------------------------------------------------------------- facts

    /** Everyone loaded, in load order. */
    public List<Person> people() { return Collections.unmodifiableList(Arrays.asList(x.people)); }

    /**
     * Every row as loaded: the same as {@link #people()} but for dated facts, where it holds every
     * version of each person (also those not in effect on the day the org was taken as of).
     */
    public List<Person> rows() { return x.rows == null ? people() : x.rows; }

    public Optional<Person> person(String id) {
        Integer i = x.index.get(id);
        return i == null ? Optional.empty() : Optional.of(x.people[i]);
    }

    public int size() { return x.people.length; }

    /** Problems met while loading the facts (bad rows, duplicate ids …); the good rows are all here. */
    public List<LoadProblem> loadProblems() { return x.problems; }

    /**
     * Derived facts of a given type, as the rules inserted them: how rules beyond the core ones
     * (functional direction, approvals, advice …) hand their conclusions to the answers.
     */
    public <T> List<T> derived(Class<T> type) {
        if (type == Violation.class) {
            List<T> out = new ArrayList<>(x.violations.size());
            for (Object o : x.violations) out.add(type.cast(o));
            return out;
        }
        return x.derived.of(type);
    }

    /** The heads (directors) of each function in each company, as the rules found them (K5.1). */
    public List<Head> heads() { return x.derived.heads(); }

    /** The rule base that derived this org. */
    public RuleBase rules() { return x.rules; }

    /** The rank and function the ladder gives to a person's title. */
    public Classification classification(String id) { return x.cls[names.require(id)]; }

    // ---------------------------------------------------------------- seniority

    /**
     * Who is senior, {@code a} or {@code b}? Each is a person id, else a person's exact name, else a
     * bare title ("产品经理", "Technical Director") compared as a role. The decision procedure is the
     * one in {@code rules/core/seniority.drl}: different companies, then chain of command, then rank.
     */
    public Seniority whoIsSenior(String a, String b) { return seniority.whoIsSenior(a, b); }

    /**
     * Fast form of {@link #whoIsSenior} for two people (ids or exact names): the rules' answer
     * without the reasons, for callers that ask thousands of times (access checks, routing).
     */
    public Answer seniority(String a, String b) {
        int ia = names.require(a), ib = names.require(b);
        return ia == ib ? whoIsSenior(a, b).answer() : seniority.whoIsSenior(ia, ib);
    }

    /** The reasons a title has its rank: the classification rule and the ladder entry. */
    public static List<Reason> rankReasons(Classification c, String who) { return Wording.rankReasons(c, who); }

    /**
     * The peers (平级) of {@code id}: everyone {@link #whoIsSenior} would call PEERS with them — by the
     * shipped rules, the same company and rank, neither in the other's chain of command.
     */
    public List<String> peers(String id) { return peers.of(names.require(id)); }

    // ---------------------------------------------------------------- reporting

    /**
     * Direct managers of {@code id}: the primary line first (the chain of command: explicit before
     * inferred), then any others (further solid, acting and dotted lines, each with its type and dates).
     */
    public List<ManagerLine> managersOf(String id) { return managers.of(names.require(id)); }

    /**
     * The people with a line of the chain of command to {@code id} that is not their primary line
     * ({@code primary-line.drl} chose another): {@code team} does not list them, {@code reports-to} does.
     */
    public List<String> otherLineReports(String id) { return managers.otherLineReports(names.require(id)); }

    /**
     * Why {@code id}'s primary line is the one {@code chain} follows, when they have other lines of the
     * chain of command: one reason per other line, citing the rule of {@code primary-line.drl} that decided.
     */
    public List<Reason> primaryLineReasons(String id) {
        return List.copyOf(words.primaryReasons(names.require(id)).values());
    }

    /** The chain of command of {@code id}: nearest manager first, the top last; never repeats anyone. */
    public Chain chainOfCommand(String id) { return walks.chainOfCommand(names.require(id)); }

    /**
     * Does {@code person} report to {@code manager}, directly or through the chain of command — or,
     * as {@code line-types.drl} allows, through an acting or dotted line? The chain of command is
     * tried first; the answer's {@link ReportsTo#line()} says which kind of line the way went through.
     */
    public ReportsTo reportsTo(String person, String manager) {
        int p = names.require(person), m = names.require(manager);
        return walks.reportsTo(p, m);
    }

    /** Fast form of {@link #reportsTo(String, String)}: no reasons, no path. */
    public boolean isInChainOf(String person, String manager) {
        int p = names.require(person), m = names.require(manager);
        return walks.isInChainOf(p, m);
    }

    /** The people whose primary line leads directly to {@code id}, by id. */
    public List<String> directReports(String id) { return children.direct(names.require(id)); }

    /** Everyone whose chain of command contains {@code id}, by id. */
    public List<String> allReports(String id) { return children.all(names.require(id)); }

    // ---------------------------------------------------------------- violations

    /** Every violation the rules found, errors first. */
    public List<Violation> violations() { return violations.all(); }

    /** The violations that involve {@code id}. */
    public List<Violation> violationsOf(String id) {
        names.require(id);
        return violations.of(id);
    }
}
