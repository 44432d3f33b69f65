package org.orgrules.model;

/**
 * Derived (K2.3): everyone of {@code company} who holds the position {@code positionKey} and names no
 * manager reports to {@code manager}, the director of the position's function, on a solid inferred line.
 * The rules derive this once per position and director, not per person, so that a company with
 * several directors of one function (itself a K2.2 violation) costs positions × directors, never
 * managers × directors; the engine gives each such holder the line ({@link #of}).
 */
public record PositionLine(String company, String positionKey, Person manager, RuleRef rule) {
    public String getCompany() { return company; }
    public String getPositionKey() { return positionKey; }
    public Person getManager() { return manager; }
    public String getManagerId() { return manager.getId(); }
    public String managerId() { return manager.getId(); }
    /** Always solid: the line the facts would have named. */
    public LineType getType() { return LineType.SOLID; }

    /** True when {@code p} has this line: they hold the position in the company, name no manager, and are not the director. */
    public boolean holds(Person p) {
        return p.getManagerId() == null && p.getCompany().equals(company) && p.getPositionKey().equals(positionKey)
                && !p.getId().equals(manager.getId());
    }

    /** The line as it applies to one holder of the position. */
    public ReportingLine of(Person p) {
        return ReportingLine.inferred(rule, p, manager);
    }

    public static PositionLine inferred(RuleRef by, String company, String positionKey, Person manager) {
        return new PositionLine(company, positionKey, manager, by);
    }
}
