package org.orgrules.model;

/**
 * From the facts: {@code person} has a further line of {@code type} (dotted, acting, or a second solid
 * line) to {@code managerId}, in effect on the day the org is taken as of. Inserted only for people
 * who have such lines, so that an org of a million people with none costs nothing.
 */
public record FurtherLine(Person person, String managerId, LineType type) {
    public Person getPerson() { return person; }
    public String getPersonId() { return person.getId(); }
    public String getManagerId() { return managerId; }
    public LineType getType() { return type; }
}
