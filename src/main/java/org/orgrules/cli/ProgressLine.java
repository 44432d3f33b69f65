package org.orgrules.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.orgrules.model.Progress;

/**
 * Shows a long load's progress on stderr as one line rewritten in place ("orgrules: 300,000 people
 * read, 1,200,000 rules fired, 4.2 s", the time since the load began), only when stderr is a terminal: the launcher says so
 * ({@code -Dorgrules.stderr.terminal=true} when {@code [ -t 2 ]}); {@code ORGRULES_PROGRESS=1} shows
 * it anyway, {@code =0} never. Never on stdout, so {@code --json} output stays clean.
 */
final class ProgressLine implements Progress {
    private final PrintWriter err;
    private long read;
    private long fired;
    private boolean shown;
    /** When the work began, as the first update tells it: the line shows the time since then. */
    private long began;

    private ProgressLine(PrintWriter err) {
        this.err = err;
    }

    /** The progress line on {@code err} when stderr is a terminal (or forced), else {@link Progress#NONE}. */
    static Progress forStderr(PrintWriter err) {
        String forced = System.getenv("ORGRULES_PROGRESS");
        boolean on = forced != null ? forced.equals("1") : Boolean.getBoolean("orgrules.stderr.terminal");
        return on ? new ProgressLine(err) : Progress.NONE;
    }

    @Override
    public synchronized void update(Stage stage, long count, long elapsedMillis) {
        if (stage == Stage.ROWS_READ) read = count;
        else fired = count;
        long now = System.nanoTime();
        if (began == 0) began = now - elapsedMillis * 1_000_000;
        long total = Math.max(elapsedMillis, (now - began) / 1_000_000);
        StringBuilder line = new StringBuilder("\rorgrules: ");
        line.append(String.format(Locale.ROOT, "%,d people read", read));
        if (fired > 0) line.append(String.format(Locale.ROOT, ", %,d rules fired", fired));
        line.append(String.format(Locale.ROOT, ", %.1f s", total / 1000.0));
        err.print(line);
        err.flush();
        shown = true;
    }

    /** Ends the line, if one was shown, so that what follows starts on a line of its own. */
    static void finish(Progress p) {
        if (p instanceof ProgressLine l) {
            synchronized (l) {
                if (l.shown) {
                    l.err.println();
                    l.err.flush();
                    l.shown = false;
                }
            }
        }
    }
}
