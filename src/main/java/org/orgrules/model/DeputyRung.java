package org.orgrules.model;

/**
 * The rung a deputy or an assistant of a role holds when it is not the role's own: the deputy of the
 * head of a whole organisation (a CEO, 行长, Secretary-General) is a vice president, where a deputy
 * director is still a director. A row of {@code rules/vocabulary/ladder.yaml}.
 */
public record DeputyRung(String of, String rank, int level, RuleRef origin) {
    public String getOf() { return of; }
}
