package org.orgrules.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "peers", description = "A's peers (平级): same company and rank, neither in the other's chain")
final class PeersCommand implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;
    @Parameters(index = "0", paramLabel = "A") String a;

    @Override public Integer call() {
        Main m = Main.root(spec);
        m.out().peers(a, m.org().peers(a));
        return m.done(Main.OK);
    }
}
