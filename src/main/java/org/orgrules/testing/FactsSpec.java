package org.orgrules.testing;

import java.nio.file.Path;
import java.util.List;
import org.orgrules.model.Person;

/**
 * The facts a suite or case runs on: a CSV/YAML file or folder ({@code path}, resolved against the
 * suite file), or people written inline in the suite (each with its suite {@code file:line} as origin).
 * Exactly one of the two is set. Inline people may come with company facts ({@code companyFacts}: the
 * company's {@code product_lines} and {@code charter}, as {@link org.orgrules.model.ProductLine} and
 * {@link org.orgrules.model.Charter}); empty for a path.
 */
public record FactsSpec(Path path, List<Person> people, List<Object> companyFacts, String file, int line) {
    public FactsSpec {
        people = people == null ? null : List.copyOf(people);
        companyFacts = companyFacts == null ? List.of() : List.copyOf(companyFacts);
    }

    /** Facts with no company facts. */
    public FactsSpec(Path path, List<Person> people, String file, int line) {
        this(path, people, List.of(), file, line);
    }

    public boolean inline() { return people != null; }

    @Override public String toString() { return inline() ? people.size() + " people inline at " + file + ":" + line : path.toString(); }
}
