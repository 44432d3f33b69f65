package org.orgrules.model;

/**
 * The rung a deputy or an assistant of a role holds when it is not the role's own: the deputy of the
 * head of a whole organisation (a CEO, 行长, Secretary-General) is a vice president, where a deputy
 * director is still a director. Inserted by {@code rules/ladder.drl}.
 */
public record DeputyRung(String of, String rank, int level, RuleRef origin) {
    public static DeputyRung of(org.kie.api.runtime.rule.RuleContext kcontext, String of, String rank, int level) {
        return new DeputyRung(of, rank, level, RuleRef.of(kcontext));
    }

    public String getOf() { return of; }
}
