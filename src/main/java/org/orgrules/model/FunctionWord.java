package org.orgrules.model;

/**
 * A word that, found in a title or a department name, names a function (department kind):
 * {@code PRODUCTION}, {@code PRODUCT}, {@code TECHNICAL}, {@code QUALITY} …
 * {@code chinese}/{@code english} are how answers name the function; {@code byRole}: the word is a role
 * that names its function, weaker than a function word proper. Inserted by {@code rules/ladder.drl}.
 */
public record FunctionWord(String word, String functionKey, String chinese, String english, boolean byRole, RuleRef origin) implements Vocabulary {
    public static FunctionWord of(org.kie.api.runtime.rule.RuleContext kcontext, String functionKey,
                                  String chinese, String english, String word) {
        return new FunctionWord(word, functionKey, chinese, english, false, RuleRef.of(kcontext));
    }

    /**
     * A role that names its function (Engineer, 程序员, Accountant): it gives the function only when
     * the title names no other (a QA Engineer is quality, an Engineer technical).
     */
    public static FunctionWord ofRole(org.kie.api.runtime.rule.RuleContext kcontext, String functionKey,
                                      String chinese, String english, String word) {
        return new FunctionWord(word, functionKey, chinese, english, true, RuleRef.of(kcontext));
    }

    public boolean isByRole() { return byRole; }

    public int getLength() { return word.length(); }
    public String getWord() { return word; }
    public String getFunctionKey() { return functionKey; }
}
