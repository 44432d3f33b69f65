package org.orgrules.model;

/**
 * Derived: the function (production, product, technical, quality …) of a position, found in its
 * title or, failing that, in its department's name.
 */
public record PositionFunction(String positionKey, String title, String functionKey, FunctionWord word,
                               boolean fromDepartment, RuleRef rule) {
    public String getPositionKey() { return positionKey; }
    public String getFunctionKey() { return functionKey; }

    public static PositionFunction fromTitle(org.kie.api.runtime.rule.RuleContext kcontext, Position p, FunctionWord w) {
        return new PositionFunction(p.getKey(), p.getTitle(), w.functionKey(), w, false, RuleRef.of(kcontext));
    }

    public static PositionFunction fromDepartment(org.kie.api.runtime.rule.RuleContext kcontext, Position p, FunctionWord w) {
        return new PositionFunction(p.getKey(), p.getTitle(), w.functionKey(), w, true, RuleRef.of(kcontext));
    }
}
