package org.orgrules.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A direct manager of someone: explicit in the facts, or {@code inferred} by a rule (K2.3); on a line
 * of {@code type} (solid, dotted, acting), in effect {@code from} … {@code to} when the facts date it.
 */
public record ManagerLine(String id, boolean inferred, List<Reason> reasons, LineType type, LocalDate from, LocalDate to) {
    public ManagerLine {
        reasons = List.copyOf(reasons);
        if (type == null) type = LineType.SOLID;
    }

    /** A solid line with no dates. */
    public ManagerLine(String id, boolean inferred, List<Reason> reasons) {
        this(id, inferred, reasons, LineType.SOLID, null, null);
    }
}
