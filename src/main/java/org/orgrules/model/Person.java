package org.orgrules.model;

import java.util.Objects;

/**
 * One person as the facts give them: a fact the rules match.
 *
 * <p>Immutable. {@code managerId} is {@code null} at the top of a tree. {@code origin} says where the
 * fact came from ({@code facts/acme.csv:12}) so that answers and errors can point at it.
 */
public final class Person {
    private final String id;
    private final String name;
    private final String title;
    private final String department;
    private final String company;
    private final String managerId;
    private final String origin;
    private final String positionKey;

    public Person(String id, String name, String title, String department, String company,
                  String managerId, String origin) {
        this.id = Objects.requireNonNull(id, "id");
        this.name = name == null || name.isBlank() ? id : name;
        this.title = title == null ? "" : title;
        this.department = department == null ? "" : department;
        this.company = company == null ? "" : company;
        this.managerId = managerId == null || managerId.isBlank() ? null : managerId;
        this.origin = origin == null ? "" : origin;
        this.positionKey = Position.key(this.title, this.department);
    }

    public String getId() { return id; }
    public String getName() { return name; }
    public String getTitle() { return title; }
    public String getDepartment() { return department; }
    public String getCompany() { return company; }
    /** The manager the facts name, or {@code null}. */
    public String getManagerId() { return managerId; }
    /** Where this fact was read: {@code file:line}, or empty. */
    public String getOrigin() { return origin; }
    /** Joins this person to the {@link Position} (title + department) the rules classify. */
    public String getPositionKey() { return positionKey; }

    public Person withManager(String newManagerId) {
        return new Person(id, name, title, department, company, newManagerId, origin);
    }

    public Person withTitle(String newTitle) {
        return new Person(id, name, newTitle, department, company, managerId, origin);
    }

    /** "li (生产经理, facts/acme.csv:4)": how answers and errors name a person. */
    public String describe() {
        StringBuilder b = new StringBuilder(id).append(" (");
        if (!name.equals(id)) b.append(name).append(", ");
        b.append(title.isEmpty() ? "no title" : title);
        if (!origin.isEmpty()) b.append(", ").append(origin);
        return b.append(')').toString();
    }

    @Override public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof Person p)) return false;
        return id.equals(p.id) && name.equals(p.name) && title.equals(p.title)
                && department.equals(p.department) && company.equals(p.company)
                && Objects.equals(managerId, p.managerId);
    }

    @Override public int hashCode() { return id.hashCode(); }

    @Override public String toString() { return describe(); }
}
