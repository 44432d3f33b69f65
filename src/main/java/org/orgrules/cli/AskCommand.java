package org.orgrules.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.orgrules.query.Questions;
import org.orgrules.query.Reply;
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
        Reply r = Questions.of(m.rulesFolder()).ask(m.org(), question);
        m.print(r);
        return m.done(r.exitCode());
    }
}
