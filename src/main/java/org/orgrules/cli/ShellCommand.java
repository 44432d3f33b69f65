package org.orgrules.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.orgrules.view.Org;
import org.orgrules.OrgExpert;
import org.orgrules.engine.RuleCache;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "shell", description = {
        "Many questions, one process: loads the rules and the facts once, then answers each line typed (or piped) "
                + "as the command it names — senior A B, reports-to A, check, ask \"…\" … — quoted as in a shell; "
                + "plus :reload, :facts PATH, :help, :quit.",
        "On a terminal: a prompt with history and completion. Piped: one answer per line, and with --json exactly "
                + "one compact JSON object per line ({\"error\": {\"code\", \"message\"}} for a line that failed), "
                + "so another program can drive it. Exit 0 at the end of input, 2 when stdin cannot be read."})
final class ShellCommand implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override public Integer call() {
        Main m = Main.root(spec);
        if (m.session() != null) throw new Main.UsageException("already in the shell: type the command itself");
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        m.longRunning(); // lines to come: compile a miss here, once
        OrgExpert expert = m.expert();
        Org org = m.org(); // its load problems are printed now, once
        Shell.settle();
        Shell shell = new Shell(new Session(m, expert, org), m.json, m.env(), out, err);
        if (m.in() == System.in && System.console() != null) {
            return ShellPrompt.run(shell, RuleCache.defaultDir(m.env(), System.getProperty("user.home")), out, err);
        }
        return shell.answerAll(new BufferedReader(new InputStreamReader(m.in(), StandardCharsets.UTF_8)));
    }
}
