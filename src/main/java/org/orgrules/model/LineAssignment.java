package org.orgrules.model;

/**
 * Derived (K5.2): product line {@code line} of {@code company} is handed to {@code manager};
 * {@code assignedBy} is the id of who handed it, when the facts say ({@code null} otherwise).
 */
public record LineAssignment(String company, String line, Person manager, String assignedBy, RuleRef rule) {
    public String getCompany() { return company; }
    public String getLine() { return line; }
    public Person getManager() { return manager; }
    public String getManagerId() { return manager.getId(); }
    public String getAssignedBy() { return assignedBy; }

    public static LineAssignment of(RuleRef by, Person manager, String line) {
        return new LineAssignment(manager.getCompany(), line, manager, manager.attr("assigned_by"), by);
    }
}
