package org.orgrules.model;

import java.util.List;

/** A direct manager of someone: explicit in the facts, or {@code inferred} by a rule (K2.3). */
public record ManagerLine(String id, boolean inferred, List<Reason> reasons) {
    public ManagerLine { reasons = List.copyOf(reasons); }
}
