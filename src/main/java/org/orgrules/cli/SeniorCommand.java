package org.orgrules.cli;

import java.util.concurrent.Callable;
import org.orgrules.Org;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "senior", description = "Who is senior, A or B? (people by id, or bare titles such as 产品经理)")
final class SeniorCommand implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;
    @Parameters(index = "0", paramLabel = "A") String a;
    @Parameters(index = "1", paramLabel = "B") String b;

    @Override public Integer call() {
        Main m = Main.root(spec);
        Org org = m.org();
        m.out().seniority(org.whoIsSenior(a, b));
        return m.done(Main.OK);
    }
}
