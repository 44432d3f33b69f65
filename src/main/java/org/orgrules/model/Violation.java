package org.orgrules.model;

import java.util.List;
import java.util.Objects;

/**
 * A fact that breaks a rule of the article: derived by a rule in {@code rules/violations/}.
 * {@code people} are the ids involved; {@code message} names them and where they were read.
 */
public record Violation(String rule, String source, Severity severity, List<String> people, String message) {
    public Violation {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        source = source == null ? "" : source;
        people = List.copyOf(people);
        message = message == null ? "" : message;
    }

    /**
     * Called from a DRL consequence: {@code insert(Violation.error(rule(kcontext), "…", $p.getId()))},
     * {@code by} the rule that fires ({@code org.orgrules.engine.Fired.rule}).
     */
    public static Violation error(RuleRef by, String message, String... people) {
        return new Violation(by.rule(), by.source(), Severity.ERROR, List.of(people), message);
    }

    public static Violation error(RuleRef by, String message, List<String> people) {
        return new Violation(by.rule(), by.source(), Severity.ERROR, people, message);
    }

    public static Violation warning(RuleRef by, String message, String... people) {
        return new Violation(by.rule(), by.source(), Severity.WARNING, List.of(people), message);
    }

    public static Violation warning(RuleRef by, String message, List<String> people) {
        return new Violation(by.rule(), by.source(), Severity.WARNING, people, message);
    }

    public Reason asReason() { return new Reason(rule, source, message); }
}
