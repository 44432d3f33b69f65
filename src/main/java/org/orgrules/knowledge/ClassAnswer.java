package org.orgrules.knowledge;

import java.util.List;
import org.orgrules.model.Reason;
import org.orgrules.model.ManagementLevel;

/** The management class of a person or a bare title (K3.1, K3.2); {@code level} null when unknown. */
public record ClassAnswer(String subject, ManagementLevel level, String chinese, String text, List<Reason> reasons)
        implements Knowledge.Answer {
    public ClassAnswer { reasons = List.copyOf(reasons); }
}
