/**
 * orgrules as a library: a rule-based expert system (Drools) that answers, over an organisation's
 * facts, who is senior to whom, who reports to whom and which facts break the rules, each answer
 * with the rules, the statements of the source article (K1.1 …) and the facts (file:line) behind it.
 *
 * <h2>The classes</h2>
 * <ul>
 *   <li>{@link org.orgrules.OrgExpert}: the rules, compiled once (the slow part, about a second) and
 *       shared by every thread; it loads facts into an {@link org.orgrules.view.Org}, as of today or of a
 *       given day where the facts date their rows and lines ({@code load(path, LocalDate)}).</li>
 *   <li>{@link org.orgrules.view.Org}: one organisation with everything the rules derived from it,
 *       immutable; ask it seniority, managers, chains of command, reports-to, peers and violations.</li>
 *   <li>{@link org.orgrules.knowledge.Knowledge}: the rest of the article over an {@code Org}: functional
 *       direction, approval routing, management class, product lines, KPIs, duties.</li>
 *   <li>{@link org.orgrules.ReloadingExpert}: an expert over a rules folder that analysts edit, swapped
 *       atomically when the rules change.</li>
 * </ul>
 * The packages are layers, each reaching only those below it: {@code model} → {@code facts} →
 * {@code engine} → {@link org.orgrules.view} (the {@code Org} and the small classes it delegates to,
 * among them the one {@code PersonResolver}) → {@link org.orgrules.knowledge} (one class per topic) →
 * this package, the facade ({@code OrgExpert}, {@code LiveOrg}, {@code ReloadingExpert}) → {@code query},
 * {@code explain}, {@code testing}, {@code chart}, {@code export}, and the applications {@code cli},
 * {@code serve}, {@code bench}.
 *
 * <p>Answers are records in {@link org.orgrules.model} ({@code Seniority}, {@code ReportsTo},
 * {@code Chain}, {@code ManagerLine}, {@code Violation}, each with its {@code Reason}s). Facts are read
 * by {@link org.orgrules.facts} (CSV, YAML, JSON, LDIF, column mappings for HR exports); pictures are
 * drawn by {@link org.orgrules.chart}, exports written by {@link org.orgrules.export}. The library never
 * prints and never exits; it logs through slf4j. A mistake in the facts is a
 * {@link org.orgrules.facts.LoadProblem}, not an exception; a mistake in the rules is a
 * {@link org.orgrules.engine.RulesException} naming the DRL file and line.
 *
 * <h2>Example</h2>
 * A whole program (the test suite compiles and runs this very text): with no argument it asks the
 * sample org bundled in the jar; {@code java HrCheck facts rules} asks the facts and the rules of
 * those folders (or files) instead.
 *
 * <pre>{@code
 * import java.nio.file.Path;
 * import org.orgrules.view.Org;
 * import org.orgrules.OrgExpert;
 * import org.orgrules.model.ReportsTo;
 * import org.orgrules.model.Seniority;
 * import org.orgrules.model.Violation;
 *
 * public class HrCheck {
 *     public static void main(String[] args) {
 *         // The rules: a folder of DRL files an analyst edits, or those bundled in the jar.
 *         OrgExpert expert = args.length > 1 ? OrgExpert.fromFolder(Path.of(args[1])) : OrgExpert.bundled();
 *
 *         // The facts: a CSV/YAML/JSON/LDIF file or a folder of them. Bad rows are reported, the rest loaded.
 *         Org org = args.length > 0 ? expert.load(Path.of(args[0])) : expert.loadBundledSample();
 *         org.loadProblems().forEach(p -> System.err.println("load problem: " + p));
 *
 *         // Who is senior? People by id or name, or bare titles (Chinese or English).
 *         Seniority s = org.whoIsSenior("产品经理", "技术总监");
 *         System.out.println("产品经理 vs 技术总监: " + s.answer());            // SECOND_SENIOR
 *         s.reasons().forEach(r -> System.out.println("  because " + r));      // ... [K7.1]
 *
 *         // Does li report to gm? li names no manager: a rule infers the production director (K2.3).
 *         ReportsTo r = org.reportsTo("li", "gm");
 *         System.out.println("li reports to gm: " + r.answer() + " via " + r.path());   // true via [zhang, gm]
 *
 *         // Which facts break the rules? Errors first, each naming the people and the rule.
 *         for (Violation v : org.violations()) {
 *             System.out.println(v.severity() + " [" + v.source() + "] " + v.message());   // ERROR [K2.2] ...
 *         }
 *     }
 * }
 * }</pre>
 *
 * Built with {@code mvn install}, the artifact is {@code org.orgrules:orgrules}; a fuller example of an
 * HR project that depends on it (an ERPNext export, a chart, an export) is {@code examples/embed}.
 */
package org.orgrules;
