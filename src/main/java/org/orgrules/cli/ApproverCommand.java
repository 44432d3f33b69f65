package org.orgrules.cli;

import java.util.concurrent.Callable;
import org.orgrules.Knowledge;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "approver", description = "Who approves the MATTER A drafts (K2.6): 生产计划 / production plan, 车间人员调配方案 / workshop staffing plan")
final class ApproverCommand implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;
    @Parameters(index = "0", paramLabel = "A") String a;
    @Parameters(index = "1..*", paramLabel = "MATTER", arity = "1..*") java.util.List<String> matter;

    @Override public Integer call() {
        Main m = Main.root(spec);
        Knowledge k = Knowledge.of(m.org());
        new KnowledgeOutput(spec.commandLine().getOut(), m.json).print(k.approver(a, String.join(" ", matter)));
        return m.done(Main.OK);
    }
}
