package org.orgrules.query;

/**
 * A query that cannot be asked as written: an unknown command, a wrong number of arguments, a
 * question whose form is not understood. Its message is the one the CLI prints (exit 2) and the
 * HTTP service returns (400).
 */
public class BadQueryException extends IllegalArgumentException {
    public BadQueryException(String message) {
        super(message);
    }
}
