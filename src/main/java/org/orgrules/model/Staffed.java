package org.orgrules.model;

/**
 * From the facts: {@code people} people of {@code company} hold the position {@code positionKey}. One
 * fact per company and position, so that a rule asking "does anyone of the company hold this
 * position?" matches one fact instead of every person.
 */
public record Staffed(String company, String positionKey, int people) {
    public String getCompany() { return company; }
    public String getPositionKey() { return positionKey; }
    public int getPeople() { return people; }
}
