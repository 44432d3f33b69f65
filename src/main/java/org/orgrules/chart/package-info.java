/**
 * Org charts: {@link org.orgrules.chart.OrgChart} (who is in the picture and its lines: named
 * solid, inferred dashed, functional direction dotted; people in violation) and
 * {@link org.orgrules.chart.ChartWriter} (Mermaid, Graphviz dot, SVG through {@code dot}, one
 * self-contained HTML page).
 *
 * <pre>{@code
 * Org org = OrgExpert.bundled().load(Path.of("facts"));
 * String html = ChartWriter.write(OrgChart.of(org, "zhang", 2), ChartWriter.Format.HTML);
 * }</pre>
 */
package org.orgrules.chart;
