package org.orgrules.testing;

/** A suite file that is not a valid suite: the message names its {@code file:line}. */
public class SuiteException extends RuntimeException {
    private final String file;
    private final int line;

    public SuiteException(String file, int line, String message) {
        super(file + (line > 0 ? ":" + line : "") + ": " + message);
        this.file = file;
        this.line = line;
    }

    public String file() { return file; }
    public int line() { return line; }
}
