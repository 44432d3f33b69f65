package org.orgrules.cli;

import java.util.concurrent.Callable;
import org.orgrules.Knowledge;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "duties", description = "A's duties (person or bare title) in the article's Chinese with an English gloss; a production director's seven steps (Q4)")
final class DutiesCommand implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;
    @Parameters(index = "0", paramLabel = "A") String a;

    @Override public Integer call() {
        Main m = Main.root(spec);
        Knowledge k = Knowledge.of(m.org());
        new KnowledgeOutput(spec.commandLine().getOut(), m.json).print(k.duties(a));
        return m.done(Main.OK);
    }
}
