package org.orgrules.model;

/**
 * Derived: functional direction (K2.4), distinct from reporting. {@code director} directs a whole
 * {@code department} of the company ({@code person} is {@code null}) or one {@code person} of it.
 * {@code functionKey} is the directed function (TECHNICAL, QUALITY …). Never a reporting line.
 */
public record Directs(Person director, String company, String department, Person person, String functionKey,
                      RuleRef rule) {
    public String getDirectorId() { return director.getId(); }
    public String getCompany() { return company; }
    public String getDepartment() { return department; }
    /** The person directed, or {@code null} when this is a whole department. */
    public String getPersonId() { return person == null ? null : person.getId(); }
    public String getFunctionKey() { return functionKey; }

    public static Directs department(org.kie.api.runtime.rule.RuleContext kcontext, Person director, String department,
                                     String functionKey) {
        return new Directs(director, director.getCompany(), department, null, functionKey, RuleRef.of(kcontext));
    }

    public static Directs person(org.kie.api.runtime.rule.RuleContext kcontext, Person director, Person person,
                                 String functionKey) {
        return new Directs(director, director.getCompany(), person.getDepartment(), person, functionKey,
                RuleRef.of(kcontext));
    }
}
