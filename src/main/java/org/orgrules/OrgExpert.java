package org.orgrules;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import org.orgrules.engine.Derivation;
import org.orgrules.engine.RuleBase;
import org.orgrules.engine.RuleSource;
import org.orgrules.engine.RulesException;
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

    private OrgExpert(RuleBase rules, LoadLimits limits) {
        this.rules = rules;
        this.limits = limits;
    }

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

    /** Loads a CSV/YAML file or a folder of them; bad rows are in {@link Org#loadProblems()}, good rows answered. */
    public Org load(Path factsFileOrFolder) {
        return of(new FactsLoader(limits).load(factsFileOrFolder));
    }

    /**
     * As {@link #load(Path)}, reading CSV headers and JSON keys through a column mapping (exports of
     * Odoo, ERPNext, SuccessFactors, d3-org-chart …): {@code expert.load(path, ColumnMapping.parse("erpnext"))}.
     */
    public Org load(Path factsFileOrFolder, org.orgrules.facts.ColumnMapping columns) {
        return of(new FactsLoader(limits).withColumns(columns).load(factsFileOrFolder));
    }

    /** The sample organisation bundled in the jar. */
    public Org loadBundledSample() {
        return of(new FactsLoader(limits).loadBundled());
    }

    /** An org over facts the caller already has (ids must be unique; later duplicates are reported and dropped). */
    public Org of(Collection<Person> people) {
        java.util.Map<String, Person> unique = new java.util.LinkedHashMap<>();
        List<LoadProblem> problems = new java.util.ArrayList<>();
        for (Person p : people) {
            Person first = unique.putIfAbsent(p.getId(), p);
            if (first != null) problems.add(new LoadProblem(p.getOrigin(), 0, "duplicate id '" + p.getId() + "'"));
        }
        return new Org(rules, Derivation.run(rules, List.copyOf(unique.values())), problems);
    }

    private Org of(LoadResult loaded) {
        return new Org(rules, Derivation.run(rules, loaded.people()), loaded.problems());
    }
}
