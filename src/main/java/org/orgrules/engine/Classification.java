package org.orgrules.engine;

import org.orgrules.model.PositionFunction;
import org.orgrules.model.PositionRank;
import org.orgrules.model.PositionUnit;

/**
 * What the ladder rules made of one title (and department): a rank, a function and the unit it names;
 * any may be absent.
 */
public record Classification(String title, PositionRank rank, PositionFunction function, PositionUnit unit) {
    public Classification(String title, PositionRank rank, PositionFunction function) {
        this(title, rank, function, null);
    }

    public boolean hasRank() { return rank != null; }
    public int level() { return rank == null ? Integer.MIN_VALUE : rank.level(); }
    public String rankName() { return rank == null ? null : rank.rank(); }
    public String functionKey() { return function == null ? null : function.functionKey(); }
    /** The unit the title (or its department) names, "" for none. */
    public String unitName() { return unit == null ? "" : unit.unit(); }
}
