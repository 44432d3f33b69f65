package org.orgrules.model;

/** Derived: {@code person} is the director, the head (一把手), of a function in a company. */
public record Head(String company, String functionKey, Person person, RuleRef rule) {
    public String getCompany() { return company; }
    public String getFunctionKey() { return functionKey; }
    public String getPersonId() { return person.getId(); }
    public String personId() { return person.getId(); }
    /** The head's own position. */
    public String getPositionKey() { return person.getPositionKey(); }

    public static Head of(org.kie.api.runtime.rule.RuleContext kcontext, Person p, String functionKey) {
        return new Head(p.getCompany(), functionKey, p, RuleRef.of(kcontext));
    }
}
