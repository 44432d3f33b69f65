package org.orgrules.engine;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * Fires a session under a fire limit and a time limit, so a rule that keeps re-activating itself (a
 * modify loop) or whose consequence never returns stops with an error naming the rule instead of
 * hanging the process; a rule that fails (throws, exhausts the heap or the stack) is reported the
 * same way, as a {@link RulesException} at the rule's file and line, never as a stack trace.
 */
final class Firing {
    private Firing() {}

    /** Where sessions fire when there is a time limit: daemon threads, so a runaway one never keeps the JVM up. */
    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "orgrules-rules");
        t.setDaemon(true);
        return t;
    });

    static int fire(KieSession session, long limit, RuleBase rules) {
        Current current = Current.of(session);
        try {
            long timeLimit = rules.timeLimitMillis();
            if (timeLimit <= 0) return fireCounted(session, limit, rules);
            java.util.concurrent.atomic.AtomicReference<Thread> worker = new java.util.concurrent.atomic.AtomicReference<>();
            java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
            Future<Integer> run = WORKERS.submit(() -> {
                worker.set(Thread.currentThread());
                try {
                    return fireCounted(session, limit, rules);
                } finally {
                    done.countDown();
                }
            });
            try {
                return run.get(timeLimit, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                String rule = current.rule;
                stop(session, run, worker.get(), done);
                throw failure(rules, rule, "did not finish within the time limit of " + seconds(timeLimit)
                        + " (--time-limit): does its consequence loop or wait?");
            } catch (InterruptedException e) {
                session.halt();
                run.cancel(true);
                Thread.currentThread().interrupt();
                throw failure(rules, current.rule, "was interrupted");
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RulesException re) throw re;
                throw failure(cause, rules, current.rule);
            }
        } catch (RulesException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            throw failure(e, rules, current.rule);
        }
    }

    /**
     * Stops a session run that is over its time: halts the agenda (enough between firings), interrupts
     * (enough for a consequence that waits), and, for a consequence that computes forever, stops its
     * thread (Java 17 still can; a later Java refuses, and the daemon thread is left to the JVM's exit).
     */
    @SuppressWarnings({"deprecation", "removal"})
    private static void stop(KieSession session, Future<Integer> run, Thread worker, java.util.concurrent.CountDownLatch done) {
        session.halt();
        run.cancel(true);
        try {
            if (done.await(1, TimeUnit.SECONDS) || worker == null) return;
            try {
                worker.stop();
            } catch (UnsupportedOperationException laterJava) {
                return;
            }
            done.await(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A failure of the rules that is not a Drools verdict (an exception in a constraint or a consequence …). */
    static RulesException failure(Throwable e, RuleBase rules, String firing) {
        LOG.debug("the rules failed", e);      // the whole trace, for whoever debugs the rules or the engine
        String rule = firing;
        for (Throwable t = e; t != null && rule == null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConsequenceException ce && ce.getRule() != null) rule = ce.getRule().getName();
            Matcher m = t.getMessage() == null ? null : RULE_IN_MESSAGE.matcher(t.getMessage());
            if (m != null && m.find()) rule = m.group(1);
        }
        Throwable root = e; // what went wrong in the rule's own code: under Drools' and MVEL's wrappers
        for (int depth = 0; root.getCause() != null && root.getCause() != root && depth < 20; depth++) root = root.getCause();
        String what = root instanceof StackOverflowError ? "ran out of stack (a recursion too deep)"
                : root instanceof OutOfMemoryError ? "ran out of memory (" + root.getMessage() + ")"
                : "failed: " + root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + oneLine(root.getMessage()));
        return failure(rules, rule, what);
    }

    private static final Pattern RULE_IN_MESSAGE = Pattern.compile("[Rr]ule \\\\?\"([^\"\\\\]+)\\\\?\"");

    private static RulesException failure(RuleBase rules, String rule, String what) {
        RuleInfo info = rule == null ? null : rules.rule(rule);
        String where = info == null ? rules.source().toString() : info.file();
        int line = info == null ? 0 : info.line();
        String who = rule == null ? "the rules" : "rule \"" + rule + "\"";
        return new RulesException(java.util.List.of(new RuleProblem(where, line, 0, who + " " + what, true)));
    }

    private static String oneLine(String s) {
        String t = s.replaceAll("\\s*\\R\\s*", " ").trim();
        return t.length() > 300 ? t.substring(0, 300) + "…" : t;
    }

    private static String seconds(long millis) {
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }

    /**
     * Fires up to {@code max} in steps of {@link org.orgrules.model.Progress#EVERY}, telling {@code p}
     * after each full step: the same firings as one {@code fireAllRules(max)}, since the agenda
     * carries on where a step stopped.
     */
    private static int fireTelling(KieSession session, int max, org.orgrules.model.Progress p) {
        long start = System.nanoTime();
        int fired = 0;
        while (fired < max) {
            int step = (int) Math.min(org.orgrules.model.Progress.EVERY, max - fired);
            int n = session.fireAllRules(step);
            fired += n;
            if (n < step) break;
            org.orgrules.model.Progress.safely(p, org.orgrules.model.Progress.Stage.RULES_FIRED, fired, start);
        }
        return fired;
    }

    /** Fires as {@link #fireCounted} does and logs, at trace level, how often each rule fired: where a big org's time goes. */
    private static int fireTraced(KieSession session, int max, RuleBase rules) {
        Map<String, long[]> counts = new HashMap<>();
        DefaultAgendaEventListener count = new DefaultAgendaEventListener() {
            @Override public void afterMatchFired(AfterMatchFiredEvent e) {
                counts.computeIfAbsent(e.getMatch().getRule().getName(), k -> new long[1])[0]++;
            }
        };
        session.addEventListener(count);
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        try {
            int fired = rules.progress() == org.orgrules.model.Progress.NONE ? session.fireAllRules(max)
                    : fireTelling(session, max, rules.progress());
            LOG.trace("{} firings in {} ms of the firing thread's CPU", fired, (threads.getCurrentThreadCpuTime() - cpu0) / 1_000_000);
            counts.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0]))
                    .forEach(e -> LOG.trace("fired {} times: {}", e.getValue()[0], e.getKey()));
            return fired;
        } finally {
            session.removeEventListener(count);
        }
    }

    /** The rule whose consequence is running, if any: kept by a listener, one per session. */
    private static final class Current extends DefaultAgendaEventListener {
        volatile String rule;

        static Current of(KieSession session) {
            for (org.kie.api.event.rule.AgendaEventListener l : session.getAgendaEventListeners()) if (l instanceof Current c) return c;
            Current c = new Current();
            session.addEventListener(c);
            return c;
        }

        @Override public void beforeMatchFired(org.kie.api.event.rule.BeforeMatchFiredEvent e) { rule = e.getMatch().getRule().getName(); }

        @Override public void afterMatchFired(AfterMatchFiredEvent e) { rule = null; }
    }

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Firing.class);

    private static int fireCounted(KieSession session, long limit, RuleBase rules) {
        int max = (int) Math.min(Integer.MAX_VALUE, limit);
        int fired = LOG.isTraceEnabled() ? fireTraced(session, max, rules)
                : rules.progress() == org.orgrules.model.Progress.NONE ? session.fireAllRules(max)
                : fireTelling(session, max, rules.progress());
        if (fired < max) return fired;
        // Over the limit: watch a few more firings to name the rule that keeps firing.
        Map<String, Integer> counts = new HashMap<>();
        session.addEventListener(new DefaultAgendaEventListener() {
            @Override public void afterMatchFired(AfterMatchFiredEvent e) {
                counts.merge(e.getMatch().getRule().getName(), 1, Integer::sum);
            }
        });
        // A modify loop is the rule whose consequence keeps updating facts: count who updates, too.
        Map<String, Integer> updates = new HashMap<>();
        session.addEventListener(new org.kie.api.event.rule.DefaultRuleRuntimeEventListener() {
            @Override public void objectUpdated(org.kie.api.event.rule.ObjectUpdatedEvent e) {
                if (e.getRule() != null) updates.merge(e.getRule().getName(), 1, Integer::sum);
            }
        });
        int more = session.fireAllRules(1000);
        if (more == 0) return fired; // finished exactly at the limit
        java.util.List<Map.Entry<String, Integer>> ranked = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).toList();
        String top = !updates.isEmpty() ? updates.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey()
                : ranked.isEmpty() ? "?" : ranked.get(0).getKey();
        ranked = ranked.stream().filter(e -> !e.getKey().equals(top)).toList();
        // A loop re-activates the rules that match what it modifies: name the others that fired most too.
        StringBuilder also = new StringBuilder();
        for (int i = 0; i < Math.min(2, ranked.size()); i++) {
            also.append(i == 0 ? "; also firing: " : ", ").append('"').append(ranked.get(i).getKey()).append("\" (")
                    .append(ranked.get(i).getValue()).append(" of the next ").append(more).append(')');
        }
        RuleInfo info = rules.rule(top);
        String where = info == null ? rules.source().toString() : info.file();
        int line = info == null ? 0 : info.line();
        throw new RulesException(java.util.List.of(new RuleProblem(where, line, 0,
                "rule \"" + top + "\" keeps firing: stopped after " + limit
                        + " firings (the fire limit); does its consequence modify the facts it matches?" + also, true)));
    }
}
