package org.orgrules.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.orgrules.view.Org;
import org.orgrules.OrgExpert;
import org.orgrules.engine.Classification;
import org.orgrules.model.Person;

/**
 * OrgExpert and Org used from 8 threads at once while a writer thread rebuilds the rules and swaps
 * in other facts (an AtomicReference, as an embedding HR system would hold it). Every answer is
 * checked against the same query asked single-threaded beforehand: zero wrong answers, zero
 * exceptions. Bounded in time (STRESS_MILLIS, plus at most 90 s on a busy machine), not in query count.
 */
@Tag("scale")
class ConcurrencyStressTest {
    static final int READERS = 8;
    static final long STRESS_MILLIS = Long.getLong("orgrules.stress.millis", 8_000);

    /** One fact set, the queries on it, and their single-threaded answers. */
    record FactSet(List<Person> people, List<Function<Org, Object>> queries, List<Object> expected) {}

    record Snapshot(int factSet, OrgExpert expert, Org org) {}

    @Test
    void eightReadersGetTheSingleThreadedAnswerWhileRulesAndFactsAreReplaced() throws Exception {
        OrgExpert first = OrgExpert.fromFolder(Path.of("rules"));
        List<FactSet> sets = new ArrayList<>();
        for (int k = 0; k < 3; k++) sets.add(factSet(new RandomOrgs(300 + 200 * k, 17 + k, k == 2 ? 0.05 : 0.002, 0.01).people(), first, k));
        List<Person> small = new RandomOrgs(25, 99, 0.05, 0.05).people();
        Object smallExpected = describe(first.of(small));
        String[] titles = RandomOrgs.TITLES;
        Map<String, Object> classified = new java.util.HashMap<>();
        for (String t : titles) classified.put(t, rank(first.rules().classify(t, "")));

        AtomicReference<Snapshot> current = new AtomicReference<>(new Snapshot(0, first, first.of(sets.get(0).people())));
        AtomicLong queries = new AtomicLong(), wrong = new AtomicLong(), swaps = new AtomicLong(), rebuilds = new AtomicLong();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(STRESS_MILLIS);
        long hardDeadline = deadline + TimeUnit.SECONDS.toNanos(90);
        // run for STRESS_MILLIS, and on (up to 90 s more, on a busy machine) until the writer has
        // rebuilt the rules once and replaced the facts three times
        java.util.function.BooleanSupplier running = () -> {
            long now = System.nanoTime();
            return now < deadline || ((swaps.get() < 3 || rebuilds.get() < 1) && now < hardDeadline);
        };
        CountDownLatch done = new CountDownLatch(READERS + 1);

        Thread writer = new Thread(() -> {
            Random r = new Random(1);
            try {
                OrgExpert expert = first;
                while (running.getAsBoolean()) {
                    if (r.nextInt(3) == 0 || rebuilds.get() == 0) {
                        expert = OrgExpert.fromFolder(Path.of("rules"));      // the rules reloaded
                        rebuilds.incrementAndGet();
                    }
                    int k = r.nextInt(sets.size());
                    current.set(new Snapshot(k, expert, expert.of(sets.get(k).people())));   // the facts replaced
                    swaps.incrementAndGet();
                }
            } catch (Throwable t) {
                failures.add("writer: " + t);
            } finally {
                done.countDown();
            }
        }, "writer");

        List<Thread> readers = new ArrayList<>();
        for (int t = 0; t < READERS; t++) {
            long seed = t;
            readers.add(new Thread(() -> {
                Random r = new Random(seed);
                try {
                    while (running.getAsBoolean()) {
                        Snapshot s = current.get();
                        int pick = r.nextInt(100);
                        queries.incrementAndGet();
                        if (pick == 0) {                                    // a derivation of its own on the shared rules
                            if (!describe(s.expert().of(small)).equals(smallExpected)) fail(failures, wrong, "a small org differed");
                        } else if (pick < 5) {                              // the classification cache of a fresh rule base
                            String title = titles[r.nextInt(titles.length)];
                            if (!rank(s.expert().rules().classify(title, "")).equals(classified.get(title))) {
                                fail(failures, wrong, "classify(" + title + ") differed");
                            }
                        } else {
                            FactSet f = sets.get(s.factSet());
                            int q = r.nextInt(f.queries().size());
                            Object got = f.queries().get(q).apply(s.org());
                            if (!got.equals(f.expected().get(q))) fail(failures, wrong, "fact set " + s.factSet() + " query " + q + ": " + got);
                        }
                    }
                } catch (Throwable e) {
                    failures.add(Thread.currentThread().getName() + ": " + e);
                } finally {
                    done.countDown();
                }
            }, "reader-" + t));
        }
        long t0 = System.nanoTime();
        writer.start();
        readers.forEach(Thread::start);
        assertThat(done.await(STRESS_MILLIS + 180_000, TimeUnit.MILLISECONDS)).as("every thread finished").isTrue();
        long millis = (System.nanoTime() - t0) / 1_000_000;
        System.out.printf("ConcurrencyStressTest: %d queries by %d readers in %d ms, %d fact swaps, %d rule rebuilds, %d wrong%n",
                queries.get(), READERS, millis, swaps.get(), rebuilds.get(), wrong.get());

        assertThat(failures).isEmpty();
        assertThat(wrong.get()).isZero();
        assertThat(swaps.get()).as("facts were replaced while reading").isGreaterThanOrEqualTo(3);
        assertThat(rebuilds.get()).as("rules were rebuilt while reading").isGreaterThanOrEqualTo(1);
        assertThat(queries.get()).isGreaterThan(1000);
    }

