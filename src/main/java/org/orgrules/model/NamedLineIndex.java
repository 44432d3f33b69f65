package org.orgrules.model;

import java.util.List;

/**
 * For the rules, through the global {@code named}: a person's line of a {@link NamedLine}'s pair of
 * positions, to the manager that person names, and whether an id is anyone's. The engine keeps the
 * people by id (an index, not a derived fact per person): a rule about the lines the facts name decides
 * on the pair of positions first, and only then asks for the lines of its people:
 * {@code $l : ReportingLine() from named.linesOfPair($n)} for everyone of the pair, or
 * {@code from named.lineOf($p, $n)} for one person it already has.
 */
public interface NamedLineIndex {
    /**
     * The line of {@code line} as it applies to each person of its pair. A rule joins
     * {@link PairHolders} of the pair just before asking, so that it asks again when those people change.
     */
    List<ReportingLine> linesOfPair(NamedLine line);

    /** The line of {@code line} as it applies to {@code person}: none unless they are of its pair. */
    List<ReportingLine> lineOf(Person person, NamedLine line);

    /**
     * Whether someone of the facts has the id {@code id}. The people of a session keep their ids from
     * its start to its end (a live change replaces a person by one of the same id), so a rule may ask
     * this in a constraint, {@code Person( $m : managerId != null, named.hasPerson($m) == false )}, instead
     * of joining everyone with {@code not Person( id == $m )}.
     */
    boolean hasPerson(String id);

    /**
     * Everyone who holds the position {@code positionKey} now, by id. A rule asks after joining the
     * position's {@link Staffed} facts (whose counts change when its people do), as
     * {@code from collect( Staffed( positionKey == $k ) )} then {@code $h : Holders() from named.holdersOf($k)}.
     */
    Holders holdersOf(String positionKey);

    /**
     * Everyone of {@code company} who holds the position {@code positionKey} now, as they are now. A rule
     * asks after joining the company's {@link Staffed} fact of the position, which a live session updates
     * whenever one of those people changes (a count, or any other field), so that the rule asks again:
     * {@code Staffed( positionKey == $k, $c : company )} then {@code $d : Person() from named.holdersAt($c, $k)}.
     * What a rule needs of a few holders of a position (its directors, say) then costs no join of every person.
     */
    List<Person> holdersAt(String company, String positionKey);
}
