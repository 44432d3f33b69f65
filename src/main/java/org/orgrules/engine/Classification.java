package org.orgrules.engine;

import org.orgrules.model.PositionFunction;
import org.orgrules.model.PositionRank;

/** What the ladder rules made of one title (and department): a rank and a function, either may be absent. */
public record Classification(String title, PositionRank rank, PositionFunction function) {
    public boolean hasRank() { return rank != null; }
    public int level() { return rank == null ? Integer.MIN_VALUE : rank.level(); }
    public String rankName() { return rank == null ? null : rank.rank(); }
    public String functionKey() { return function == null ? null : function.functionKey(); }
}
