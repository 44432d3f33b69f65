package org.orgrules.model;

/**
 * Derived (K2.6): a plan drafted at rank {@code level} that reaches {@code person} finds nobody to
 * approve it from there: {@code person} does not rank above the drafter, and every way on up the chain
 * of command (none at the top, or where a reporting cycle begins) ends the same way. A drafter whose
 * every first step stops is reported by {@code violations/plan-without-approver.drl}.
 */
public record PlanStops(int level, Person person, RuleRef rule) {
    public int getLevel() { return level; }
    public Person getPerson() { return person; }
    public String getPersonId() { return person.getId(); }

    public static PlanStops of(RuleRef by, int level, Person person) {
        return new PlanStops(level, person, by);
    }
}
