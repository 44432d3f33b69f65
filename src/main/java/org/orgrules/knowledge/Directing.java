package org.orgrules.knowledge;

import java.util.List;
import org.orgrules.model.Reason;

/** Whom {@code person} directs by functional direction (K2.4): whole departments and people. */
public record Directing(String person, List<String> departments, List<String> people, String text,
                        List<Reason> reasons) implements Knowledge.Answer {
    public Directing { departments = List.copyOf(departments); people = List.copyOf(people); reasons = List.copyOf(reasons); }
}
