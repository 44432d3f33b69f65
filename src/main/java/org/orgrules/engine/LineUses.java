package org.orgrules.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.orgrules.model.LineType;
import org.orgrules.model.LineUse;
import org.orgrules.model.LineUse.Use;
import org.orgrules.model.Reason;

/**
 * Which kinds of line count for which use, as {@code rules/line-types.drl} derives it: read once per
 * rule base. A kind no rule mentions counts for nothing (its lines are still listed as managers).
 */
public final class LineUses {
    private final Map<LineType, Set<Use>> uses = new EnumMap<>(LineType.class);
    private final Map<Use, List<LineUse>> because = new EnumMap<>(Use.class);

    LineUses(Collection<LineUse> derived) {
        for (LineType t : LineType.values()) uses.put(t, EnumSet.noneOf(Use.class));
        for (Use u : Use.values()) because.put(u, new ArrayList<>());
        for (LineUse u : derived) {
            if (uses.get(u.type()).add(u.use())) because.get(u.use()).add(u);
        }
    }

    /** True when lines of {@code type} count for {@code use}. */
    public boolean counts(LineType type, Use use) { return uses.get(type).contains(use); }

    /** True when some line of a kind other than solid counts for {@code use}, or solid does not: the fast walk is not enough. */
    public boolean beyondSolid(Use use) {
        for (LineType t : LineType.values()) if (counts(t, use) != (t == LineType.SOLID)) return true;
        return false;
    }

    /** The rule that makes lines of {@code type} count for {@code use}, as a reason; null when none does. */
    public Reason reason(LineType type, Use use, String text) {
        for (LineUse u : because.get(use)) if (u.type() == type) return u.rule().because(text);
        return null;
    }

    @Override public String toString() { return uses.toString(); }
}
