package org.orgrules.cli;

import java.util.concurrent.Callable;
import org.orgrules.Knowledge;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "directs", description = "Whom A directs by functional direction (K2.4): departments and people; not a reporting line")
final class DirectsCommand implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;
    @Parameters(index = "0", paramLabel = "A") String a;

    @Override public Integer call() {
        Main m = Main.root(spec);
        Knowledge k = Knowledge.of(m.org());
        new KnowledgeOutput(spec.commandLine().getOut(), m.json).print(k.directs(a));
        return m.done(Main.OK);
    }
}
