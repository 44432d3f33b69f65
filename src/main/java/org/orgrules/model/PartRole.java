package org.orgrules.model;

/**
 * Derived: the rank word one role of a title names ({@code part}: which main part of the title; a title
 * that joins several roles, "President and CEO" or 副总经理兼财务总监, has one PartRole per role).
 */
public record PartRole(String positionKey, int part, RankWord rankWord, RuleRef rule) {
    public String getPositionKey() { return positionKey; }
    public int getPart() { return part; }
    public String getWord() { return rankWord.word(); }
    public int getLevel() { return rankWord.level(); }
    public boolean isCertain() { return rankWord.certain(); }

    /**
     * True when this role is the better reading of the whole title than {@code other}: a role word read
     * with confidence before an uncertain one, then the higher level, then the later role.
     */
    public boolean outranks(PartRole other) {
        if (rankWord.certain() != other.rankWord.certain()) return rankWord.certain();
        if (rankWord.level() != other.rankWord.level()) return rankWord.level() > other.rankWord.level();
        return part > other.part;
    }

    public static PartRole of(RuleRef by, Position p, int part, RankWord w) {
        return new PartRole(p.getKey(), part, w, by);
    }
}
