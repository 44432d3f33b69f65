package org.orgrules.testing;

import java.util.List;

/** One case of a suite: a name that reads as a sentence, its facts, and what the rules must answer. */
public record Case(String name, String file, int line, FactsSpec facts, List<Expectation> expectations) {
    public Case {
        expectations = List.copyOf(expectations);
    }
}
