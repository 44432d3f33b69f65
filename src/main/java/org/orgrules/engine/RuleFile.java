package org.orgrules.engine;

/** One DRL file as read: {@code shownAs} is how errors name it (e.g. {@code rules/core/titles.drl}). */
public record RuleFile(String relativePath, String shownAs, String content) {}
