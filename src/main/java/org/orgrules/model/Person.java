package org.orgrules.model;

import java.util.List;
import java.util.Map;
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
    private final Map<String, List<String>> attributes;

    public Person(String id, String name, String title, String department, String company,
                  String managerId, String origin) {
        this(id, name, title, department, company, managerId, origin, Map.of());
    }

    /**
     * A person with further attributes the facts give ({@code product_lines}, {@code assigned_by},
     * {@code pm_kind}, {@code phase} …): each a list of values, a single value being a one-element list.
     */
    public Person(String id, String name, String title, String department, String company,
                  String managerId, String origin, Map<String, List<String>> attributes) {
        this.id = Objects.requireNonNull(id, "id");
        this.name = name == null || name.isBlank() ? id : name;
        this.title = title == null ? "" : title;
        this.department = department == null ? "" : department;
        this.company = company == null ? "" : company;
        this.managerId = managerId == null || managerId.isBlank() ? null : managerId;
        this.origin = origin == null ? "" : origin;
        this.positionKey = Position.key(this.title, this.department);
        this.attributes = attributes == null || attributes.isEmpty() ? Map.of() : copy(attributes);
    }

    private static Map<String, List<String>> copy(Map<String, List<String>> attributes) {
        Map<String, List<String>> m = new java.util.LinkedHashMap<>();
        attributes.forEach((k, v) -> { if (k != null && v != null && !v.isEmpty()) m.put(k, List.copyOf(v)); });
        return java.util.Collections.unmodifiableMap(m);
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

    /** Further attributes the facts give, by key (immutable; empty when none). */
    public Map<String, List<String>> getAttributes() { return attributes; }

    /** The first value of an attribute ({@code pm_kind}, {@code assigned_by} …), or {@code null}. */
    public String attr(String key) {
        List<String> v = attributes.get(key);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    /** Every value of an attribute ({@code product_lines}), empty when none. */
    public List<String> attrs(String key) {
        return attributes.getOrDefault(key, List.of());
    }

    public Person withManager(String newManagerId) {
        return new Person(id, name, title, department, company, newManagerId, origin, attributes);
    }

    public Person withTitle(String newTitle) {
        return new Person(id, name, newTitle, department, company, managerId, origin, attributes);
    }

    /** The same person with these attributes (replacing any). */
    public Person withAttributes(Map<String, List<String>> newAttributes) {
        return new Person(id, name, title, department, company, managerId, origin, newAttributes);
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
                && Objects.equals(managerId, p.managerId) && attributes.equals(p.attributes);
    }

    @Override public int hashCode() { return id.hashCode(); }

    @Override public String toString() { return describe(); }
}
