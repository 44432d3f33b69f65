package org.orgrules.model;

/**
 * Derived: functional direction (K2.4), distinct from reporting. {@code director} directs a whole
 * {@code department} of the company ({@code positionKey} is {@code null}), or the people of the company
 * who hold one position ({@code positionKey}: a title in a department). The rules derive direction per
 * position, not per person, so that a company with many directors of one function (itself a K2.2
 * violation) costs directors × positions, never directors × people; the facade lists the people.
 * {@code functionKey} is the directed function (TECHNICAL, QUALITY …). Never a reporting line.
 */
public record Directs(Person director, String company, String department, String positionKey, String functionKey,
                      RuleRef rule) {
    public String getDirectorId() { return director.getId(); }
    public String getCompany() { return company; }
    public String getDepartment() { return department; }
    /** The position whose holders are directed, or {@code null} when this is a whole department. */
    public String getPositionKey() { return positionKey; }
    public String getFunctionKey() { return functionKey; }

    /** Whether {@code p} is one of the people this direction reaches (a holder of the position in the company). */
    public boolean reaches(Person p) {
        return positionKey != null && positionKey.equals(p.getPositionKey()) && company.equals(p.getCompany())
                && !director.getId().equals(p.getId());
    }

    public static Directs department(RuleRef by, Person director, String department,
                                     String functionKey) {
        return new Directs(director, director.getCompany(), department, null, functionKey, by);
    }

    public static Directs position(RuleRef by, Person director, Position position,
                                   String functionKey) {
        return new Directs(director, director.getCompany(), position.getDepartment(), position.getKey(), functionKey,
                by);
    }
}
