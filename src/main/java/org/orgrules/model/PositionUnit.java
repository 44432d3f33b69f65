package org.orgrules.model;

/**
 * Derived: the unit a position belongs to, beyond its company and function: what its title (or, when
 * the title takes its function from the department, its department) says besides rank, modifier,
 * function and unit words: {@code 华东区} in 华东区生产总监, {@code general} in General Legal Division
 * Director; empty for a bare "production director". {@code regional}: a modifier says the role is
 * regional (Regional Sales Director, 区域经理) even where the title names no region.
 */
public record PositionUnit(String positionKey, String unit, boolean regional, boolean fromDepartment, RuleRef rule) {
    public String getPositionKey() { return positionKey; }
    public String getUnit() { return unit; }
    public boolean isRegional() { return regional; }

    /**
     * What the position heads or belongs to: the unit its title names; a regional role that names no
     * region is a scope of its own ({@code "~" + positionKey}, never equal to another's); else the
     * company as a whole ({@code ""}).
     */
    public String getScope() { return !unit.isEmpty() ? unit : regional ? "~" + positionKey : ""; }

    public static PositionUnit fromTitle(RuleRef by, Position p,
                                         java.util.List<?> vocabulary, PositionRank r) {
        return new PositionUnit(p.getKey(), p.titleBesides(vocabulary), r.regional(), false, by);
    }

    public static PositionUnit fromDepartment(RuleRef by, Position p,
                                              java.util.List<?> vocabulary, PositionRank r) {
        return new PositionUnit(p.getKey(), p.departmentBesides(vocabulary), r.regional(), true, by);
    }
}
