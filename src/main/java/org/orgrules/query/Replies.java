package org.orgrules.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one JSON writer of answers: what {@code --json}, the shell, {@code explain} and the HTTP
 * service print. Indented for the CLI, compact on one line for the shell's co-process protocol.
 */
public final class Replies {
    static final ObjectMapper MAPPER = new ObjectMapper();
    private static final com.fasterxml.jackson.databind.ObjectWriter PRETTY = MAPPER.writer().with(SerializationFeature.INDENT_OUTPUT);
    private static final com.fasterxml.jackson.databind.ObjectWriter COMPACT = MAPPER.writer();

    private Replies() {}

    /** The reply's JSON body, indented as {@code --json} prints it. */
    public static String json(Reply r) {
        return toJson(r.json());
    }

    /** Any answer value (a reply's body, an explanation, a suite report) as indented JSON. */
    public static String toJson(Object value) {
        try {
            return PRETTY.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an answer that does not write as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** As {@link #toJson(Object)}, on one line. */
    public static String compactJson(Object value) {
        try {
            return COMPACT.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an answer that does not write as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** Reasons as JSON: {@code [{"rule", "source", "text", "facts"}]}, as every answer gives them. */
    public static java.util.List<Object> reasons(java.util.List<org.orgrules.model.Reason> reasons) {
        return Wording.reasons(reasons);
    }

    /** A record's components (or a bean's properties) as an ordered map of JSON values. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> fields(Object value) {
        return MAPPER.convertValue(value, LinkedHashMap.class);
    }
}
