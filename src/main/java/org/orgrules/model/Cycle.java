package org.orgrules.model;

import java.util.List;

/**
 * A set of people whose reporting lines lead back to themselves, as the engine found them by
 * walking the derived lines; the rules decide what it means ({@code rules/violations/reporting-cycle.drl}).
 */
public record Cycle(List<String> members) {
    public Cycle { members = List.copyOf(members); }
    public List<String> getMembers() { return members; }
    public String describe() { return String.join(" → ", members) + " → " + members.get(0); }
}
