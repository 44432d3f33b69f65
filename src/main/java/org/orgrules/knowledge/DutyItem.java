package org.orgrules.knowledge;

/** A duty in the article's Chinese with an English gloss; {@code step} > 0 for an ordered step. */
public record DutyItem(String chinese, String english, int step, String source,
                       @com.fasterxml.jackson.annotation.JsonIgnore int order) {}