    private static void fail(ConcurrentLinkedQueue<String> failures, AtomicLong wrong, String what) {
        wrong.incrementAndGet();
        if (failures.size() < 20) failures.add(what);
    }

    private static Object rank(Classification c) {
        return c.hasRank() ? c.level() + "/" + (c.function() == null ? "" : c.function().functionKey()) : "none";
    }

    /** Everything a small org answers, as one comparable value. */
    private static Object describe(Org org) {
        List<Object> out = new ArrayList<>();
        for (Person p : org.people()) {
            out.add(org.chainOfCommand(p.getId()));
            out.add(org.peers(p.getId()));
        }
        out.add(org.violations());
        return out;
    }

    /** Queries on the fact set (every kind the Org answers, lazy caches included) and their answers, single-threaded. */
    private static FactSet factSet(List<Person> people, OrgExpert expert, int k) {
        Random r = new Random(k);
        List<String> ids = people.stream().map(Person::getId).toList();
        List<Function<Org, Object>> qs = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            String a = ids.get(r.nextInt(ids.size())), b = ids.get(r.nextInt(ids.size()));
            String name = people.get(r.nextInt(people.size())).getName();
            switch (i % 9) {
                case 0 -> qs.add(o -> o.chainOfCommand(a));
                case 1 -> qs.add(o -> o.reportsTo(a, b));
                case 2 -> qs.add(o -> o.whoIsSenior(a, b));
                case 3 -> qs.add(o -> o.peers(a));
                case 4 -> qs.add(o -> o.allReports(a));
                case 5 -> qs.add(o -> o.managersOf(a));
                case 6 -> qs.add(o -> o.violationsOf(a));
                case 7 -> qs.add(o -> o.whoIsSenior(name, RandomOrgs.TITLES[a.length() % RandomOrgs.TITLES.length]));
                default -> qs.add(o -> o.directReports(a) + " " + o.isInChainOf(a, b) + " " + o.classification(a).title());
            }
        }
        Org org = expert.of(people);
        List<Object> expected = new ArrayList<>();
        for (Function<Org, Object> q : qs) expected.add(q.apply(org));
        return new FactSet(people, qs, expected);
    }
}
