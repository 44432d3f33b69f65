package org.orgrules.model;

/**
 * Derived: {@code person} reports directly to {@code manager} on a line of {@code type} (solid,
 * dotted, acting). {@code inferred} is true when the facts named no manager and a rule (K2.3)
 * supplied one. The line holds both people. The lines the facts name are made per person by the
 * engine from the {@link NamedLine} of their pair of positions; a rule gets them through the global
 * {@code named} ({@link NamedLineIndex}), not as facts of the session.
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

    public static ReportingLine inferred(RuleRef by, Person p, Person manager) {
        return new ReportingLine(p, manager, true, by);
    }
}
