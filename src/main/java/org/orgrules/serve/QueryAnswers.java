package org.orgrules.serve;

import java.util.ArrayList;
import java.util.List;
import org.orgrules.UnknownPersonException;
import org.orgrules.cli.InProcess;

/**
 * The query endpoints answered by the CLI itself, in-process with {@code --json} ({@link InProcess}):
 * the body is byte for byte what {@code orgrules --json COMMAND} prints. A usage error is a 400 with
 * the CLI's message; an unknown person a 404.
 */
final class QueryAnswers implements Answers {
    @Override public Body answer(ServedOrg.State state, String command, List<String> args, boolean all) {
        return run(state, words(command, args, all));
    }

    @Override public Body explain(ServedOrg.State state, String command, List<String> args, boolean all) {
        List<String> w = new ArrayList<>();
        w.add("explain");
        w.addAll(words(command, args, all));
        return run(state, w);
    }

    private static List<String> words(String command, List<String> args, boolean all) {
        List<String> w = new ArrayList<>();
        w.add(command);
        w.add("--");
        w.addAll(args);
        if (all) w.add(1, "--all");
        return w;
    }

    private static Body run(ServedOrg.State state, List<String> words) {
        InProcess.Result r = InProcess.run(state.expert(), state.org(), words);
        if (r.exitCode() > 1 || r.out().isEmpty()) {
            String m = r.err().strip().replaceFirst("^orgrules: ", "");
            if (m.startsWith("no person with id")) throw new ServeError(404, "unknown_person", m);
            throw ServeError.badRequest(m);
        }
        return new Body(r.out(), r.exitCode());
    }
}
