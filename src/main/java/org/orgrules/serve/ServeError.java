package org.orgrules.serve;

/**
 * A request the server refuses, with its HTTP status and a stable machine-readable {@code code}: the
 * body is {@code {"error": {"code": …, "status": …, "message": …}}}.
 */
final class ServeError extends RuntimeException {
    private final int status;
    private final String code;

    ServeError(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    int status() { return status; }

    String code() { return code; }

    static ServeError badRequest(String message) { return new ServeError(400, "bad_request", message); }
}
