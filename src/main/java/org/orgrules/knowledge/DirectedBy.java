package org.orgrules.knowledge;

import java.util.List;
import org.orgrules.model.Reason;

/** Who directs {@code subject} (a person or a department) beyond the reporting line (K2.4). */
public record DirectedBy(String subject, String subjectKind, List<String> directors, String text, List<Reason> reasons)
        implements Knowledge.Answer {
    public DirectedBy { directors = List.copyOf(directors); reasons = List.copyOf(reasons); }
}
