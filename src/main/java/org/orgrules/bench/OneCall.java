package org.orgrules.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * What one CLI call costs, as a user's shell script pays it (issue 14): whole processes started
 * through the launcher ({@code ./orgrules}), each timed by bash's {@code time} (wall, and user + sys
 * CPU of the process and every child it waited for), median of {@code runs}, all in one run and in a
 * fresh cache folder (never the user's). The calls: {@code java -version} (the floor), a cold rule
 * cache (the entry removed before each run), a warm one, {@code --no-cache}, {@code orgrules test} on
 * the shipped suites, and the first call after one rule file of a copied folder is edited. Each row
 * also gives its ratio to {@code java -version} and to the cold call. Background work the launcher
 * starts (the class-data archive, a cache fill) is waited for before the next timed call, so that
 * it never runs on the cores a measurement uses; the class list a miss leaves for the next archive is
 * not background work.
 */
public final class OneCall {
    private static final List<String> QUESTION = List.of("senior", "生产总监", "生产经理");
    /** How long a background job of the launcher may take before the measurement goes on without it. */
    private static final long BACKGROUND_LIMIT_MS = 180_000;

    private final Path launcher;
    private final Path rules;
    private final int runs;
    private final Path work;
    private final Path cache;

    /**
     * @param launcher the {@code orgrules} script
     * @param rules the rules folder the calls read (copied for the edit)
     * @param work an empty folder for the cache and the copy; the caller removes it
     */
    public OneCall(Path launcher, Path rules, int runs, Path work) {
        this.launcher = launcher;
        this.rules = rules;
        this.runs = runs;
        this.work = work;
        this.cache = work.resolve("cache");
    }

    /** One row: a call, its median wall and CPU seconds, and its ratios. */
    public record Row(String call, double wallS, double cpuS, double wallVsJava, double cpuVsJava, double wallVsCold) {}

    /** Runs every call {@code runs} times; rows in the order above. */
    public List<Row> measure() throws IOException, InterruptedException {
        Files.createDirectories(cache);
        List<String> senior = new ArrayList<>(List.of(launcher.toString(), "--rules", rules.toString()));
        senior.addAll(QUESTION);
        timed(senior); // the first call ever: a miss, the entry filled in the background
        waitForBackground();
        timed(senior); // the first hit: the launcher makes its class-data archive from it
        waitForBackground();
        Map<String, double[]> med = new LinkedHashMap<>();
        med.put("java -version", median(List.of(javaBin(), "-version"), false));
        med.put("cold rule cache: senior", median(senior, true));
        med.put("warm rule cache: senior", median(senior, false));
        List<String> noCache = new ArrayList<>(senior);
        noCache.add(1, "--no-cache");
        med.put("--no-cache (classic compile): senior", median(noCache, false));
        List<String> test = List.of(launcher.toString(), "--rules", rules.toString(), "test", rules.resolve("tests").toString());
        med.put("warm rule cache: test (shipped suites)", median(test, false));
        Path copy = work.resolve("rules");
        Trees.copy(rules, copy);
        List<String> edited = new ArrayList<>(List.of(launcher.toString(), "--rules", copy.toString()));
        edited.addAll(QUESTION);
        timed(edited);
        waitForBackground();
        double[][] afterEdit = new double[runs][];
        Path file = copy.resolve("core/titles.drl");
        if (!Files.isRegularFile(file)) file = firstDrl(copy);
        for (int i = 0; i < runs; i++) {
            Files.writeString(file, "\n// edit " + i + "\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
            afterEdit[i] = timed(edited);
            waitForBackground();
        }
        med.put("first call after editing one rule file", medianOf(afterEdit));
        double[] java = med.get("java -version");
        double[] cold = med.get("cold rule cache: senior");
        List<Row> out = new ArrayList<>();
        med.forEach((k, v) -> out.add(new Row(k, round(v[0]), round(v[1]), round(v[0] / java[0]), round(v[1] / java[1]),
                round(v[0] / cold[0]))));
        return out;
    }

    private double[] median(List<String> cmd, boolean dropEntry) throws IOException, InterruptedException {
        double[][] t = new double[runs][];
        for (int i = 0; i < runs; i++) {
            if (dropEntry) dropRuleEntries();
            t[i] = timed(cmd);
            waitForBackground();
        }
        return medianOf(t);
    }

    private static double[] medianOf(double[][] t) {
        double[][] s = t.clone();
        java.util.Arrays.sort(s, Comparator.comparingDouble(a -> a[0]));
        return s[(s.length - 1) / 2];
    }

    /** wall and CPU seconds of one whole process (bash's {@code time}: the process and its waited-for children). */
    private double[] timed(List<String> cmd) throws IOException, InterruptedException {
        List<String> bash = new ArrayList<>(List.of("bash", "-c",
                "TIMEFORMAT='%R %U %S'; { time \"$@\" >/dev/null 2>/dev/null; } 2>&1", "bash"));
        bash.addAll(cmd);
        ProcessBuilder pb = new ProcessBuilder(bash).redirectErrorStream(true);
        pb.environment().put("ORGRULES_CACHE_DIR", cache.toString());
        pb.environment().remove("ORGRULES_JAVA_OPTS");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        p.waitFor();
        String[] f = out.substring(out.lastIndexOf('\n') + 1).trim().split("\\s+");
        if (f.length != 3) throw new IOException("cannot read the time of " + cmd + ": " + out);
        return new double[] {Double.parseDouble(f[0]), Double.parseDouble(f[1]) + Double.parseDouble(f[2])};
    }

    /** Waits while the launcher's background jobs (locks, fill markers, temporary files) are in the cache folder. */
    private void waitForBackground() throws IOException, InterruptedException {
        long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(BACKGROUND_LIMIT_MS);
        while (System.nanoTime() < until) {
            boolean busy;
            try (Stream<Path> s = Files.list(cache)) {
                busy = s.map(p -> p.getFileName().toString())
                        .anyMatch(n -> n.endsWith(".lock") || n.endsWith(".filling") || n.endsWith(".tmp") || n.endsWith(".classlist.ok")
                                || n.endsWith(".classlist") && !n.endsWith(".miss.classlist")); // a miss's list waits for a hit
            }
            if (!busy) return;
            Thread.sleep(200);
        }
    }

    private void dropRuleEntries() throws IOException {
        try (Stream<Path> s = Files.list(cache)) {
            for (Path p : s.filter(p -> p.getFileName().toString().startsWith("rules-")).toList()) Files.deleteIfExists(p);
        }
    }

    private static Path firstDrl(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".drl")).sorted().findFirst()
                    .orElseThrow(() -> new IOException("no .drl file under " + dir));
        }
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
