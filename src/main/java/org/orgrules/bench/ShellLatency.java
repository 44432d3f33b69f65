package org.orgrules.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * The per-answer latency of {@code orgrules shell} driven as a co-process, as a script in another
 * language drives it (issue 14): the launcher started with {@code --facts ORG --json shell}, one line
 * written and its one answer line read at a time, a clock each side, over seeded {@code senior},
 * {@code reports-to} (with and without a manager) and {@code chain} lines on a synthetic org. Reports
 * the load (start to the {@code :facts} answer) and the mean, p50, p99 and max of the round trips
 * after the first 100 (the JIT's warm-up), and how many answers were errors.
 */
public final class ShellLatency {
    private ShellLatency() {}

    /**
     * Runs {@code lines} questions against a shell over {@code org}; stops the shell before it returns.
     *
     * @param orgrules how to start orgrules: the launcher ({@code [./orgrules]}), or {@code java -cp … org.orgrules.cli.Main}
     */
    public static Map<String, Object> run(List<String> orgrules, Path rules, Path org, List<String> ids, int lines, long seed)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(orgrules);
        cmd.addAll(List.of("--facts", org.toString(), "--json"));
        if (rules != null) cmd.addAll(List.of("--rules", rules.toString()));
        cmd.add("shell");
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        Map<String, Object> r = new LinkedHashMap<>();
        try (Writer in = new OutputStreamWriter(p.getOutputStream(), StandardCharsets.UTF_8);
             BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            in.write(":facts\n");
            in.flush();
            String loaded = out.readLine();
            if (loaded == null) throw new IOException("the shell ended before it answered :facts");
            r.put("load_ms", (System.nanoTime() - t0) / 1_000_000);
            Random rnd = new Random(seed);
            long[] ns = new long[lines];
            int errors = 0;
            for (int i = 0; i < lines; i++) {
                String a = ids.get(rnd.nextInt(ids.size())), b = ids.get(rnd.nextInt(ids.size()));
                String line = switch (i % 4) {
                    case 0 -> "senior " + a + " " + b;
                    case 1 -> "reports-to " + a;
                    case 2 -> "reports-to " + a + " " + b;
                    default -> "chain " + a;
                };
                long s = System.nanoTime();
                in.write(line + "\n");
                in.flush();
                String answer = out.readLine();
                ns[i] = System.nanoTime() - s;
                if (answer == null) throw new IOException("the shell ended after " + i + " answers");
                if (answer.startsWith("{\"error\"")) errors++;
            }
            in.write(":quit\n");
            in.flush();
            long[] timed = Arrays.copyOfRange(ns, Math.min(100, lines / 2), lines);
            Arrays.sort(timed);
            r.put("answers", lines);
            r.put("errors", errors);
            r.put("mean_ms", ms(Arrays.stream(timed).sum() / timed.length));
            r.put("p50_ms", ms(timed[timed.length / 2]));
            r.put("p99_ms", ms(timed[Math.min(timed.length - 1, (int) (timed.length * 0.99))]));
            r.put("max_ms", ms(timed[timed.length - 1]));
        } finally {
            if (!p.waitFor(10, TimeUnit.SECONDS)) p.destroyForcibly().waitFor();
        }
        return r;
    }

    private static double ms(long ns) {
        return Math.round(ns / 1_000.0) / 1_000.0;
    }
}
