package org.orgrules.testing;

import java.util.List;
import org.orgrules.model.Reason;

/**
 * The outcome of one expectation: whether it held, expected and actual in words, the reasons the
 * engine gave for its answer, and the K-statements the expectation demonstrably exercised (those
 * cited by the reasons of a passing answer, or by the violations a passing check matched).
 */
public record Result(Case kase, Expectation expectation, boolean passed, String expected, String actual,
                     List<Reason> reasons, List<String> covers) {
    public Result {
        reasons = List.copyOf(reasons);
        covers = List.copyOf(covers);
    }
}
