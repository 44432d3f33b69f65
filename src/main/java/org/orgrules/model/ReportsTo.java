package org.orgrules.model;

import java.util.List;

/**
 * Whether {@code person} reports to {@code manager}; {@code path} is the way from the person's direct
 * manager up to the manager (empty when the answer is no). {@code line} is the kind of line the way
 * goes through — solid when it is the chain of command, else the weakest on it (dotted before
 * acting) — and {@code null} when the answer is no.
 */
public record ReportsTo(String person, String manager, boolean answer, List<String> path, List<Reason> reasons,
                        LineType line) {
    public ReportsTo {
        path = List.copyOf(path);
        reasons = List.copyOf(reasons);
        if (!answer) line = null;
        else if (line == null) line = LineType.SOLID;
    }

    /** Through the chain of command (solid lines) when the answer is yes. */
    public ReportsTo(String person, String manager, boolean answer, List<String> path, List<Reason> reasons) {
        this(person, manager, answer, path, reasons, LineType.SOLID);
    }
}
