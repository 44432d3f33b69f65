package org.orgrules.model;

import java.util.List;

/**
 * For the rules, through the global {@code named}: the lines of the people of a {@link NamedLine}'s
 * pair of positions, each to the manager that person names. The engine keeps the people (an index, not
 * a derived fact per person), so that a rule about the lines the facts name looks at the people of only
 * the pairs it is about, instead of joining everyone: {@code $l : ReportingLine() from named.linesOfPair($n)}.
 */
public interface NamedLineIndex {
    /** The line of {@code line} as it applies to each person of its pair. */
    List<ReportingLine> linesOfPair(NamedLine line);

    /** The line of {@code line} as it applies to {@code person}: none unless they are of its pair. */
    List<ReportingLine> lineOf(Person person, NamedLine line);
}
