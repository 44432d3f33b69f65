package org.orgrules.facts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.orgrules.model.Person;

/**
 * What a load gave: the people that were read, and every problem found on the way. A bad row is a
 * problem, not a reason to drop the good ones, so both lists can be non-empty. No two people share
 * an id: a later one with the same id is a problem instead.
 */
public record LoadResult(List<Person> people, List<LoadProblem> problems, List<Object> facts) {

    public LoadResult {
        people = people == null ? List.of() : List.copyOf(people);
        problems = problems == null ? List.of() : List.copyOf(problems);
        facts = facts == null ? List.of() : List.copyOf(facts);
    }

    /** A result with people only (no company facts such as charters or product lines). */
    public LoadResult(List<Person> people, List<LoadProblem> problems) {
        this(people, problems, List.of());
    }

    /** True when nothing was wrong. */
    public boolean ok() {
        return problems.isEmpty();
    }

    /**
     * Both results together: this one's people and problems, then {@code other}'s. As within one
     * load, a person of {@code other} whose id is already taken here is not added; a
     * "duplicate id" problem at that person's origin says so.
     */
    public LoadResult plus(LoadResult other) {
        if (other == null || (other.people.isEmpty() && other.problems.isEmpty() && other.facts.isEmpty())) return this;
        if (people.isEmpty() && problems.isEmpty() && facts.isEmpty()) return other;
        Map<String, Person> seen = new HashMap<>(people.size() * 2);
        for (Person p : people) seen.putIfAbsent(p.getId(), p);
        List<Person> all = new ArrayList<>(people.size() + other.people.size());
        all.addAll(people);
        List<LoadProblem> allProblems = new ArrayList<>(problems);
        allProblems.addAll(other.problems);
        for (Person p : other.people) {
            Person first = seen.putIfAbsent(p.getId(), p);
            if (first == null) {
                all.add(p);
            } else {
                String origin = p.getOrigin();
                int colon = origin.lastIndexOf(':');
                String file = origin;
                int line = 0;
                if (colon > 0) {
                    try {
                        line = Integer.parseInt(origin.substring(colon + 1));
                        file = origin.substring(0, colon);
                    } catch (NumberFormatException notALine) {
                        // the origin has no line: keep it whole
                    }
                }
                allProblems.add(new LoadProblem(file, line, Sink.duplicateMessage(p.getId(), first)));
            }
        }
        List<Object> allFacts = new ArrayList<>(facts);
        allFacts.addAll(other.facts);
        return new LoadResult(all, allProblems, allFacts);
    }
}
