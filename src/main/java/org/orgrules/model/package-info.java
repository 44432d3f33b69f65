/**
 * The facts the rules match and the answers they give, as immutable records (safe to share between
 * threads).
 *
 * <ul>
 *   <li>Answers of an {@link org.orgrules.view.Org}: {@link org.orgrules.model.Seniority} (with
 *       {@link org.orgrules.model.Answer}), {@link org.orgrules.model.ReportsTo},
 *       {@link org.orgrules.model.Chain}, {@link org.orgrules.model.ManagerLine} and
 *       {@link org.orgrules.model.Violation} (with {@link org.orgrules.model.Severity}); each carries the
 *       {@link org.orgrules.model.Reason}s behind it: the rule, its statement of the article (K-number)
 *       and the facts (file:line) it matched. A {@code ManagerLine} and a {@code ReportsTo} name the
 *       {@link org.orgrules.model.LineType} they go through: solid, acting or dotted.</li>
 *   <li>Facts read from the input: {@link org.orgrules.model.Person} (with its further
 *       {@link org.orgrules.model.Line}s and their dates), {@link org.orgrules.model.Charter},
 *       {@link org.orgrules.model.ProductLine}.</li>
 *   <li>Facts the rules derive (their javadoc starts "Derived"): reporting lines, positions' ranks and
 *       functions, heads of functions, functional direction, approvals, management classes, product
 *       line assignments, KPI advice.</li>
 *   <li>Knowledge data the rules insert (the title ladder, matters, duties, KPIs): their javadoc starts
 *       "Knowledge data".</li>
 * </ul>
 *
 * How to obtain and read these answers, as a whole runnable program, is the example of package
 * {@link org.orgrules}.
 */
package org.orgrules.model;
