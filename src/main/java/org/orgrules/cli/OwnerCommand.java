package org.orgrules.cli;

import java.util.concurrent.Callable;
import org.orgrules.Knowledge;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "owner", description = "Who owns product line LINE (K5.2)")
final class OwnerCommand implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;
    @Parameters(index = "0..*", paramLabel = "LINE", arity = "1..*") java.util.List<String> line;

    @Override public Integer call() {
        Main m = Main.root(spec);
        Knowledge k = Knowledge.of(m.org());
        new KnowledgeOutput(spec.commandLine().getOut(), m.json).print(k.owner(String.join(" ", line)));
        return m.done(Main.OK);
    }
}
