package org.orgrules.model;

/** Derived (K8): the product director should evaluate product manager {@code pm} by {@code kpi}. */
public record KpiAdvice(Person pm, PmKind kind, Kpi kpi, RuleRef rule) {
    public String getPmId() { return pm.getId(); }

    public static KpiAdvice of(RuleRef by, Person pm, PmKind kind, Kpi kpi) {
        return new KpiAdvice(pm, kind, kpi, by);
    }
}
