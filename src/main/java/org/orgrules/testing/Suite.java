package org.orgrules.testing;

import java.util.List;

/**
 * A rule-test suite: one YAML file of cases beside the rules ({@code rules/tests/*.yaml}).
 * {@code facts} are the facts every case runs on unless the case brings its own.
 */
public record Suite(String file, String name, FactsSpec facts, List<Case> cases) {
    public Suite {
        cases = List.copyOf(cases);
    }
}
