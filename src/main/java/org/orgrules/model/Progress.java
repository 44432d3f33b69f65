package org.orgrules.model;

/**
 * Progress of long work, for a caller that wants to show it: a load of more than {@link #EVERY}
 * people reports every {@link #EVERY} rows read and every {@link #EVERY} rules fired, with the time
 * since the work began. The library never prints it; the CLI writes it on stderr when stderr is a
 * terminal. Called on the thread doing the work (the rules may fire on a worker thread): it must
 * return quickly, and what it throws is ignored.
 */
@FunctionalInterface
public interface Progress {
    /** How often an update comes: every this many rows read or rules fired. */
    long EVERY = 100_000;

    /** What is being counted. */
    enum Stage { ROWS_READ, RULES_FIRED }

    void update(Stage stage, long count, long elapsedMillis);

    /** No progress wanted (the default). */
    Progress NONE = (stage, count, elapsedMillis) -> { };

    /** Calls {@code p}, swallowing what it throws: a display must never break a load. */
    static void safely(Progress p, Stage stage, long count, long startNanos) {
        if (p == NONE) return;
        try {
            p.update(stage, count, (System.nanoTime() - startNanos) / 1_000_000);
        } catch (RuntimeException ignored) {
            // a progress display that fails is not the load's problem
        }
    }
}
