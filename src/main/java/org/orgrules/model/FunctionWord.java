package org.orgrules.model;

/**
 * A word that, found in a title or a department name, names a function (department kind):
 * {@code PRODUCTION}, {@code PRODUCT}, {@code TECHNICAL}, {@code QUALITY} …
 * {@code chinese}/{@code english} are how answers name the function; {@code byRole}: the word is a role
 * that names its function, weaker than a function word proper. A row of {@code rules/vocabulary/ladder.yaml}.
 */
public record FunctionWord(String word, String functionKey, String chinese, String english, boolean byRole, RuleRef origin) implements Vocabulary {
    public boolean isByRole() { return byRole; }

    public int getLength() { return word.length(); }
    public String getWord() { return word; }
    public String getFunctionKey() { return functionKey; }
}
