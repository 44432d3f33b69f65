package org.orgrules.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Derived: the rank a position (title + department) holds on the ladder: its role word's rank and
 * level, moved by the modifiers before it ({@code modifiers}). {@code certain} is false when the
 * ladder marks the role word as a guess or the title's forms disagree ({@code doubts} say why).
 * {@code rule} is the rule that combined them, {@code roleRule} the one that chose the role word,
 * {@code modifierRule} the one that found the modifiers (null when there are none).
 */
public record PositionRank(String positionKey, String title, String rank, int level, RankWord word,
                           List<ModifierWord> modifiers, List<String> doubts, boolean fromAlias, RuleRef rule,
                           RuleRef roleRule, RuleRef modifierRule) {
    public PositionRank {
        modifiers = List.copyOf(modifiers);
        doubts = List.copyOf(doubts);
    }

    public String getPositionKey() { return positionKey; }
    public String getRank() { return rank; }
    public int getLevel() { return level; }
    /** True when the rank was read with confidence: a certain role word and no doubt. */
    public boolean certain() { return doubts.isEmpty(); }
    public boolean isCertain() { return certain(); }
    /** True when a modifier makes the holder a deputy or an assistant to the role, not its head. */
    public boolean deputy() { return modifiers.stream().anyMatch(ModifierWord::isNotHead); }
    public boolean isDeputy() { return deputy(); }
    /** True when a modifier makes the role regional. */
    public boolean regional() { return modifiers.stream().anyMatch(m -> m.kind().equals("REGIONAL")); }
    public boolean isRegional() { return regional(); }
    /** The words the rank rests on: the role word and the modifiers, as the title has them. */
    public List<String> words() {
        List<String> w = new ArrayList<>();
        for (ModifierWord m : modifiers) w.add(m.word());
        w.add(word.word());
        return w;
    }

    /** The words as one phrase: {@code 副总经理}, {@code Deputy Director}. */
    public String wordsText() {
        String sep = TitleText.isHan(word.word().charAt(0)) ? "" : " ";
        return String.join(sep, words());
    }

    /** {@code role} moved by {@code modifiers} (TitleModifier facts); {@code doubts} TitleDoubt facts. */
    public static PositionRank of(RuleRef by, Position p, TitleRole role,
                                  List<?> modifiers, List<?> doubts) {
        return of(by, p, role, modifiers, doubts, List.of());
    }

    /**
     * As above; {@code rungs} ({@link DeputyRung} facts): a deputy or an assistant of a role whose rank has
     * a rung of its own below it holds that rung (the deputy of a CEO is a VP), its level moved only by the
     * other modifiers.
     */
    public static PositionRank of(RuleRef by, Position p, TitleRole role,
                                  List<?> modifiers, List<?> doubts, List<?> rungs) {
        List<ModifierWord> mods = new ArrayList<>();
        RuleRef modifierRule = null;
        for (Object o : modifiers) {
            mods.add(((TitleModifier) o).word());
            modifierRule = ((TitleModifier) o).rule();
        }
        mods.sort(java.util.Comparator.comparingInt((ModifierWord m) -> p.titleOffset(m.word())).thenComparing(ModifierWord::word));
        int level = role.rankWord().level();
        String rank = role.rankWord().rank();
        DeputyRung below = null;
        if (mods.stream().anyMatch(ModifierWord::isNotHead)) {
            for (Object o : rungs) if (((DeputyRung) o).of().equals(rank)) below = (DeputyRung) o;
        }
        if (below != null) {
            rank = below.rank();
            level = below.level();
        }
        for (ModifierWord m : mods) if (below == null || !m.isNotHead()) level += m.shift();
        List<String> why = new ArrayList<>();
        for (Object o : doubts) why.add(((TitleDoubt) o).text());
        java.util.Collections.sort(why);
        return new PositionRank(p.getKey(), p.getTitle(), rank, level, role.rankWord(), mods, why,
                role.fromAlias(), by, role.rule(), modifierRule);
    }
}
