package org.orgrules.model;

/**
 * From the facts: the people of a pair of positions ({@link ManagerNamed}) as a fact that a live org
 * updates whenever they change (someone joins or leaves the pair, or changes). A rule that asks for
 * the lines of everyone of a pair, {@code from named.linesOfPair($n)}, joins it just before, so that it
 * asks again when they change, and only then: {@code PairHolders( pair == $key )}.
 */
public record PairHolders(ManagerNamed pair) {
    public ManagerNamed getPair() { return pair; }
}
