package org.orgrules.model;

/** Derived (K3.1, K3.2): the management class of a person, by their company's charter or by rank. */
public record ManagementClass(Person person, ManagementLevel level, String why, RuleRef rule) {
    public String getPersonId() { return person.getId(); }
    public ManagementLevel getLevel() { return level; }

    public static ManagementClass of(org.kie.api.runtime.rule.RuleContext kcontext, Person person, ManagementLevel level,
                                     String why) {
        return new ManagementClass(person, level, why, RuleRef.of(kcontext));
    }
}
