package org.orgrules;

import org.orgrules.view.UnknownPersonException;
import org.orgrules.view.Org;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.orgrules.engine.Derivation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.orgrules.engine.LiveSession;
import org.orgrules.facts.LoadResult;
import org.orgrules.model.Cycle;
import org.orgrules.model.LineUse;
import org.orgrules.model.Person;
import org.orgrules.model.ReportingLine;
import org.orgrules.model.PositionLine;
import org.orgrules.model.LineType;

/**
 * An organisation kept in step with a live rule session: change a person (move them under another
 * manager, give them another title …) and the rules derive only what the change touches — the
 * engine's truth maintenance retracts the lines, heads and violations that no longer hold — and a
 * new {@link Org} answers, sharing with the previous one everything that did not change.
 *
 * <pre>{@code
 * try (LiveOrg live = expert.live(Path.of("facts"))) {
 *     Org before = live.org();
 *     Org after = live.update(before.person("li").orElseThrow().withManager("zhou"));
 *     after.reportsTo("li", "zhou").answer();      // true; before still answers as it did
 * }
 * }</pre>
 *
 * <p>Each {@link Org} it hands out is immutable and thread-safe; updates are serialised. The session
 * holds about 2 KB per person while it is open: {@link #close()} it when done.
 */
public final class LiveOrg implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LiveOrg.class);
    private final LiveSession session;
    private volatile Org org;
    private List<Cycle> cycles;
    private boolean closed;

    LiveOrg(LiveSession session, LoadResult loaded) {
        this.session = session;
        this.org = Org.of(session.rules(), session.derived(), loaded.problems(), null);
        this.cycles = session.derived().cycles();
    }

    /** The org as it stands after the last update. */
    public Org org() { return org; }

    /**
     * Replaces the person with {@code changed}'s id by {@code changed} and derives again what that
     * touches. Returns the new org (also {@link #org()} from now on); orgs handed out before are unchanged.
     *
     * @throws UnknownPersonException when nobody has that id (adding and removing people is a new load)
     */
    public synchronized Org update(Person changed) {
        if (closed) throw new IllegalStateException("this live org is closed");
        Org cur = org;
        Person before = cur.person(changed.getId()).orElseThrow(() -> new UnknownPersonException(changed.getId()));
        if (before.equals(changed)) return cur;
        long t0 = System.nanoTime();
        LiveSession.Delta d = session.update(before, changed);
        long t1 = System.nanoTime();
        Org next = cur.patched(changed, d.added(), d.removed(), d.positions());
        long t2 = System.nanoTime();
        boolean resync = cyclesMayChange(d, next, before, changed);
        if (LOG.isDebugEnabled()) {
            LOG.debug("update of {}: rules {} ms ({} firings, {} facts in, {} out), view {} ms, cycle check {} ms{}", changed.getId(),
                    (t1 - t0) / 1e6, d.fired(), d.added().size(), d.removed().size(), (t2 - t1) / 1e6,
                    (System.nanoTime() - t2) / 1e6, resync ? ", cycles found again" : "");
        }
        if (resync) {
            // cycles come from a walk over the lines, not from a rule: find them again and let the rules see them
            List<Cycle> now = session.findCycles(next.people());
            if (!now.equals(cycles)) {
                LiveSession.Delta c = session.cycles(now);
                next = cur.patched(changed, plus(d.added(), c.removed(), c.added()), plus(d.removed(), d.added(), c.removed()),
                        d.positions());
                cycles = now;
            }
        }
        org = next;
        return next;
    }

    /**
     * Whether the change can make or break a reporting cycle: a line of someone on a cycle went, or a
     * new line of the chain or of command leads to someone who is, through the lines, below its person.
     * Only then are the cycles found again (a walk over every line).
     */
    private boolean cyclesMayChange(LiveSession.Delta d, Org next, Person before, Person changed) {
        java.util.Set<String> onCycle = new java.util.HashSet<>();
        for (Cycle c : cycles) onCycle.addAll(c.members());
        // the changed person's lines of a position (K2.3, PositionLine) are not in the delta
        if (onCycle.contains(changed.getId())) return true;
        for (Object o : d.removed()) {
            if (o instanceof ReportingLine l && onCycle.contains(l.personId())) return true;
            if (o instanceof PositionLine g) for (String m : onCycle) if (next.person(m).filter(g::holds).isPresent()) return true;
        }
        var uses = session.rules().lineUses();
        boolean solid = uses.counts(LineType.SOLID, LineUse.Use.CHAIN) || uses.counts(LineType.SOLID, LineUse.Use.COMMAND);
        for (Object o : d.added()) {
            if (o instanceof PositionLine g) {
                if (solid && next.reachesAlongAnyLine(g.managerId(), g::holds)) return true;
                continue;
            }
            if (!(o instanceof ReportingLine l)) continue;
            if (onCycle.contains(l.personId())) return true;
            boolean counts = uses.counts(l.type(), LineUse.Use.CHAIN)
                    || uses.counts(l.type(), LineUse.Use.COMMAND);
            if (counts && next.reachesAlongAnyLine(l.managerId(), l.personId())) return true;
        }
        // the changed person may now hold a position's lines they did not hold before
        if (solid && changed.getManagerId() == null && (before.getManagerId() != null
                || !Derivation.staffedKey(before).equals(Derivation.staffedKey(changed)))) {
            for (PositionLine g : next.derived(PositionLine.class)) {
                if (g.holds(changed) && next.reachesAlongAnyLine(g.managerId(), changed.getId())) return true;
            }
        }
        return false;
    }

    /** {@code base} without {@code minus} (by identity), then {@code more} (without what {@code base} had … see callers). */
    private static List<Object> plus(List<Object> base, List<Object> minus, List<Object> more) {
        Set<Object> drop = Collections.newSetFromMap(new IdentityHashMap<>());
        drop.addAll(minus);
        List<Object> out = new ArrayList<>(base.size() + more.size());
        for (Object o : base) if (!drop.contains(o)) out.add(o);
        for (Object o : more) if (!drop.contains(o)) out.add(o);
        return out;
    }

    /** Disposes the session; the orgs handed out go on answering. */
    @Override public synchronized void close() {
        if (!closed) {
            closed = true;
            session.close();
        }
    }
}
