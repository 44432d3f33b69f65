package org.orgrules.model;

/**
 * Derived: the function (production, product, technical, quality …) of a position, found in its
 * title or, failing that, in its department's name.
 */
public record PositionFunction(String positionKey, String title, String functionKey, FunctionWord word,
                               boolean fromDepartment, RuleRef rule) {
    public String getPositionKey() { return positionKey; }
    public String getFunctionKey() { return functionKey; }

    public static PositionFunction fromTitle(RuleRef by, Position p, FunctionWord w) {
        return new PositionFunction(p.getKey(), p.getTitle(), w.functionKey(), w, false, by);
    }

    public static PositionFunction fromDepartment(RuleRef by, Position p, FunctionWord w) {
        return new PositionFunction(p.getKey(), p.getTitle(), w.functionKey(), w, true, by);
    }
}
