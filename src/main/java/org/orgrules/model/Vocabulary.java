package org.orgrules.model;

/**
 * A word of the ladder ({@code rules/vocabulary/ladder.yaml}): a rank word, a modifier, a function word or a
 * word that only says "a unit" (Department, 部). What a title says beyond its vocabulary names its unit.
 */
public interface Vocabulary {
    String word();
}
