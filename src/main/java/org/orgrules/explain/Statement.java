package org.orgrules.explain;

/** One statement of the source article that rules cite ({@code @source("K2.3")}): its English and Chinese original. */
public record Statement(String id, String english, String chinese) {}
