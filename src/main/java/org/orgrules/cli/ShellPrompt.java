package org.orgrules.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.jline.builtins.Completers.FileNameCompleter;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.ParsedLine;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.orgrules.view.Org;
import org.orgrules.model.Person;

/**
 * The interactive face of {@code shell} (stdin a terminal), on JLine: line editing, a history kept
 * in {@code shell-history} in the cache folder, completion of command names, person ids and, after
 * {@code :facts}, file names. Each line is answered by {@link Shell#answer}.
 */
final class ShellPrompt {
    private ShellPrompt() {}

    /** Prompts and answers until {@code :quit} or Ctrl-D; 2 when the terminal cannot be used. */
    static int run(Shell shell, Path cacheDir, PrintWriter out, PrintWriter err) {
        try (Terminal terminal = TerminalBuilder.builder().system(true).build()) {
            LineReaderBuilder b = LineReaderBuilder.builder().terminal(terminal).appName("orgrules")
                    .completer(new ShellCompleter(shell.session()));
            Path history = history(cacheDir, err);
            if (history != null) b.variable(LineReader.HISTORY_FILE, history);
            LineReader reader = b.build();
            Org org = shell.session().org();
            out.println("orgrules shell: " + org.people().size() + " people, " + shell.session().expert().rules().rules().size()
                    + " rules. :help lists the commands, :quit (or Ctrl-D) leaves.");
            out.flush();
            while (true) {
                String line;
                try {
                    line = reader.readLine("orgrules> ");
                } catch (UserInterruptException e) {
                    continue; // Ctrl-C drops the line
                } catch (EndOfFileException e) {
                    break;
                }
                if (!shell.answer(line)) break;
            }
            try {
                reader.getHistory().save();
            } catch (IOException e) {
                err.println("orgrules: warning: history not saved: " + e.getMessage());
            }
            return Main.OK;
        } catch (IOException e) {
            err.println("orgrules: shell: cannot use the terminal: " + e.getMessage());
            err.flush();
            return Main.BAD_INPUT;
        }
    }

    /** The history file in the cache folder, or null (said once) when that folder cannot be written. */
    private static Path history(Path cacheDir, PrintWriter err) {
        try {
            Files.createDirectories(cacheDir);
            if (Files.isWritable(cacheDir)) return cacheDir.resolve("shell-history");
        } catch (IOException | RuntimeException e) {
            // said below
        }
        err.println("orgrules: warning: no shell history (cannot write " + cacheDir + ")");
        return null;
    }

    /** The first word: a command; after {@code :facts}: a file; else a person id (of the facts in use). */
    static final class ShellCompleter implements Completer {
        private static final List<String> OWN = List.of(":reload", ":facts", ":help", ":quit");
        private final Session session;
        private final FileNameCompleter files = new FileNameCompleter();
        private Org idsOf;
        private String[] ids;

        ShellCompleter(Session session) {
            this.session = session;
        }

        @Override public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
            if (line.wordIndex() == 0) {
                for (String c : Shell.commandNames()) candidates.add(new Candidate(c));
                for (String c : OWN) candidates.add(new Candidate(c));
                return;
            }
            String first = line.words().get(0);
            if (first.equals(":facts")) {
                files.complete(reader, line, candidates);
                return;
            }
            if (first.equals("explain") && line.wordIndex() == 1) {
                for (String c : Shell.commandNames()) candidates.add(new Candidate(c));
                return;
            }
            for (String id : idsStartingWith(line.word().substring(0, line.wordCursor()))) candidates.add(new Candidate(id));
        }

        /** The ids of the facts in use that start with {@code prefix}, from a sorted array. */
        List<String> idsStartingWith(String prefix) {
            Org org = session.org();
            if (org != idsOf) {
                ids = org.people().stream().map(Person::getId).distinct().sorted().toArray(String[]::new);
                idsOf = org;
            }
            int from = Arrays.binarySearch(ids, prefix);
            if (from < 0) from = -from - 1;
            int to = from;
            while (to < ids.length && ids[to].startsWith(prefix)) to++;
            return Arrays.asList(ids).subList(from, to);
        }
    }
}
