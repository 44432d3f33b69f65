package org.orgrules.knowledge;

import java.util.List;
import org.orgrules.model.Reason;

/** Who owns product line {@code line} (K5.2); empty {@code owners} when no product manager does. */
public record Owners(String line, List<LineOwner> owners, String text, List<Reason> reasons) implements Knowledge.Answer {
    public Owners { owners = List.copyOf(owners); reasons = List.copyOf(reasons); }
}
