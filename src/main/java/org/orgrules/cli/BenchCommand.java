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

    @Override public Integer call() throws IOException {
        Main m = Main.root(spec);
        if (sizes.isEmpty()) throw new Main.UsageException("--sizes: give at least one size, e.g. --sizes 10000,100000");
        for (int n : sizes) if (n < 200) throw new Main.UsageException("--sizes: each size must be at least 200, got " + n);
        if (queries < 100) throw new Main.UsageException("--queries must be at least 100");
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
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
            Files.deleteIfExists(work);
        }
        return Main.OK;
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
        out.printf("%,d people: rules build %d ms, load+fire %d ms (CPU %d ms; parse alone %d ms), heap %.1f MB (%d B/person), "
                        + "%d violations, update re-answered %s ms%n",
                r.get("people"), r.get("kbase_build_ms"), r.get("load_fire_ms"), r.get("load_fire_cpu_ms"), r.get("parse_ms"), r.get("heap_mb"),
                r.get("heap_bytes_per_person"), r.get("violations"), r.get("update_ms"));
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
