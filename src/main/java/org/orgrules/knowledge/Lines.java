package org.orgrules.knowledge;

import java.util.List;
import org.orgrules.model.Reason;

/** The product lines of a person (K5.2); for a product director also the lines handed out in the company. */
public record Lines(String person, List<String> lines, List<LineOwner> handedOut, String text, List<Reason> reasons)
        implements Knowledge.Answer {
    public Lines { lines = List.copyOf(lines); handedOut = List.copyOf(handedOut); reasons = List.copyOf(reasons); }
}
