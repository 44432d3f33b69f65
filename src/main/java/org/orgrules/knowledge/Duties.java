package org.orgrules.knowledge;

import java.util.List;
import org.orgrules.model.Reason;

/** The duties of a person or a bare title, and for a production director the sand-table steps (Q4). */
public record Duties(String subject, String role, List<DutyItem> duties, List<DutyItem> steps, String text,
                     List<Reason> reasons) implements Knowledge.Answer {
    public Duties { duties = List.copyOf(duties); steps = List.copyOf(steps); reasons = List.copyOf(reasons); }
}
