package org.orgrules.model;

/** The answer to "who is senior, A or B?". */
public enum Answer { FIRST_SENIOR, SECOND_SENIOR, PEERS, INCOMPARABLE }
