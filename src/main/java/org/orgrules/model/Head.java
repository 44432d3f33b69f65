package org.orgrules.model;

/**
 * Derived: {@code person} is the director, the head (一把手), of a function in a company, or of the
 * function in one unit of it ({@code scope}: see {@link PositionUnit#getScope()}; empty = the whole company).
 */
public record Head(String company, String functionKey, Person person, String unit, String scope, boolean certain, RuleRef rule) {
    public String getCompany() { return company; }
    public String getFunctionKey() { return functionKey; }
    public String getPersonId() { return person.getId(); }
    public String personId() { return person.getId(); }
    /** The head's own position. */
    public String getPositionKey() { return person.getPositionKey(); }
    public String getUnit() { return unit; }
    public String getScope() { return scope; }
    /** True when the head heads the function in the whole company, not in one unit or region. */
    public boolean isCompanyWide() { return scope.isEmpty(); }

    /** True when the head's rank was read with confidence (see {@link PositionRank#certain()}). */
    public boolean isCertain() { return certain; }

    /**
     * {@code p} heads function {@code functionKey} in the unit {@code u} names; a regional head whose
     * title names no region heads a scope of their own (two "Regional Sales Director"s head two regions).
     */
    public static Head of(RuleRef by, Person p, String functionKey, PositionUnit u, PositionRank r) {
        String scope = u.getScope().startsWith("~") ? "~" + p.getId() : u.getScope();
        return new Head(p.getCompany(), functionKey, p, u.unit(), scope, r.certain(), by);
    }
}
