package org.orgrules.testing;

import java.nio.file.Path;
import java.util.List;
import org.orgrules.model.Person;

/**
 * The facts a suite or case runs on: a CSV/YAML file or folder ({@code path}, resolved against the
 * suite file), or people written inline in the suite (each with its suite {@code file:line} as origin).
 * Exactly one of the two is set.
 */
public record FactsSpec(Path path, List<Person> people, String file, int line) {
    public FactsSpec {
        people = people == null ? null : List.copyOf(people);
    }

    public boolean inline() { return people != null; }

    @Override public String toString() { return inline() ? people.size() + " people inline at " + file + ":" + line : path.toString(); }
}
