package org.orgrules.model;

/**
 * Derived: {@code person} reports directly to {@code manager} on a line of {@code type} (solid,
 * dotted, acting). {@code inferred} is true when the facts named no manager and a rule (K2.3)
 * supplied one. The line holds both people, so rules about lines (cross-company, rank inversion)
 * need no further join.
 */
public record ReportingLine(Person person, Person manager, boolean inferred, RuleRef rule, LineType type) {
    public ReportingLine {
        if (type == null) type = LineType.SOLID;
    }

    /** A solid line. */
    public ReportingLine(Person person, Person manager, boolean inferred, RuleRef rule) {
        this(person, manager, inferred, rule, LineType.SOLID);
    }

    public String personId() { return person.getId(); }
    public String managerId() { return manager.getId(); }
    public Person getPerson() { return person; }
    public Person getManager() { return manager; }
    public String getPersonId() { return person.getId(); }
    public String getManagerId() { return manager.getId(); }
    public boolean isInferred() { return inferred; }
    public LineType getType() { return type; }
    /** True when the two people work for different companies. */
    public boolean isAcrossCompanies() { return !person.getCompany().equals(manager.getCompany()); }

    public static ReportingLine named(RuleRef by, Person p, Person manager) {
        return new ReportingLine(p, manager, false, by);
    }

    /** A further line the facts name (dotted, acting …): {@link FurtherLine}. */
    public static ReportingLine further(RuleRef by, FurtherLine line, Person manager) {
        return new ReportingLine(line.person(), manager, false, by, line.type());
    }

    public static ReportingLine inferred(RuleRef by, Person p, Person manager) {
        return new ReportingLine(p, manager, true, by);
    }
}
