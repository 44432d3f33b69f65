/**
 * Loading the facts: people, from CSV and YAML files, a folder of them, a stream, or the sample
 * org bundled in the jar.
 *
 * <p>{@link org.orgrules.facts.FactsLoader} is the entry point; it returns a
 * {@link org.orgrules.facts.LoadResult}: the people read, and a
 * {@link org.orgrules.facts.LoadProblem} ({@code file:line: message}) for everything wrong. Bad
 * input gets a clear error and loses nothing: a bad row is skipped and reported, the good rows are
 * kept. Nothing here throws for a mistake in the input, prints, or exits.
 *
 * <h2>CSV</h2>
 * A header {@code id,name,title,department,company,manager_id} (any case and order, spaces
 * trimmed; each field also by the names {@link org.orgrules.facts.FieldAliases} gives it, the one table
 * every format reads; {@code id} and {@code title} required; other columns ignored), UTF-8 with or without a
 * byte order mark, LF or CRLF line ends, RFC 4180 quoting. A blank or {@code NO_MGR} manager is none.
 *
 * <h2>YAML</h2>
 * A list of people; or {@code company:} and {@code people:}; or {@code companies:}, each with
 * {@code name:} and {@code people:}. Person keys: {@code id, name, title, department, company,
 * manager} ({@code manager_id}, {@code parent_id} and every name {@link org.orgrules.facts.FieldAliases}
 * gives a field are the same, as in CSV and JSON). Read as plain values only: no type is ever created,
 * aliases are limited to 50.
 *
 * <h2>Other HR exports</h2>
 * A {@link org.orgrules.facts.ColumnMapping} (presets {@code odoo}, {@code erpnext},
 * {@code successfactors}, {@code d3}, or {@code HEADER=FIELD} items) reads other CSV headers and JSON
 * keys ({@link org.orgrules.facts.FactsLoader#withColumns}). {@code .ldif} files are read as LDIF
 * ({@code inetOrgPerson}/AD {@code user} entries, managers by DN), {@code .json} files as a list of
 * people or {@code {"people": [...]}}, {@code .xlsx} workbooks sheet by sheet as the CSV they hold
 * (problems at {@code FILE:SHEET:ROW}). In every format a manager may come after their reports; a
 * manager that is no id but the name of exactly one person is that person (Odoo's display names),
 * and a name several people share is a problem naming them.
 *
 * <h2>Set aside on purpose</h2>
 * Rows whose {@code status} says the person has left or is inactive (with no {@code to} date to say
 * when), disabled AD accounts and AD computer objects are not loaded; {@link
 * org.orgrules.facts.LoadResult#notices()} count them and say why, as {@link
 * org.orgrules.facts.LoadResult#asOf} does for the people not in the org on the day asked.
 *
 * <h2>Limits</h2>
 * {@link org.orgrules.facts.LoadLimits}: file size, row count and value length, each reported
 * with its name when exceeded.
 */
package org.orgrules.facts;
