package org.orgrules.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "chain", description = "A's chain of command: nearest manager first, the top last")
final class ChainCommand implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;
    @Parameters(index = "0", paramLabel = "A") String a;

    @Override public Integer call() {
        Main m = Main.root(spec);
        m.out().chain(m.org().chainOfCommand(a));
        return m.done(Main.OK);
    }
}
