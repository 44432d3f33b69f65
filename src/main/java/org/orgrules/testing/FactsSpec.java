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
public record FactsSpec(Path path, List<Person> people, List<Object> companyFacts, String file, int line,
                        java.time.LocalDate asOf) {
    public FactsSpec {
        people = people == null ? null : List.copyOf(people);
        companyFacts = companyFacts == null ? List.of() : List.copyOf(companyFacts);
    }

    /** Facts taken as of today. */
    public FactsSpec(Path path, List<Person> people, List<Object> companyFacts, String file, int line) {
        this(path, people, companyFacts, file, line, null);
    }

    /** Facts with no company facts. */
    public FactsSpec(Path path, List<Person> people, String file, int line) {
        this(path, people, List.of(), file, line);
    }

    /** The same facts taken as of {@code day} ({@code as_of:} of a suite or case). */
    public FactsSpec asOf(java.time.LocalDate day) {
        return new FactsSpec(path, people, companyFacts, file, line, day);
    }

    /** The day the facts are taken as of: {@code as_of:}, else today. */
    public java.time.LocalDate day() {
        return asOf == null ? java.time.LocalDate.now() : asOf;
    }

    public boolean inline() { return people != null; }

    @Override public String toString() {
        return (inline() ? people.size() + " people inline at " + file + ":" + line : path.toString())
                + (asOf == null ? "" : " as of " + asOf);
    }
}
