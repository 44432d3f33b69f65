package org.orgrules.engine;

import java.util.List;
import java.util.stream.Collectors;

/** The rules could not be built or run; every problem names its DRL file and line. */
public class RulesException extends RuntimeException {
    private final List<RuleProblem> problems;

    public RulesException(List<RuleProblem> problems) {
        super(problems.stream().map(RuleProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public RulesException(String file, String message) {
        this(List.of(new RuleProblem(file, 0, 0, message, true)));
    }

    public List<RuleProblem> problems() { return problems; }
}
