package org.orgrules.model;

import java.util.List;
import java.util.Objects;
import org.kie.api.runtime.rule.RuleContext;

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

    /** Called from a DRL consequence: {@code insert(Violation.error(kcontext, "…", $p.getId()))}. */
    public static Violation error(RuleContext kcontext, String message, String... people) {
        RuleRef r = RuleRef.of(kcontext);
        return new Violation(r.rule(), r.source(), Severity.ERROR, List.of(people), message);
    }

    public static Violation error(RuleContext kcontext, String message, List<String> people) {
        RuleRef r = RuleRef.of(kcontext);
        return new Violation(r.rule(), r.source(), Severity.ERROR, people, message);
    }

    public static Violation warning(RuleContext kcontext, String message, String... people) {
        RuleRef r = RuleRef.of(kcontext);
        return new Violation(r.rule(), r.source(), Severity.WARNING, List.of(people), message);
    }

    public static Violation warning(RuleContext kcontext, String message, List<String> people) {
        RuleRef r = RuleRef.of(kcontext);
        return new Violation(r.rule(), r.source(), Severity.WARNING, people, message);
    }

    public Reason asReason() { return new Reason(rule, source, message); }
}
