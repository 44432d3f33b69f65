package org.orgrules.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import org.orgrules.view.Org;
import org.orgrules.LiveOrg;
import org.orgrules.OrgExpert;
import org.orgrules.engine.Classification;
import org.orgrules.facts.FactsLoader;
import org.orgrules.facts.LoadResult;
import org.orgrules.model.Person;

/**
 * The benchmark: for each size, generates a synthetic org ({@link SyntheticOrg}), writes it as CSV,
 * and measures in one JVM the rule build, the load (parse + insert + fire + view), the retained heap,
 * each query's latency next to the plain HashMap walk ({@link Baseline}) on the same queries, an
 * update re-answered, and query throughput on 1, 2, 4 and 8 threads. Results are plain maps, ready
 * for JSON. Timings are wall-clock {@code System.nanoTime()} around each call, after a warm-up pass.
 *
 * <p>Why it is long: one run of every in-JVM measurement at one size shares the org, its CSV, the query
 * pairs and the HashMap baseline, so that every figure of a run is taken on the same data; each
 * measurement is a short method.
 */
public final class Bench {
    private final Supplier<OrgExpert> expert;
    private final long seed;
    private final Path workDir;
    private final int queries;
    private final long threadMillis;

    /**
     * @param expert builds the expert (the rule build is timed around it)
     * @param queries how many queries of each kind to time
     * @param threadMillis how long each thread-count step runs
     */
    public Bench(Supplier<OrgExpert> expert, long seed, Path workDir, int queries, long threadMillis) {
        this.expert = expert;
        this.seed = seed;
        this.workDir = workDir;
        this.queries = queries;
        this.threadMillis = threadMillis;
    }

    /** Writes the org of {@code size} and its query pairs as CSV for the peer scripts; returns the org file. */
    public Path export(int size) throws IOException {
        SyntheticOrg org = SyntheticOrg.generate(size, seed);
        Path csv = workDir.resolve("org-" + size + ".csv");
        org.writeCsv(csv);
        Baseline base = new Baseline(org.rows(), Map.of());
        Queries q = Queries.pick(org, base, queries, seed);
        try (var w = Files.newBufferedWriter(workDir.resolve("queries-" + size + ".csv"))) {
            w.write("kind,a,b\n");
            for (int i = 0; i < q.n; i++) w.write("reports_to," + q.a[i] + "," + q.b[i] + "\n");
            for (int i = 0; i < q.n; i++) w.write("senior," + q.sa[i] + "," + q.sb[i] + "\n");
            w.write("team_all," + q.teamRoot + ",\n");
        }
        return csv;
    }

    /** Runs every measurement at one size. */
    public Map<String, Object> run(int size) throws IOException {
        Map<String, Object> run = new LinkedHashMap<>();
        SyntheticOrg syn = SyntheticOrg.generate(size, seed);
        Path csv = Files.createTempFile(workDir, "org-" + size + "-", ".csv");
        try {
            syn.writeCsv(csv);
            run.put("people", syn.size());

            long t0 = System.nanoTime();
            OrgExpert e = expert.get();
            run.put("kbase_build_ms", ms(System.nanoTime() - t0));

            gc();
            long before = usedHeap();
            t0 = System.nanoTime();
            LoadResult parsed = new FactsLoader().load(csv);
            run.put("parse_ms", ms(System.nanoTime() - t0));
            parsed = null;
            gc();

            Object[] measured = measure(run, e, csv, syn, before);
            @SuppressWarnings("unchecked") List<Person> people = (List<Person>) measured[0];
            Queries q = (Queries) measured[1];
            reload(run, e, csv);
            Map<String, Object> full = size <= FULL_UPDATE_MAX ? fullUpdate(e, people, q) : null;
            gc();                                        // the org measured above is gone: the live session needs the room
            // opening a live session needs free heap for what it keeps (~0.55 KB per person at 1 M since no rule
            // joins every person; 1.4 KB before) and the load's garbage: 2.6 KB per person, kept with margin, or skipped
            long heapBefore = usedHeap();
            long free = Runtime.getRuntime().maxMemory() - heapBefore;
            long need = LIVE_BYTES_PER_PERSON * people.size();
            Map<String, Object> u;
            if (need > free) {
                u = new LinkedHashMap<>();
                u.put("ms", null);
                u.put("skipped", "a live session of " + people.size() + " people needs about " + need / (1 << 20) + " MB; the heap has "
                        + free / (1 << 20) + " MB free (raise -Xmx)");
            } else {
                u = update(e, csv, people, q, heapBefore);
            }
            run.put("update_ms", u.remove("ms"));
            if (full != null) {
                u.put("full_rederivation_ms", full.get("ms"));
                u.put("full_answers_same", full.get("moved_reports_to_new_manager").equals(u.get("moved_reports_to_new_manager"))
                        && full.get("retitled_senior_answer").equals(u.get("retitled_senior_answer")));
            }
            run.put("update", u);
            run.put("update_mode", "the slowest of 6 timed updates (3 moves, 3 retitles), each re-answered; live session: the changed person's fact updated, the rules fire, truth maintenance retracts "
                    + "what no longer holds, the read view is patched (LiveOrg)");
            run.put("sink", SINK.get() == 42 ? 1 : 0); // keeps the JIT from dropping the answers
        } finally {
            Files.deleteIfExists(csv);
        }
        return run;
    }

