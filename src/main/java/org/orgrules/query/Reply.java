package org.orgrules.query;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.orgrules.model.Reason;

/**
 * The answer to one {@link Query}, in every form it is given: {@link #text()} the answer in one
 * sentence, {@link #reasons()} the rules and facts it rests on, {@link #json()} the object that
 * {@code --json} and the HTTP service write, {@link #plain()} the text the CLI prints without
 * {@code --json}, and {@link #exitCode()} (1 when a {@code check} found an ERROR, else 0).
 * Immutable; {@link #json()} is a read-only map of strings, numbers, booleans, lists and maps.
 *
 * @param query    what was asked
 * @param text     the answer in a sentence
 * @param reasons  the reasons, in the order the answer gives them
 * @param json     the {@code --json} body
 * @param plain    the CLI's text, each line ending in a newline
 * @param exitCode 0, or 1 for findings of ERROR severity
 */
public record Reply(Query query, String text, List<Reason> reasons, Map<String, Object> json, String plain, int exitCode) {
    public Reply {
        reasons = List.copyOf(reasons);
        json = Collections.unmodifiableMap(new LinkedHashMap<>(json));
    }

    /** This reply with {@code question} and the kind of answer first in its JSON, as {@code ask} gives it. */
    Reply asked(String question) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("question", question);
        o.put("kind", query.command());
        o.putAll(json);
        return new Reply(query, text, reasons, o, plain, exitCode);
    }
}
