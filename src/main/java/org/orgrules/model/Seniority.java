package org.orgrules.model;

import java.util.List;

/** The answer to "who is senior, {@code first} or {@code second}?" with the reasons that decided it. */
public record Seniority(String first, String second, Answer answer, List<Reason> reasons) {
    public Seniority { reasons = List.copyOf(reasons); }

    /** The senior one's id or title, or {@code null} for PEERS and INCOMPARABLE. */
    public String senior() {
        return switch (answer) {
            case FIRST_SENIOR -> first;
            case SECOND_SENIOR -> second;
            default -> null;
        };
    }
}
