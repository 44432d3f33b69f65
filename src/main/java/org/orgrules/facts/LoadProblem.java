package org.orgrules.facts;

/**
 * One thing wrong with the facts, said where it is: the file (as shown to the user, e.g.
 * {@code facts/acme.csv} or {@code bundled:facts/huaxia.yaml}), the line (1-based; {@code 0} when
 * the problem is about the whole file) and what is wrong, in words a user can act on.
 */
public record LoadProblem(String file, int line, String message) {

    public LoadProblem {
        file = file == null ? "" : file;
        line = Math.max(line, 0);
        message = message == null ? "" : message;
    }

    /** {@code facts/acme.csv:4: row has no id}, or {@code facts/acme.csv: no people in file} when the line is 0. */
    @Override
    public String toString() {
        return line == 0 ? file + ": " + message : file + ":" + line + ": " + message;
    }
}
