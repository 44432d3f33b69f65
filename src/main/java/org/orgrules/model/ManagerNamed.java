package org.orgrules.model;

/**
 * From the facts: someone of {@code company} who holds the position {@code positionKey} names, as a
 * manager, someone of {@code managerCompany} who holds {@code managerPositionKey}: as their manager
 * (the manager column, {@code further} false, a solid line) or on a further line of {@code type}
 * (dotted, acting, a second solid line: {@code further} true). One fact per such pair of positions and
 * kind of line, however many people name a manager so (the engine keeps the count and the people), so
 * that the rules about the lines the facts name fire once per pair, not once per person.
 */
public record ManagerNamed(String company, String positionKey, String managerCompany, String managerPositionKey,
                           LineType type, boolean further) {
    public String getCompany() { return company; }
    public String getPositionKey() { return positionKey; }
    public String getManagerCompany() { return managerCompany; }
    public String getManagerPositionKey() { return managerPositionKey; }
    public LineType getType() { return type; }
    public boolean isFurther() { return further; }

    /** The pair of {@code person}, who names {@code manager} as their manager. */
    public static ManagerNamed of(Person person, Person manager) {
        return new ManagerNamed(person.getCompany(), person.getPositionKey(), manager.getCompany(), manager.getPositionKey(),
                LineType.SOLID, false);
    }

    /** The pair of {@code person}, who names {@code manager} on a further line of {@code type}. */
    public static ManagerNamed further(Person person, Person manager, LineType type) {
        return new ManagerNamed(person.getCompany(), person.getPositionKey(), manager.getCompany(), manager.getPositionKey(),
                type, true);
    }
}
