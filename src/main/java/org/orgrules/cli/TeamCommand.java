package org.orgrules.cli;

import java.util.concurrent.Callable;
import org.orgrules.Org;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "team", description = "Who reports to A: directly, or at every level with --all")
final class TeamCommand implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;
    @Parameters(index = "0", paramLabel = "A") String a;
    @Option(names = "--all", description = "every level below A") boolean all;

    @Override public Integer call() {
        Main m = Main.root(spec);
        Org org = m.org();
        m.out().team(a, all, all ? org.allReports(a) : org.directReports(a), all ? java.util.List.of() : org.otherLineReports(a));
        return m.done(Main.OK);
    }
}
