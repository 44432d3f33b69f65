package org.orgrules.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.orgrules.model.Severity;
import org.orgrules.model.Violation;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "check", description = "Which facts break the rules; exit 1 when any ERROR")
final class CheckCommand implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override public Integer call() {
        Main m = Main.root(spec);
        List<Violation> vs = m.org().violations();
        m.out().violations(vs);
        return m.done(vs.stream().anyMatch(v -> v.severity() == Severity.ERROR) ? Main.FINDINGS : Main.OK);
    }
}