    /** Load + fire, heap, queries and threads on the org; hands back its people and the queries (the org itself is let go). */
    private Object[] measure(Map<String, Object> run, OrgExpert e, Path csv, SyntheticOrg syn, long before) throws IOException {
        long t0;
        long cpu0 = processCpu(), thread0 = threadCpu();
        t0 = System.nanoTime();
        Org org = e.load(csv);
        long loadFire = System.nanoTime() - t0;
        run.put("load_fire_ms", ms(loadFire));
        // CPU time too: on a shared machine wall time includes waiting for a core
        run.put("load_fire_cpu_ms", ms(threadCpu() - thread0));
        run.put("load_fire_process_cpu_ms", ms(processCpu() - cpu0));
        gc();
        long heap = usedHeap() - before;
        run.put("heap_mb", Math.round(heap / 1048576.0 * 10) / 10.0);
        run.put("heap_bytes_per_person", heap / Math.max(1, org.size()));
        run.put("violations", org.violations().size());
        run.put("load_problems", org.loadProblems().size());

        Map<String, Integer> level = new HashMap<>(org.size() * 2);
        for (Person p : org.people()) {
            Classification c = org.classification(p.getId());
            if (c.hasRank()) level.put(p.getId(), c.level());
        }
        Baseline base = new Baseline(syn.rows(), level);
        Queries q = Queries.pick(syn, base, queries, seed);
        Map<String, Object> qs = new LinkedHashMap<>();
        qs.put("reports_to", time(q.n, i -> sink(org.isInChainOf(q.a[i], q.b[i])),
                i -> sink(base.reportsTo(q.a[i], q.b[i]))));
        qs.put("reports_to_explained", time(q.n, i -> sink(org.reportsTo(q.a[i], q.b[i])),
                i -> sink(base.reportsTo(q.a[i], q.b[i]))));
        qs.put("senior", time(q.n, i -> sink(org.seniority(q.sa[i], q.sb[i])),
                i -> sink(base.senior(q.sa[i], q.sb[i]))));
        qs.put("senior_explained", time(q.n, i -> sink(org.whoIsSenior(q.sa[i], q.sb[i])),
                i -> sink(base.senior(q.sa[i], q.sb[i]))));
        qs.put("chain", time(q.n, i -> sink(org.chainOfCommand(q.a[i])), i -> sink(base.chain(q.a[i]))));
        int teamRuns = Math.max(20, Math.min(200, 2_000_000 / Math.max(1, q.teamSize)));
        Map<String, Object> team = time(teamRuns, i -> sink(org.allReports(q.teamRoot)),
                i -> sink(base.teamAll(q.teamRoot)));
        team.put("subtree_people", q.teamSize);
        qs.put("team_all", team);
        qs.put("check", time(q.n, i -> sink(org.violationsOf(q.a[i])), null));
        run.put("queries", qs);

        run.put("threads", threads(org, q));
        return new Object[] {new ArrayList<>(org.people()), q};
    }

