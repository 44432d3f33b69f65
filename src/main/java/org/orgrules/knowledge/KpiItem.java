package org.orgrules.knowledge;

/** A KPI the product director should use, with its K-source; {@code phase} for in-house systems. */
public record KpiItem(String english, String chinese, String phase, String source) {}
