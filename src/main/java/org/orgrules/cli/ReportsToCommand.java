package org.orgrules.cli;

import java.util.concurrent.Callable;
import org.orgrules.Org;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "reports-to", description = "Whom A reports to directly; with B: does A report to B through the chain?")
final class ReportsToCommand implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;
    @Parameters(index = "0", paramLabel = "A") String a;
    @Parameters(index = "1", paramLabel = "B", arity = "0..1") String b;

    @Override public Integer call() {
        Main m = Main.root(spec);
        Org org = m.org();
        if (b == null) m.out().managers(a, org.managersOf(a), !org.primaryLineReasons(a).isEmpty());
        else m.out().reportsTo(org.reportsTo(a, b));
        return m.done(Main.OK);
    }
}
