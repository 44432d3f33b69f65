package org.orgrules;

import org.orgrules.view.Org;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.orgrules.engine.RuleProblem;
import org.orgrules.engine.RulesException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An expert whose rules folder can change under it: {@link #reload()} (or, after {@link #watch()},
 * any edit in the folder) compiles the rules again and re-derives the facts, then swaps the new
 * {@link Snapshot} in atomically. A broken edit keeps the previous rules answering; its problems go
 * to the listener and the return value.
 *
 * <p>Queries never see a half-built rule base: an {@link Org} is an immutable snapshot bound to its
 * rules, and callers take one with {@link #org()} and ask it as many questions as they like; the
 * next call to {@code org()} after a reload returns the new one. Thread-safe.
 *
 * <pre>{@code
 * try (ReloadingExpert live = ReloadingExpert.of(OrgExpert.fromFolder(rules), e -> e.load(facts),
 *         r -> r.problems().forEach(System.err::println)).watch()) {
 *     live.org().whoIsSenior("li", "zhang");   // always a complete rule base, old or new
 * }
 * }</pre>
 */
public final class ReloadingExpert implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ReloadingExpert.class);

    /** The rules and the facts derived with them, swapped together. {@code version} counts successful loads from 1. */
    public record Snapshot(OrgExpert expert, Org org, long version) {}

    /**
     * The outcome of a reload: {@code reloaded} when the new rules are in use; otherwise
     * {@code problems} (DRL errors by file:line:col) say why and the previous snapshot still answers.
     */
    public record Outcome(boolean reloaded, long version, List<RuleProblem> problems, long millis) {
        public Outcome { problems = List.copyOf(problems); }
    }

    private final AtomicReference<Snapshot> current;
    private final Function<OrgExpert, Org> facts;
    private final Consumer<Outcome> listener;
    private final Object reloading = new Object();
    private volatile WatchService watcher;
    private volatile Thread watchThread;
    /** Folders watched for single files in them: only events on those names count. */
    private final java.util.Map<Path, java.util.Set<Path>> files = new java.util.concurrent.ConcurrentHashMap<>();

    private ReloadingExpert(OrgExpert expert, Function<OrgExpert, Org> facts, Consumer<Outcome> listener) {
        this.facts = Objects.requireNonNull(facts, "facts");
        this.listener = listener == null ? o -> { } : listener;
        this.current = new AtomicReference<>(new Snapshot(expert, facts.apply(expert), 1));
    }

    /**
     * @param expert   the rules to start with (from a folder, to be able to reload)
     * @param facts    how to derive the org from an expert, e.g. {@code e -> e.load(Path.of("facts"))};
     *                 called once now and once per reload
     * @param listener told of every reload, successful or not (may be null)
     */
    public static ReloadingExpert of(OrgExpert expert, Function<OrgExpert, Org> facts, Consumer<Outcome> listener) {
        return new ReloadingExpert(expert, facts, listener);
    }

    /** The org derived by the current rules: a complete, immutable snapshot. */
    public Org org() { return current.get().org(); }

    /** The current expert. */
    public OrgExpert expert() { return current.get().expert(); }

    public Snapshot snapshot() { return current.get(); }

    /**
     * Compiles the rules folder again and, when it builds, re-derives the facts and swaps both in.
     * Reloads run one at a time; queries go on meanwhile against the previous snapshot.
     */
    public Outcome reload() {
        synchronized (reloading) {
            long t0 = System.nanoTime();
            Snapshot old = current.get();
            Outcome outcome;
            try {
                OrgExpert next = old.expert().rebuilt();
                Org org = facts.apply(next);
                current.set(new Snapshot(next, org, old.version() + 1));
                outcome = new Outcome(true, old.version() + 1, List.of(), (System.nanoTime() - t0) / 1_000_000);
            } catch (RulesException e) {
                outcome = new Outcome(false, old.version(), e.problems(), (System.nanoTime() - t0) / 1_000_000);
            } catch (RuntimeException e) {
                String where = old.expert().rules().source().toString();
                outcome = new Outcome(false, old.version(), List.of(new RuleProblem(where, 0, 0, String.valueOf(e.getMessage()), true)),
                        (System.nanoTime() - t0) / 1_000_000);
            }
            if (outcome.reloaded()) LOG.info("rules reloaded (version {}, {} ms)", outcome.version(), outcome.millis());
            else LOG.warn("rules not reloaded, the previous ones still answer: {}", outcome.problems());
            try {
                listener.accept(outcome);
            } catch (RuntimeException e) {
                LOG.warn("reload listener failed", e);
            }
            return outcome;
        }
    }

    /**
     * Reloads whenever a file in the rules folder (or below) changes, after {@code quietMillis} without
     * further changes (an editor's save is often several writes). Runs on one daemon thread until
     * {@link #close()}.
     *
     * @throws IllegalStateException when the rules are the bundled ones (there is no folder to watch)
     */
    public ReloadingExpert watch(long quietMillis) {
        Path folder = expert().rules().source().path()
                .orElseThrow(() -> new IllegalStateException("the bundled rules cannot change; watch a rules folder"));
        return watch(quietMillis, List.of(folder));
    }

    /**
     * As {@link #watch(long)}, over {@code paths}: folders (watched with everything below them) and
     * single files (only their own changes count), e.g. the rules folder and the facts path the
     * {@code facts} function reads, so that an edit of either is compiled and derived again. Works
     * with the bundled rules too (then only the paths given are watched).
     */
    public ReloadingExpert watch(long quietMillis, List<Path> paths) {
        synchronized (reloading) {
            if (watcher != null) return this;
            try {
                WatchService ws = FileSystems.getDefault().newWatchService();
                for (Path p : paths) {
                    if (Files.isDirectory(p)) {
                        register(ws, p);
                    } else {
                        Path dir = p.toAbsolutePath().getParent();
                        files.computeIfAbsent(dir, d -> new java.util.HashSet<>()).add(p.getFileName());
                        dir.register(ws, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                                StandardWatchEventKinds.ENTRY_DELETE);
                    }
                }
                watcher = ws;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            Thread t = new Thread(() -> loop(watcher, quietMillis), "orgrules-rules-watch");
            t.setDaemon(true);
            watchThread = t;
            t.start();
        }
        return this;
    }

    /** {@link #watch(long)} with 200 ms of quiet. */
    public ReloadingExpert watch() { return watch(200); }

    private static void register(WatchService ws, Path folder) throws IOException {
        try (Stream<Path> dirs = Files.walk(folder)) {
            for (Path d : dirs.filter(Files::isDirectory).toList()) {
                d.register(ws, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }

    private void loop(WatchService ws, long quietMillis) {
        try {
            while (true) {
                WatchKey key = ws.take();
                boolean changed = drain(ws, key);
                // wait for quiet: keep collecting events until none arrive for quietMillis
                WatchKey more;
                while ((more = ws.poll(quietMillis, TimeUnit.MILLISECONDS)) != null) changed |= drain(ws, more);
                if (changed) reload();
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed
        }
    }

    private boolean drain(WatchService ws, WatchKey key) {
        boolean any = false;
        java.util.Set<Path> only = key.watchable() instanceof Path d ? files.get(d) : null;
        for (var ev : key.pollEvents()) {
            if (only != null && !(ev.context() instanceof Path name && only.contains(name))) continue;
            any = true;
            if (ev.kind() == StandardWatchEventKinds.ENTRY_CREATE && key.watchable() instanceof Path dir
                    && ev.context() instanceof Path name && Files.isDirectory(dir.resolve(name))) {
                try {
                    register(ws, dir.resolve(name));
                } catch (IOException e) {
                    LOG.warn("cannot watch {}", dir.resolve(name), e);
                }
            }
        }
        key.reset();
        return any;
    }

    /** Stops watching (if watching). The last snapshot keeps answering. */
    @Override public void close() {
        WatchService ws = watcher;
        watcher = null;
        if (ws != null) {
            try {
                ws.close();
            } catch (IOException e) {
                LOG.debug("closing the watch service", e);
            }
        }
        Thread t = watchThread;
        if (t != null) t.interrupt();
    }
}
