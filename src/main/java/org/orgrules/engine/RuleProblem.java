package org.orgrules.engine;

/**
 * A problem in a rules file, located in the analyst's own file: {@code rules/core/titles.drl:12:5: message}.
 * {@code line}/{@code column} are 1-based; 0 when unknown.
 */
public record RuleProblem(String file, int line, int column, String message, boolean error) {
    @Override public String toString() {
        StringBuilder b = new StringBuilder(file);
        if (line > 0) b.append(':').append(line);
        if (line > 0 && column > 0) b.append(':').append(column);
        return b.append(": ").append(error ? "" : "warning: ").append(message).toString();
    }
}
