package org.orgrules.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A further reporting line the facts give besides the manager column: to {@code managerId}, of a
 * {@link LineType}, in effect from {@code from} to {@code to} (both days included; {@code null}: open).
 */
public record Line(String managerId, LineType type, LocalDate from, LocalDate to) {
    public Line {
        Objects.requireNonNull(managerId, "managerId");
        Objects.requireNonNull(type, "type");
    }

    /** True when the line is in effect on {@code day} ({@code null}: any day). */
    public boolean inEffect(LocalDate day) {
        return day == null || ((from == null || !from.isAfter(day)) && (to == null || !to.isBefore(day)));
    }

    /** True when the line has a from or to date. */
    public boolean dated() { return from != null || to != null; }

    /** {@code zhao}, {@code zhao@2026-01-01..2026-03-31}, {@code zhao@2026-01-01..}: how files write one line. */
    public String notation() {
        if (!dated()) return managerId;
        return managerId + "@" + (from == null ? "" : from) + ".." + (to == null ? "" : to);
    }
}