    /**
     * Loads the same facts again in this process, the org measured above let go: what a server or a
     * long-running HR job pays when its data changes. The first load also pays for the JVM's first touch
     * of the heap's pages (on this project's VM, ~2 GB of the session copied by a young collection into old
     * pages never touched before: 4.2 s of a 14.9 s 2 M load) and for the JIT's warm-up; a reload finds
     * both done. Both are reported; the answers of the two loads are compared.
     */
    private void reload(Map<String, Object> run, OrgExpert e, Path csv) throws IOException {
        gc();
        long cpu0 = processCpu(), thread0 = threadCpu();
        long t0 = System.nanoTime();
        Org again = e.load(csv);
        run.put("reload_fire_ms", ms(System.nanoTime() - t0));
        run.put("reload_fire_cpu_ms", ms(threadCpu() - thread0));
        run.put("reload_fire_process_cpu_ms", ms(processCpu() - cpu0));
        run.put("reload_same_answers", again.size() == ((Number) run.get("people")).intValue()
                && again.violations().size() == ((Number) run.get("violations")).intValue()
                && again.loadProblems().size() == ((Number) run.get("load_problems")).intValue());
        again = null;
        gc();
    }

    /** Free heap opening a live session needs per person: what it keeps with the org it answers from, the load's garbage and a margin. */
    static final long LIVE_BYTES_PER_PERSON = 2600;

    /** Above this size the full re-derivation is not timed beside the live update (it takes as long as the load). */
    static final int FULL_UPDATE_MAX = 200_000;

    /** The person moved, the new manager, and the person retitled, with their new title. */
    private static Person[] changes(List<Person> people, Queries q) {
        Person mover = people.get(indexOf(people, q.a[0])).withManager(q.teamRoot);
        Person r = people.get(indexOf(people, q.sa[0]));
        Person retitled = r.withTitle(r.getTitle().contains("总监") || r.getTitle().contains("Director") ? "技术经理" : "技术总监");
        return new Person[] {mover, retitled};
    }

    /**
     * Opens a live org over the same facts, then moves one person under another manager and retitles
     * another, each an incremental update, and re-answers for both: the update figure. {@code before}:
     * the heap used just before, after a collection.
     */
    private Map<String, Object> update(OrgExpert e, Path csv, List<Person> people, Queries q, long before) {
        Person[] change = changes(people, q);
        Map<String, Object> u = new LinkedHashMap<>();
        // the heap the live session (rule session and read view) takes is what it adds to the heap used
        // before it (after a collection, measured by the caller): the bench itself still holds the generated org and the
        // people it measured above, which are not the session's (a session reads the CSV again)
        long t0 = System.nanoTime();
        try (LiveOrg live = e.live(csv)) {
            u.put("live_open_ms", ms(System.nanoTime() - t0));
            gc();
            long used = usedHeap();
            u.put("live_heap_mb", Math.round((used - before) / 1048576.0 * 10) / 10.0);
            u.put("live_bytes_per_person", (used - before) / Math.max(1, people.size()));
            u.put("heap_used_mb", Math.round(used / 1048576.0 * 10) / 10.0);
            List<Double> moves = new ArrayList<>(), retitles = new ArrayList<>();
            boolean moved = false;
            String answer = null;
            // the first round warms the code paths up; then three rounds of move + retitle (and back), each
            // update timed with its question re-answered
            for (int round = 0; round < 4; round++) {
                Person a = round % 2 == 0 ? change[0] : people.get(indexOf(people, change[0].getId()));
                Person b = round % 2 == 0 ? change[1] : people.get(indexOf(people, change[1].getId()));
                long s0 = System.nanoTime(), c0 = threadCpu();
                boolean m = live.update(a).isInChainOf(change[0].getId(), q.teamRoot);
                long s1 = System.nanoTime();
                var ans = live.update(b).whoIsSenior(q.sa[0], q.sb[0]);
                long s2 = System.nanoTime();
                if (round == 2) {
                    moved = m;
                    answer = ans.answer().name();
                    u.put("cpu_ms", ms2(threadCpu() - c0));
                }
                if (round > 0) {
                    moves.add(ms2(s1 - s0));
                    retitles.add(ms2(s2 - s1));
                }
            }
            double worst = 0;
            for (double d : moves) worst = Math.max(worst, d);
            for (double d : retitles) worst = Math.max(worst, d);
            u.put("ms", worst);
            u.put("move_ms", moves);
            u.put("retitle_ms", retitles);
            u.put("moved_reports_to_new_manager", moved);
            u.put("retitled_senior_answer", answer);
        }
        return u;
    }

