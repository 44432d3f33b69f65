package org.orgrules.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.orgrules.bench.Bench;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench", description = "Benchmark on synthetic orgs: rule build, load + fire, heap, query latency "
        + "next to a plain HashMap walk, an update, threads. --export DIR writes the orgs as CSV for bench/peers/.")
final class BenchCommand implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--sizes", split = ",", paramLabel = "N[,N…]", description = "people per run (default 10000,100000)")
    List<Integer> sizes = new ArrayList<>(List.of(10_000, 100_000));

    @Option(names = "--seed", description = "generator seed (default 42)") long seed = 42;

    @Option(names = "--queries", description = "timed queries of each kind (default 20000)") int queries = 20_000;

    @Option(names = "--thread-ms", description = "milliseconds per thread-count step (default 1000)") long threadMs = 1000;

    @Option(names = "--export", paramLabel = "DIR", description = "only write org-N.csv and queries-N.csv to DIR")
    Path export;

    @Option(names = "--serve", description = "load-test 'orgrules serve' instead: a server on 127.0.0.1 over the first size "
            + "(default 100000), --clients threads asking mixed queries for --seconds while the rules are edited --reloads "
            + "times; every answer compared with the facade's")
    boolean serve;

    @Option(names = "--clients", description = "with --serve: concurrent clients (default 8)") int clients = 8;

    @Option(names = "--seconds", description = "with --serve: seconds of load, at least (default 30)") int seconds = 30;

    @Option(names = "--reloads", description = "with --serve: edits of the rules during the load (default 5)") int reloads = 5;

    @Option(names = "--one-call", description = "what one CLI call costs instead: whole processes through ./orgrules (java -version, "
            + "cold and warm rule cache, --no-cache, test, the first call after an edit), median of --runs, in a fresh cache folder")
    boolean oneCall;

    @Option(names = "--shell", description = "the latency of 'orgrules shell' as a co-process instead: --lines questions, one at a time, "
            + "over a synthetic org of the first size (default 100000)")
    boolean shell;

    @Option(names = "--runs", description = "with --one-call: runs of each call (default 5)") int runs = 5;

    @Option(names = "--lines", description = "with --shell: questions asked (default 2000)") int lines = 2000;

    @Override public Integer call() throws IOException {
        Main m = Main.root(spec);
        if (oneCall || shell) return processes(m);
        if (sizes.isEmpty()) throw new Main.UsageException("--sizes: give at least one size, e.g. --sizes 10000,100000");
        for (int n : sizes) if (n < 200) throw new Main.UsageException("--sizes: each size must be at least 200, got " + n);
        if (queries < 100) throw new Main.UsageException("--queries must be at least 100");
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        if (serve) return serveLoad(m, out, err);
        if (export != null) {
            Files.createDirectories(export);
            Bench b = new Bench(m::expert, seed, export, queries, threadMs);
            for (int n : sizes) out.println(b.export(n));
            return Main.OK;
        }
        Path work = Files.createTempDirectory("orgrules-bench");
        try {
            Bench b = new Bench(m::expert, seed, work, queries, threadMs);
            List<Map<String, Object>> runs = new ArrayList<>();
            for (int n : sizes) {
                if (!m.json) err.println("orgrules bench: " + n + " people …");
                Map<String, Object> r = b.run(n);
                runs.add(r);
                if (!m.json) printText(out, r);
            }
            if (m.json) {
                Map<String, Object> all = new LinkedHashMap<>();
                all.put("machine", machine());
                all.put("seed", seed);
                all.put("runs", runs);
                out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(all));
            }
        } finally {
            org.orgrules.bench.Trees.delete(work);
        }
        return Main.OK;
    }

    /** --one-call and --shell: measure whole processes started through the launcher beside the jar. */
    private int processes(Main m) throws IOException {
        if (runs < 1 || runs > 50) throw new Main.UsageException("--runs must be 1..50, got " + runs);
        if (lines < 200 || lines > 1_000_000) throw new Main.UsageException("--lines must be 200..1000000, got " + lines);
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        Path launcher = launcher();
        Path rules = m.rulesFolder();
        if (oneCall && rules == null) throw new Main.UsageException("bench --one-call edits a copy of a rules folder: give --rules DIR (or run where ./rules is)");
        Path work = Files.createTempDirectory("orgrules-bench");
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("machine", machine());
        all.put("load_average_at_start", loadAverage());
        try {
            if (oneCall) {
                if (!m.json) err.println("orgrules bench --one-call: " + runs + " runs of each call …");
                List<org.orgrules.bench.OneCall.Row> rows = new org.orgrules.bench.OneCall(launcher, rules, runs, work).measure();
                all.put("one_call", rows);
                if (!m.json) {
                    out.printf("%-42s %8s %8s %10s %10s %10s%n", "call (median of " + runs + ")", "wall s", "CPU s", "wall/java", "CPU/java", "wall/cold");
                    for (var r : rows) out.printf("%-42s %8.2f %8.2f %10.1f %10.1f %10.2f%n", r.call(), r.wallS(), r.cpuS(),
                            r.wallVsJava(), r.cpuVsJava(), r.wallVsCold());
                }
            }
            if (shell) {
                int people = sizes.equals(List.of(10_000, 100_000)) ? 100_000 : sizes.get(0);
                if (!m.json) err.println("orgrules bench --shell: " + people + " people, " + lines + " questions …");
                org.orgrules.bench.SyntheticOrg synthetic = org.orgrules.bench.SyntheticOrg.generate(people, seed);
                Path csv = work.resolve("org-" + people + ".csv");
                synthetic.writeCsv(csv);
                List<String> ids = synthetic.rows().stream().map(org.orgrules.bench.SyntheticOrg.Row::id).toList();
                Map<String, Object> r = org.orgrules.bench.ShellLatency.run(List.of(launcher.toString()), rules, csv, ids, lines, seed);
                r.put("people", people);
                all.put("shell", r);
                if (!m.json) out.printf("shell over %,d people: load %,d ms; %,d answers: mean %s ms, p50 %s ms, p99 %s ms, max %s ms, %s errors%n",
                        people, r.get("load_ms"), r.get("answers"), r.get("mean_ms"), r.get("p50_ms"), r.get("p99_ms"), r.get("max_ms"), r.get("errors"));
            }
            all.put("load_average_at_end", loadAverage());
            if (m.json) out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(all));
            else out.println("load average: " + all.get("load_average_at_start") + " at the start, " + all.get("load_average_at_end") + " at the end");
            return Main.OK;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Main.FINDINGS;
        } finally {
            org.orgrules.bench.Trees.delete(work);
        }
    }

    /** The {@code orgrules} launcher of the checkout this jar was built in ({@code target/orgrules-cli.jar} → {@code ./orgrules}). */
    private static Path launcher() {
        try {
            Path jar = Path.of(BenchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path script = jar.getParent().getParent().resolve("orgrules");
            if (Files.isExecutable(script)) return script;
            throw new Main.UsageException("bench --one-call and --shell time the launcher, and there is none at " + script
                    + ": run them from a checkout (./orgrules bench --one-call)");
        } catch (java.net.URISyntaxException | NullPointerException e) {
            throw new Main.UsageException("bench --one-call and --shell time the launcher: run them from a checkout (./orgrules bench --one-call)");
        }
    }

    private static String loadAverage() {
        double l = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return l < 0 ? "unknown" : String.format(java.util.Locale.ROOT, "%.2f", l);
    }

    private int serveLoad(Main m, PrintWriter out, PrintWriter err) throws IOException {
        if (clients < 1 || clients > 64) throw new Main.UsageException("--clients must be 1..64, got " + clients);
        if (seconds < 1 || seconds > 600) throw new Main.UsageException("--seconds must be 1..600, got " + seconds);
        if (reloads < 0 || reloads > 50) throw new Main.UsageException("--reloads must be 0..50, got " + reloads);
        Path rules = m.rulesFolder();
        if (rules == null) throw new Main.UsageException("bench --serve edits a copy of a rules folder: give --rules DIR (or run where ./rules is)");
        int people = sizes.equals(List.of(10_000, 100_000)) ? 100_000 : sizes.get(0);
        Path work = Files.createTempDirectory("orgrules-serve-bench");
        try {
            Map<String, Object> r = org.orgrules.bench.ServeLoad.run(rules, people, seed, clients, seconds, reloads, work, err);
            if (m.json) {
                Map<String, Object> all = new LinkedHashMap<>();
                all.put("machine", machine());
                all.put("serve", r);
                out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(all));
            } else {
                out.printf("%,d people, %d clients, %s s: %,d requests, %,d requests/s, p50 %s ms, p99 %s ms, max %s ms; "
                                + "%d wrong, %d failed; %d reloads (%s ms), versions answering %s%n",
                        r.get("people"), r.get("clients"), r.get("seconds"), r.get("requests"), r.get("requests_per_s"),
                        r.get("p50_ms"), r.get("p99_ms"), r.get("max_ms"), r.get("wrong"), r.get("failed"), r.get("reloads"),
                        r.get("reload_ms"), r.get("versions_answering"));
                if (!((List<?>) r.get("problems")).isEmpty()) out.println("  first problems: " + r.get("problems"));
            }
            boolean ok = ((Number) r.get("wrong")).longValue() == 0 && ((Number) r.get("failed")).longValue() == 0
                    && ((Number) r.get("reloads")).intValue() == reloads;
            return ok ? Main.OK : Main.FINDINGS;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Main.FINDINGS;
        } finally {
            org.orgrules.bench.Trees.delete(work);
        }
    }

    private static Map<String, Object> machine() {
        Map<String, Object> mc = new LinkedHashMap<>();
        mc.put("cores", Runtime.getRuntime().availableProcessors());
        mc.put("max_heap_mb", Runtime.getRuntime().maxMemory() >> 20);
        mc.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        mc.put("jvm_args", java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments());
        return mc;
    }

    @SuppressWarnings("unchecked")
    private static void printText(PrintWriter out, Map<String, Object> r) {
        out.printf("%,d people: rules build %d ms, load+fire %d ms (CPU %d ms; parse alone %d ms; reloaded in the same process %d ms), "
                        + "heap %.1f MB (%d B/person), %d violations, update re-answered %s ms%n",
                r.get("people"), r.get("kbase_build_ms"), r.get("load_fire_ms"), r.get("load_fire_cpu_ms"), r.get("parse_ms"),
                r.get("reload_fire_ms"), r.get("heap_mb"), r.get("heap_bytes_per_person"), r.get("violations"), r.get("update_ms"));
        out.printf("  %-22s %10s %10s %10s | %14s %14s %8s%n", "query", "mean µs", "p50 µs", "p99 µs",
                "walk mean µs", "walk p99 µs", "p99 ×");
        for (var e : ((Map<String, Object>) r.get("queries")).entrySet()) {
            Map<String, Object> q = (Map<String, Object>) e.getValue();
            out.printf("  %-22s %10s %10s %10s | %14s %14s %8s%n", e.getKey(), q.get("mean_us"), q.get("p50_us"),
                    q.get("p99_us"), q.getOrDefault("baseline_mean_us", "-"), q.getOrDefault("baseline_p99_us", "-"),
                    q.getOrDefault("p99_ratio_to_baseline", "-"));
        }
        out.println("  threads (queries/s): " + r.get("threads"));
        out.flush();
    }
}
