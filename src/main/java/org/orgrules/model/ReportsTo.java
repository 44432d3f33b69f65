package org.orgrules.model;

import java.util.List;

/**
 * Whether {@code person} reports to {@code manager} through the chain of command; {@code path} is the
 * chain from the person's direct manager up to the manager (empty when the answer is no).
 */
public record ReportsTo(String person, String manager, boolean answer, List<String> path, List<Reason> reasons) {
    public ReportsTo {
        path = List.copyOf(path);
        reasons = List.copyOf(reasons);
    }
}
