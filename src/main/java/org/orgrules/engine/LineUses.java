package org.orgrules.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.orgrules.model.LinePreference;
import org.orgrules.model.LineStrength;
import org.orgrules.model.LineType;
import org.orgrules.model.LineUse;
import org.orgrules.model.LineUse.Use;
import org.orgrules.model.Reason;
import org.orgrules.model.ReportingLine;

/**
 * Which kinds of line count for which use and how strong each kind is, as {@code rules/vocabulary/line-types.yaml}
 * says it, and how a person's primary line is chosen, as {@code rules/core/primary-line.drl} does: read
 * once per rule base. A kind no rule mentions counts for nothing (its lines are still listed as
 * managers) and is weaker than every kind a rule ranks.
 */
public final class LineUses {
    private final Map<LineType, Set<Use>> uses = new EnumMap<>(LineType.class);
    private final Map<Use, List<LineUse>> because = new EnumMap<>(Use.class);
    private final Map<LineType, Integer> strength = new EnumMap<>(LineType.class);
    private final List<LinePreference> preferences = new ArrayList<>();

    /** {@code derived}: the {@link LineUse}, {@link LineStrength} and {@link LinePreference} facts of the rules. */
    LineUses(Collection<?> derived) {
        for (LineType t : LineType.values()) uses.put(t, EnumSet.noneOf(Use.class));
        for (Use u : Use.values()) because.put(u, new ArrayList<>());
        for (Object o : derived) {
            if (o instanceof LineUse u && uses.get(u.type()).add(u.use())) because.get(u.use()).add(u);
            if (o instanceof LineStrength s) strength.merge(s.type(), s.strength(), Math::min);
            if (o instanceof LinePreference p) preferences.add(p);
        }
        preferences.sort(java.util.Comparator.comparingInt(LinePreference::order).thenComparing(p -> p.test().name()));
    }

    /** How strong lines of {@code type} are, 0 the strongest; a kind no rule ranks is the weakest. */
    public int strength(LineType type) {
        return strength.getOrDefault(type, Integer.MAX_VALUE - LineType.values().length + type.ordinal());
    }

    /** The primary-line tests, in the order they are tried. */
    public List<LinePreference> preferences() { return List.copyOf(preferences); }

    /**
     * The first test that tells lines {@code a} and {@code b} of one person apart, or null when none
     * does; {@link #preferred} says which way it decided.
     */
    public LinePreference decidingTest(ReportingLine a, ReportingLine b) {
        for (LinePreference p : preferences) if (compare(p.test(), a, b) != 0) return p;
        return null;
    }

    /** True when {@code a} is the primary line before {@code b}: by the tests in order, then by manager id and rule. */
    public boolean preferred(ReportingLine a, ReportingLine b) {
        LinePreference p = decidingTest(a, b);
        if (p != null) return compare(p.test(), a, b) < 0;
        int byId = a.managerId().compareTo(b.managerId());
        if (byId != 0) return byId < 0;
        return a.rule().rule().compareTo(b.rule().rule()) < 0;        // two lines to one manager: by rule, never by order
    }

    /** Negative when {@code test} prefers {@code a}, positive when it prefers {@code b}, 0 when it cannot tell. */
    private int compare(LinePreference.Test test, ReportingLine a, ReportingLine b) {
        return switch (test) {
            case NAMED_BEFORE_INFERRED -> Boolean.compare(a.inferred(), b.inferred());
            case STRONGER_KIND -> Integer.compare(strength(a.type()), strength(b.type()));
            case SAME_DEPARTMENT -> Boolean.compare(!sameDepartment(a), !sameDepartment(b));
            case SMALLER_ID -> a.managerId().compareTo(b.managerId());
        };
    }

    /** True when the line's manager is in the person's own (named) department. */
    public static boolean sameDepartment(ReportingLine l) {
        String dept = l.person().getDepartment();
        return !dept.isEmpty() && dept.equals(l.manager().getDepartment());
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
