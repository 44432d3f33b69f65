package org.orgrules.model;

/**
 * Derived (K6.2): everyone of {@code company} who holds {@code positionKey} and names a holder of
 * {@code managerPositionKey} in {@code managerCompany} as a manager reports to that manager on a line
 * of {@code type}: the manager column's solid line, or ({@code further}) a further line the facts
 * name. The rules derive it once per pair of positions and kind of line ({@link ManagerNamed}); the
 * engine gives each person of the pair the line to the manager they name ({@link #of}).
 */
public record NamedLine(String company, String positionKey, String managerCompany, String managerPositionKey,
                        LineType type, boolean further, RuleRef rule) {
    public NamedLine {
        if (type == null) type = LineType.SOLID;
    }
    public String getCompany() { return company; }
    public String getPositionKey() { return positionKey; }
    public String getManagerCompany() { return managerCompany; }
    public String getManagerPositionKey() { return managerPositionKey; }
    public LineType getType() { return type; }
    public boolean isFurther() { return further; }
    /** True when the two positions are in different companies. */
    public boolean isAcrossCompanies() { return !company.equals(managerCompany); }

    /** The pair this line was derived for. */
    public ManagerNamed getPair() { return pair(); }

    /** The pair this line was derived for. */
    public ManagerNamed pair() {
        return new ManagerNamed(company, positionKey, managerCompany, managerPositionKey, type, further);
    }

    /** The line as it applies to {@code person}, who names {@code manager}. */
    public ReportingLine of(Person person, Person manager) {
        return new ReportingLine(person, manager, false, rule, type);
    }

    /** The line of every person of the pair {@code n}, of its kind. */
    public static NamedLine of(RuleRef by, ManagerNamed n) {
        return new NamedLine(n.company(), n.positionKey(), n.managerCompany(), n.managerPositionKey(), n.type(), n.further(), by);
    }
}
