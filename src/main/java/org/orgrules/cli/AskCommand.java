package org.orgrules.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.orgrules.Knowledge;
import org.orgrules.Org;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "ask", description = "Ask in words, Chinese or English: \"产品经理和技术总监哪个大?\", "
        + "\"Who does li report to?\"")
final class AskCommand implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;
    @Parameters(index = "0..*", paramLabel = "QUESTION", arity = "1..*") List<String> words;

    @Override public Integer call() {
        Main m = Main.root(spec);
        String question = String.join(" ", words);
        Questions.Parsed q = Questions.parse(question);
        if (q == null) {
            throw new Main.UsageException("I do not understand the question \"" + question + "\"; I understand e.g. "
                    + String.join(" | ", Questions.examples()));
        }
        Org org = m.org();
        Output o = m.out();
        switch (q.command()) {
            case "senior" -> o.askSenior(question, org.whoIsSenior(q.args().get(0), q.args().get(1)));
            case "reports-to" -> o.askManagers(question, org, q.args().get(0));
            case "reports-to-both" -> o.askReportsTo(question, org.reportsTo(q.args().get(0), q.args().get(1)));
            case "chain" -> o.askChain(question, org.chainOfCommand(q.args().get(0)));
            case "team" -> o.askTeam(question, q.args().get(0), org.directReports(q.args().get(0)));
            case "peers" -> o.askPeers(question, q.args().get(0), org.peers(q.args().get(0)));
            case "check" -> o.violations(org.violations());
            case "approver", "directs", "directed-by", "class", "owner", "lines", "kpis", "duties" -> {
                Knowledge k = Knowledge.of(org);
                List<String> a = q.args();
                new KnowledgeOutput(spec.commandLine().getOut(), m.json).print(question, q.command(), switch (q.command()) {
                    case "approver" -> k.approver(a.get(0), a.get(1));
                    case "directs" -> k.directs(a.get(0));
                    case "directed-by" -> k.directedBy(a.get(0));
                    case "class" -> k.managementClass(a.get(0));
                    case "owner" -> k.owner(a.get(0));
                    case "lines" -> k.lines(a.get(0));
                    case "kpis" -> k.kpis(a.get(0));
                    default -> k.duties(a.get(0));
                });
            }
            default -> throw new Main.UsageException("unsupported question kind " + q.command());
        }
        return m.done(Main.OK);
    }
}
