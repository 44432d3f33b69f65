package org.orgrules.serve;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import org.orgrules.LiveOrg;
import org.orgrules.view.Org;
import org.orgrules.OrgExpert;
import org.orgrules.ReloadingExpert;
import org.orgrules.view.UnknownPersonException;
import org.orgrules.facts.LoadLimits;
import org.orgrules.facts.LoadNotice;
import org.orgrules.facts.LoadProblem;
import org.orgrules.facts.LoadResult;
import org.orgrules.model.Person;

/**
 * The rules and the facts a server answers with. A {@link ReloadingExpert} compiles the rules folder
 * again and reads the facts again when either changes, and swaps both in at once; a broken edit keeps
 * the previous version answering and is kept as {@link #lastReload()}. With writes on, the facts live
 * in a {@link LiveOrg}: {@link #update} changes one person and derives only what that touches.
 *
 * <p>Queries take {@link #current()}: one immutable {@link State} (rules, org, version) that a reload
 * or an update replaces whole, never in part. Thread-safe; updates and swaps are serialised.
 */
public final class ServedOrg implements AutoCloseable {
    /**
     * What answers now: the expert, its org, the version of the rules and facts (1, 2 … per successful
     * load), when they were loaded, and what the load set aside on purpose (people who had left …).
     */
    public record State(OrgExpert expert, Org org, long version, Instant loaded, List<LoadNotice> notices) {
        public State {
            notices = List.copyOf(notices);
        }
    }

    /** How the facts are read for an expert (its load limits): the facts path, the column mapping … */
    public interface Facts {
        LoadResult load(LoadLimits limits);
    }

    /** The facts gave nobody (on the day asked): there is nothing to answer over, and the previous facts stay. */
    public static final class FactsUnreadable extends RuntimeException {
        private final List<LoadProblem> problems;

        FactsUnreadable(List<LoadProblem> problems, String why) {
            super(why + (problems.isEmpty() ? "" : ": " + String.join("; ", problems.stream().map(LoadProblem::toString).toList())));
            this.problems = List.copyOf(problems);
        }

        public List<LoadProblem> problems() { return problems; }
    }

    private final ReloadingExpert reloading;
    private final boolean writable;
    private final LocalDate day;
    private final AtomicReference<State> state = new AtomicReference<>();
    /** With writes: the live org the facts function made last, and the one now answering. */
    private final AtomicReference<LiveOrg> made = new AtomicReference<>();
    /** The notices of the load the facts function made last (swapped in with it). */
    private volatile List<LoadNotice> notices = List.of();
    private LiveOrg live;
    /** The org as the files give it (before any update): what DELETE restores a person to. */
    private volatile Org asLoaded;
    private volatile ReloadingExpert.Outcome lastReload;
    private final AtomicLong reloads = new AtomicLong(), failedReloads = new AtomicLong();
    private final List<Consumer<ReloadingExpert.Outcome>> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    private ServedOrg(OrgExpert expert, Facts facts, LocalDate day, boolean writable) {
        this.writable = writable;
        this.day = Objects.requireNonNull(day, "day");
        Function<OrgExpert, Org> derive = e -> {
            LoadResult r = facts.load(e.limits());
            if (r.people().isEmpty()) throw new FactsUnreadable(r.problems(), "no facts could be read (nobody was loaded)");
            if (r.asOf(day).people().isEmpty()) {
                throw new FactsUnreadable(r.problems(), "nobody is in the org as of " + day + " (every row read is of someone who had left or not yet started)");
            }
            notices = r.asOf(day).notices();
            if (!writable) return e.of(r, day);
            LiveOrg l = e.live(r, day);
            LiveOrg before = made.getAndSet(l);
            if (before != null && before != live) before.close(); // made by a reload that then failed
            return l.org();
        };
        this.reloading = ReloadingExpert.of(expert, derive, this::reloaded);
        ReloadingExpert.Snapshot s = reloading.snapshot();
        this.live = made.get();
        this.asLoaded = s.org();
        state.set(new State(s.expert(), s.org(), s.version(), Instant.now(), notices));
    }

    /**
     * Loads the facts with {@code expert} now.
     *
     * @param writable whether {@link #update} may change people (keeps a rule session open, ~2 KB a person)
     * @throws FactsUnreadable when the facts give nobody (a reload that finds so keeps the previous facts)
     */
    public static ServedOrg open(OrgExpert expert, Facts facts, LocalDate day, boolean writable) {
        return new ServedOrg(expert, facts, day, writable);
    }

    /** The rules and facts answering now. */
    public State current() { return state.get(); }

    public boolean writable() { return writable; }

    /** Told of every reload, good or broken (after the swap). */
    public void onReload(Consumer<ReloadingExpert.Outcome> listener) { listeners.add(listener); }

    /** Reads the rules and the facts again now (as an edit would); a broken edit keeps the previous ones. */
    public ReloadingExpert.Outcome reload() { return reloading.reload(); }

    /** Reloads whenever the rules folder (if any) or one of {@code factsPaths} changes, after 200 ms of quiet. */
    public ServedOrg watch(List<Path> factsPaths) {
        List<Path> paths = new ArrayList<>(factsPaths);
        reloading.expert().rules().source().path().ifPresent(p -> paths.add(0, p));
        if (!paths.isEmpty()) reloading.watch(200, paths);
        return this;
    }

    /** The last reload (null before the first), with its problems when it was refused. */
    public ReloadingExpert.Outcome lastReload() { return lastReload; }

    public long reloads() { return reloads.get(); }

    public long failedReloads() { return failedReloads.get(); }

    private synchronized void reloaded(ReloadingExpert.Outcome o) {
        lastReload = o;
        (o.reloaded() ? reloads : failedReloads).incrementAndGet();
        if (o.reloaded()) {
            ReloadingExpert.Snapshot s = reloading.snapshot();
            LiveOrg old = live;
            live = writable ? made.get() : null;
            asLoaded = s.org();
            state.set(new State(s.expert(), s.org(), s.version(), Instant.now(), notices));
            if (old != null && old != live) old.close();
        }
        for (Consumer<ReloadingExpert.Outcome> l : listeners) l.accept(o);
    }

    /**
     * Replaces the person with {@code changed}'s id and derives again what that touches; the new org
     * answers from now on (until the next reload reads the files again).
     *
     * @throws IllegalStateException when writes are off
     * @throws UnknownPersonException when nobody has that id
     */
    public synchronized State update(Person changed) {
        if (!writable) throw new IllegalStateException("writes are off (start the server with --allow-writes)");
        State s = state.get();
        Org next = live.update(changed);
        State n = new State(s.expert(), next, s.version(), s.loaded(), s.notices());
        state.set(n);
        return n;
    }

    /** The person {@code id} as the files give them: what {@code DELETE /v1/people/{id}} restores. */
    public Person asLoaded(String id) {
        return asLoaded.person(id).orElseThrow(() -> new UnknownPersonException(id));
    }

    @Override public synchronized void close() {
        reloading.close();
        if (live != null) live.close();
        LiveOrg m = made.get();
        if (m != null && m != live) m.close();
    }
}
