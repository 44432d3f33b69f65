package org.orgrules.cli;

import java.util.concurrent.Callable;
import org.orgrules.Knowledge;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "lines", description = "A's product lines (K5.2); for a product director also the lines handed out")
final class LinesCommand implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;
    @Parameters(index = "0", paramLabel = "A") String a;

    @Override public Integer call() {
        Main m = Main.root(spec);
        Knowledge k = Knowledge.of(m.org());
        new KnowledgeOutput(spec.commandLine().getOut(), m.json).print(k.lines(a));
        return m.done(Main.OK);
    }
}
