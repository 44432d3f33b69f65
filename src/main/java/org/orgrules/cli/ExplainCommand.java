package org.orgrules.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.orgrules.view.Org;
import org.orgrules.explain.Explanation;
import org.orgrules.query.BadQueryException;
import org.orgrules.query.Query;
import org.orgrules.query.QueryParser;
import org.orgrules.query.Questions;
import org.orgrules.query.Replies;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "explain", description = {
        "The chain of reasoning behind an answer, as a tree: the rules fired (DRL file:line), the K-statements "
                + "they encode with the Chinese original, the facts matched (file:line).",
        "QUERY is any query command: senior A B | reports-to A [B] | chain A | team A [--all] | peers A | check | "
                + "directs A | directed-by A | approver A MATTER | class A | owner LINE | lines A | kpis A | duties A | titles | ask \"QUESTION\""})
final class ExplainCommand implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;
    @Parameters(index = "0", paramLabel = "QUERY") String query;
    @Parameters(index = "1..*", paramLabel = "ARG", arity = "0..*") List<String> args = List.of();
    @Option(names = "--all", description = "with team: every level below A") boolean all;

    @Override public Integer call() {
        Main m = Main.root(spec);
        Query q;
        if (query.equals("ask")) {
            q = Questions.of(m.rulesFolder()).queryOf(String.join(" ", args));
        } else if (QueryParser.kind(query).isEmpty()) {
            throw new Main.UsageException("explain what? '" + query + "' is not " + String.join(", ", QueryParser.commands())
                    + " or ask");
        } else {
            try {
                q = QueryParser.parse(query, args, all);
            } catch (BadQueryException e) {
                throw new Main.UsageException("explain " + e.getMessage());
            }
        }
        Org org = m.org();
        if (query.equals("ask")) q = Questions.resolve(org, q);
        Explanation x = q.explain(m.expert().explainer(org), org);
        var w = spec.commandLine().getOut();
        if (m.json) w.println(Replies.toJson(x));
        else w.print(x.toText());
        w.flush();
        return m.done(Main.OK);
    }
}
