package org.orgrules.model;

/**
 * A word that, found in a title or a department name, names a function (department kind):
 * {@code PRODUCTION}, {@code PRODUCT}, {@code TECHNICAL}, {@code QUALITY} …
 * {@code chinese}/{@code english} are how answers name the function. Inserted by {@code rules/ladder.drl}.
 */
public record FunctionWord(String word, String functionKey, String chinese, String english, RuleRef origin) implements Vocabulary {
    public static FunctionWord of(org.kie.api.runtime.rule.RuleContext kcontext, String functionKey,
                                  String chinese, String english, String word) {
        return new FunctionWord(word, functionKey, chinese, english, RuleRef.of(kcontext));
    }

    public int getLength() { return word.length(); }
    public String getWord() { return word; }
    public String getFunctionKey() { return functionKey; }
}