    /** The same change by a full derivation of the changed facts: what the live update is compared with. */
    private Map<String, Object> fullUpdate(OrgExpert e, List<Person> people, Queries q) {
        Person[] change = changes(people, q);
        List<Person> changed = new ArrayList<>(people);
        changed.set(indexOf(people, change[0].getId()), change[0]);
        changed.set(indexOf(people, change[1].getId()), change[1]);
        long t0 = System.nanoTime();
        Org after = e.of(changed);
        boolean moved = after.isInChainOf(change[0].getId(), q.teamRoot);
        var answer = after.whoIsSenior(q.sa[0], q.sb[0]);
        Map<String, Object> u = new LinkedHashMap<>();
        u.put("ms", ms(System.nanoTime() - t0));
        u.put("moved_reports_to_new_manager", moved);
        u.put("retitled_senior_answer", answer.answer().name());
        return u;
    }

    private static int indexOf(List<Person> people, String id) {
        for (int i = 0; i < people.size(); i++) if (people.get(i).getId().equals(id)) return i;
        throw new IllegalStateException("no " + id);
    }

    private Map<String, Object> threads(Org org, Queries q) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int t : new int[] {1, 2, 4, 8}) {
            AtomicLong done = new AtomicLong();
            CountDownLatch go = new CountDownLatch(1);
            long[] end = {0};
            List<Thread> ts = new ArrayList<>();
            for (int k = 0; k < t; k++) {
                int offset = k * 7919;
                Thread th = new Thread(() -> {
                    try { go.await(); } catch (InterruptedException ex) { return; }
                    long count = 0, acc = 0;
                    int i = offset % q.n;
                    while (System.nanoTime() < end[0]) {
                        for (int j = 0; j < 256; j++) {
                            acc += org.isInChainOf(q.a[i], q.b[i]) ? 1 : 0;
                            acc += org.seniority(q.sa[i], q.sb[i]).ordinal();
                            if (++i == q.n) i = 0;
                        }
                        count += 512;
                    }
                    done.addAndGet(count);
                    SINK.addAndGet(acc);
                });
                th.start();
                ts.add(th);
            }
            long start = System.nanoTime();
            end[0] = start + threadMillis * 1_000_000L;
            go.countDown();
            for (Thread th : ts) {
                try { th.join(); } catch (InterruptedException ex) { Thread.currentThread().interrupt(); }
            }
            double secs = (System.nanoTime() - start) / 1e9;
            out.put(String.valueOf(t), Math.round(done.get() / secs));
        }
        return out;
    }

    /** Times {@code n} calls of {@code subject} and of {@code baseline} (each after one untimed pass). */
    private static Map<String, Object> time(int n, IntConsumer subject, IntConsumer baseline) {
        long[] s = sample(n, subject);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("mean_us", us(mean(s)));
        m.put("p50_us", us(pct(s, 50)));
        m.put("p99_us", us(pct(s, 99)));
        if (baseline != null) {
            long[] b = sample(n, baseline);
            m.put("baseline_mean_us", us(mean(b)));
            m.put("baseline_p50_us", us(pct(b, 50)));
            m.put("baseline_p99_us", us(pct(b, 99)));
            m.put("p99_ratio_to_baseline", Math.round(pct(s, 99) / Math.max(1.0, pct(b, 99)) * 100) / 100.0);
        }
        return m;
    }

    private static long[] sample(int n, IntConsumer f) {
        for (int round = 0; round < 2; round++) for (int i = 0; i < n; i++) f.accept(i); // warm-up
        long[] t = new long[n];
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            f.accept(i);
            t[i] = System.nanoTime() - t0;
        }
        return t;
    }

    private static final AtomicLong SINK = new AtomicLong();

    private static void sink(Object o) { if (o == null) SINK.incrementAndGet(); }

    private static void sink(boolean b) { if (b) SINK.incrementAndGet(); }

    private static double mean(long[] t) { return Arrays.stream(t).average().orElse(0); }

    private static double pct(long[] t, int p) {
        long[] s = t.clone();
        Arrays.sort(s);
        return s[Math.min(s.length - 1, (int) Math.ceil(p / 100.0 * s.length) - 1)];
    }

    private static double us(double nanos) { return Math.round(nanos / 10.0) / 100.0; }

    private static long ms(long nanos) { return Math.round(nanos / 1e6); }

    /** Milliseconds with two decimals: for the figures that are a few milliseconds. */
    private static double ms2(long nanos) { return Math.round(nanos / 1e4) / 100.0; }

    private static void gc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
            try { Thread.sleep(50); } catch (InterruptedException e) { Thread.currentThread().interrupt(); }
        }
    }

    /** CPU time of the calling thread, in nanoseconds. */
    private static long threadCpu() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    /** CPU time of the whole JVM (every thread: loader pipeline, GC, JIT), in nanoseconds; 0 when unknown. */
    private static long processCpu() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    private static long usedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** The query arguments, drawn once per size with the seed: the same for orgrules and the baseline. */
    static final class Queries {
        int n;
        String[] a, b, sa, sb;
        String teamRoot;
        int teamSize;

        static Queries pick(SyntheticOrg org, Baseline base, int n, long seed) {
            SplittableRandom rnd = new SplittableRandom(seed ^ 0x5eed);
            List<SyntheticOrg.Row> rows = org.rows();
            Queries q = new Queries();
            q.n = n;
            q.a = new String[n]; q.b = new String[n]; q.sa = new String[n]; q.sb = new String[n];
            for (int i = 0; i < n; i++) {
                String a = rows.get(rnd.nextInt(rows.size())).id();
                q.a[i] = a;
                if (i % 2 == 0) { // an ancestor: the answer is yes
                    List<String> up = base.chain(a);
                    q.b[i] = up.isEmpty() ? rows.get(rnd.nextInt(rows.size())).id() : up.get(rnd.nextInt(up.size()));
                } else {
                    q.b[i] = rows.get(rnd.nextInt(rows.size())).id();
                }
                q.sa[i] = rows.get(rnd.nextInt(rows.size())).id();
                q.sb[i] = i % 3 == 0 ? q.b[i] : rows.get(rnd.nextInt(rows.size())).id();
            }
            // the manager whose whole team is closest to 10 000 people (or a tenth of a small org)
            int want = Math.min(10_000, rows.size() / 10);
            int best = Integer.MAX_VALUE;
            Map<String, Integer> sizes = new HashMap<>();
            for (SyntheticOrg.Row r : rows) {
                int steps = 0;
                for (String m = base.managerOf(r.id()); m != null && steps++ < 16; m = base.managerOf(m)) {
                    sizes.merge(m, 1, Integer::sum);
                }
            }
            for (var e : sizes.entrySet()) {
                int d = Math.abs(e.getValue() - want);
                if (d < best || d == best && e.getKey().compareTo(q.teamRoot) < 0) {
                    best = d;
                    q.teamRoot = e.getKey();
                    q.teamSize = e.getValue();
                }
            }
            return q;
        }
    }
}
