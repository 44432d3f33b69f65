package org.orgrules.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;
import java.util.concurrent.Callable;
import org.orgrules.Knowledge;
import org.orgrules.Org;
import org.orgrules.explain.Explainer;
import org.orgrules.explain.Explanation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "explain", description = {
        "The chain of reasoning behind an answer, as a tree: the rules fired (DRL file:line), the K-statements "
                + "they encode with the Chinese original, the facts matched (file:line).",
        "QUERY is any other command: senior A B | reports-to A [B] | chain A | team A [--all] | peers A | check | "
                + "directs A | directed-by A | approver A MATTER | class A | owner LINE | lines A | kpis A | duties A | ask \"QUESTION\""})
final class ExplainCommand implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;
    @Parameters(index = "0", paramLabel = "QUERY") String query;
    @Parameters(index = "1..*", paramLabel = "ARG", arity = "0..*") List<String> args = List.of();
    @Option(names = "--all", description = "with team: every level below A") boolean all;

    /** A knowledge answer explained like any other: its reasons grouped by rule, with their K-statements. */
    private static Explanation knowledge(Explainer ex, Knowledge k, String kind, List<String> a) {
        Knowledge.Answer answer = switch (kind) {
            case "directs" -> k.directs(a.get(0));
            case "directed-by" -> k.directedBy(a.get(0));
            case "approver" -> k.approver(a.get(0), a.get(1));
            case "class" -> k.managementClass(a.get(0));
            case "owner" -> k.owner(a.get(0));
            case "lines" -> k.lines(a.get(0));
            case "kpis" -> k.kpis(a.get(0));
            default -> k.duties(a.get(0));
        };
        return ex.of(kind + " " + String.join(" ", a), answer.text(), answer.reasons());
    }

    @Override public Integer call() {
        Main m = Main.root(spec);
        String kind = query;
        List<String> a = args;
        if (kind.equals("ask")) {
            String question = String.join(" ", a);
            Questions.Parsed q = Questions.parse(question);
            if (q == null) throw new Main.UsageException("I do not understand the question \"" + question + "\"");
            kind = q.command().equals("reports-to-both") ? "reports-to" : q.command();
            a = q.args();
        }
        if (kind.equals("approver") && a.size() > 2) a = List.of(a.get(0), String.join(" ", a.subList(1, a.size())));
        int want = switch (kind) {
            case "senior" -> 2;
            case "reports-to" -> a.size() == 2 ? 2 : 1;
            case "chain", "team", "peers" -> 1;
            case "check" -> 0;
            case "directs", "directed-by", "class", "owner", "lines", "kpis", "duties" -> 1;
            case "approver" -> 2;
            default -> throw new Main.UsageException("explain what? '" + kind
                    + "' is not senior, reports-to, chain, team, peers, check, directs, directed-by, approver, class, owner,"
                    + " lines, kpis, duties or ask");
        };
        if (a.size() != want) throw new Main.UsageException("explain " + kind + " takes " + want + " argument(s), got " + a.size());
        Org org = m.org();
        Explainer ex = m.expert().explainer(org);
        Explanation x = switch (kind) {
            case "senior" -> ex.senior(a.get(0), a.get(1));
            case "reports-to" -> a.size() == 2 ? ex.reportsTo(a.get(0), a.get(1)) : ex.managers(a.get(0));
            case "chain" -> ex.chain(a.get(0));
            case "team" -> ex.team(a.get(0), all);
            case "peers" -> ex.peers(a.get(0));
            case "check" -> ex.check();
            default -> knowledge(ex, Knowledge.of(org), kind, a);
        };
        var w = spec.commandLine().getOut();
        if (m.json) {
            try {
                w.println(Json.PRETTY.writeValueAsString(x));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        } else {
            w.print(x.toText());
        }
        w.flush();
        return m.done(Main.OK);
    }
}
