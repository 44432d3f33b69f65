package org.orgrules.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.orgrules.view.Org;
import org.orgrules.OrgExpert;
import org.orgrules.ReloadingExpert;
import org.orgrules.facts.FactsLoader;
import org.orgrules.query.Answerer;
import org.orgrules.query.QueryParser;
import org.orgrules.query.Replies;
import org.orgrules.query.Reply;
import org.orgrules.serve.OrgServer;
import org.orgrules.serve.ServeConfig;
import org.orgrules.serve.ServedOrg;

/**
 * The load test of {@code orgrules serve}: a synthetic org, a server on a free 127.0.0.1 port in this
 * JVM watching a copy of the rules folder, {@code clients} threads asking a mix of queries for
 * {@code seconds} while the rules are edited {@code reloads} times (each edit compiled and derived
 * again in the background and swapped in), every answer compared with the facade's answer to the
 * same query ({@link Answerer} over the org as loaded; the edits change no rule, so every version
 * must answer alike). Bounded: it stops after {@code seconds} once the reloads are done, and in any
 * case after {@code 10 × seconds} (at least 10 minutes). Loopback only.
 */
public final class ServeLoad {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One request of the mix: the path asked, and the body the facade gives for it. */
    private record Probe(String kind, String path, JsonNode expected) {}

    private ServeLoad() {}

    /**
     * @param rules the rules folder to copy and edit
     * @param log   where progress goes (a line per phase and reload)
     * @return the figures: requests, requests/s, p50/p99 ms, wrong and failed answers, the reloads
     */
    public static Map<String, Object> run(Path rules, int people, long seed, int clients, int seconds, int reloads,
            Path work, PrintWriter log) throws IOException, InterruptedException {
        Path csv = work.resolve("org-" + people + ".csv");
        SyntheticOrg.generate(people, seed).writeCsv(csv);
        Path rulesCopy = copy(rules, work.resolve("rules"));
        log.println("orgrules bench --serve: " + people + " people, loading …");
        log.flush();
        long t0 = System.nanoTime();
        OrgExpert expert = OrgExpert.builder().rulesFolder(rulesCopy).noCache().build();
        List<ReloadingExpert.Outcome> outcomes = new CopyOnWriteArrayList<>();
        try (ServedOrg served = ServedOrg.open(expert, l -> new FactsLoader(l).load(csv), LocalDate.now(), false);
                OrgServer server = OrgServer.create(ServeConfig.defaults().withPort(0).withRate(0)).start()) {
            long loadMs = (System.nanoTime() - t0) / 1_000_000;
            served.onReload(outcomes::add);
            served.watch(List.of());
            server.ready(served, Map.of("facts", csv.toString(), "watching", true));
            ServedOrg.State first = served.current();
            List<Probe> probes = probes(first, seed);
            log.println("  loaded in " + loadMs + " ms; " + probes.size() + " distinct queries, their answers from the facade; "
                    + clients + " clients for " + seconds + " s, " + reloads + " reloads");
            log.flush();
            return drive(server.port(), served, probes, clients, seconds, reloads, rulesCopy, outcomes, loadMs, people, log);
        }
    }

    private static Map<String, Object> drive(int port, ServedOrg served, List<Probe> probes, int clients, int seconds, int reloads,
            Path rules, List<ReloadingExpert.Outcome> outcomes, long loadMs, int people, PrintWriter log) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        String base = "http://127.0.0.1:" + port;
        long start = System.nanoTime();
        long minEnd = start + seconds * 1_000_000_000L;
        long hardEnd = start + Math.max(600, 10L * seconds) * 1_000_000_000L;
        AtomicLong wrong = new AtomicLong(), failed = new AtomicLong();
        List<String> firstProblems = new CopyOnWriteArrayList<>();
        Set<String> versions = ConcurrentHashMap.newKeySet();
        long[][] latencies = new long[clients][];
        int[][] kindsAsked = new int[clients][];
        int[] counts = new int[clients];
        List<String> kinds = probes.stream().map(Probe::kind).distinct().toList();
        Thread[] threads = new Thread[clients];
        java.util.concurrent.atomic.AtomicBoolean reloadsDone = new java.util.concurrent.atomic.AtomicBoolean();
        for (int c = 0; c < clients; c++) {
            int me = c;
            threads[c] = new Thread(() -> {
                SplittableRandom rnd = new SplittableRandom(1000 + me);
                long[] lat = new long[1 << 16];
                int[] kindOf = new int[1 << 16];
                int n = 0;
                while (true) {
                    long now = System.nanoTime();
                    if (now > hardEnd || (now > minEnd && reloadsDone.get())) break;
                    Probe p = probes.get(rnd.nextInt(probes.size()));
                    long q0 = System.nanoTime();
                    try {
                        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + p.path()))
                                .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                        long took = System.nanoTime() - q0;
                        if (n == lat.length) {
                            lat = Arrays.copyOf(lat, n * 2);
                            kindOf = Arrays.copyOf(kindOf, n * 2);
                        }
                        kindOf[n] = kinds.indexOf(p.kind());
                        lat[n++] = took;
                        r.headers().firstValue("X-Orgrules-Version").ifPresent(versions::add);
                        if (r.statusCode() != 200) {
                            failed.incrementAndGet();
                            if (firstProblems.size() < 5) firstProblems.add(p.path() + " → " + r.statusCode() + " " + r.body());
                        } else if (!JSON.readTree(r.body()).equals(p.expected())) {
                            wrong.incrementAndGet();
                            if (firstProblems.size() < 5) firstProblems.add(p.path() + " → an answer other than the facade's");
                        }
                    } catch (IOException e) {
                        failed.incrementAndGet();
                        if (firstProblems.size() < 5) firstProblems.add(p.path() + " → " + e);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        break;
                    }
                }
                latencies[me] = Arrays.copyOf(lat, n);
                kindsAsked[me] = Arrays.copyOf(kindOf, n);
                counts[me] = n;
            }, "serve-load-" + c);
            threads[c].start();
        }
        List<Long> reloadMs = new ArrayList<>();
        int failedReloads = 0;
        Path edited = rules.resolve("core/seniority.drl");
        for (int i = 1; i <= reloads; i++) {
            long at = start + (long) i * seconds * 1_000_000_000L / (reloads + 1);
            long wait = (at - System.nanoTime()) / 1_000_000;
            if (wait > 0) Thread.sleep(wait);
            int before = outcomes.size();
            try {
                // an analyst's save: the file changes, no rule does (so every version answers alike)
                Files.writeString(edited, "\n// edited by bench --serve, reload " + i + "\n", StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            while (outcomes.size() == before && System.nanoTime() < hardEnd) Thread.sleep(50);
            if (outcomes.size() == before) break;
            ReloadingExpert.Outcome o = outcomes.get(outcomes.size() - 1);
            if (o.reloaded()) reloadMs.add(o.millis());
            else failedReloads++;
            log.println("  reload " + i + ": " + (o.reloaded() ? "version " + o.version() + " in " + o.millis() + " ms" : "refused " + o.problems()));
            log.flush();
        }
        reloadsDone.set(true);
        for (Thread t : threads) t.join();
        double secs = (System.nanoTime() - start) / 1e9;
        long total = 0;
        for (int c : counts) total += c;
        long[] all = new long[(int) total];
        int k = 0;
        for (long[] l : latencies) {
            System.arraycopy(l, 0, all, k, l.length);
            k += l.length;
        }
        Map<String, Object> byKind = new LinkedHashMap<>();
        for (int i = 0; i < kinds.size(); i++) {
            int kind = i, m = 0;
            long[] these = new long[(int) total];
            for (int c = 0; c < clients; c++) {
                for (int j = 0; j < counts[c]; j++) if (kindsAsked[c][j] == kind) these[m++] = latencies[c][j];
            }
            long[] sorted = Arrays.copyOf(these, m);
            Arrays.sort(sorted);
            byKind.put(kinds.get(i), Map.of("requests", m, "p50_ms", ms(pct(sorted, 50)), "p99_ms", ms(pct(sorted, 99))));
        }
        Arrays.sort(all);
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("people", people);
        r.put("load_ms", loadMs);
        r.put("clients", clients);
        r.put("seconds", Math.round(secs * 10) / 10.0);
        r.put("requests", total);
        r.put("requests_per_s", Math.round(total / secs));
        r.put("p50_ms", ms(pct(all, 50)));
        r.put("p99_ms", ms(pct(all, 99)));
        r.put("max_ms", ms(all.length == 0 ? 0 : all[all.length - 1]));
        r.put("by_kind", byKind);
        r.put("wrong", wrong.get());
        r.put("failed", failed.get());
        r.put("reloads", reloadMs.size());
        r.put("failed_reloads", failedReloads);
        r.put("reload_ms", reloadMs);
        r.put("versions_answering", versions.stream().sorted().toList());
        r.put("final_version", served.current().version());
        r.put("problems", firstProblems);
        return r;
    }

    /** The mix: for random people, each kind of query; the expected body is the facade's JSON for it. */
    private static List<Probe> probes(ServedOrg.State s, long seed) {
        Org org = s.org();
        SplittableRandom rnd = new SplittableRandom(seed);
        List<String> ids = org.people().stream().map(p -> p.getId()).toList();
        List<Probe> out = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            String a = ids.get(rnd.nextInt(ids.size())), b = ids.get(rnd.nextInt(ids.size()));
            String boss = org.chainOfCommand(a).chain().isEmpty() ? b : org.chainOfCommand(a).chain().get(0);
            out.add(probe(s, "senior", List.of(a, b), "/v1/senior?a=" + enc(a) + "&b=" + enc(b)));
            out.add(probe(s, "reports-to", List.of(a, boss), "/v1/reports-to?a=" + enc(a) + "&b=" + enc(boss)));
            out.add(probe(s, "reports-to", List.of(a), "/v1/reports-to?a=" + enc(a)));
            out.add(probe(s, "chain", List.of(a), "/v1/chain?a=" + enc(a)));
            out.add(probe(s, "team", List.of(boss), "/v1/team?a=" + enc(boss)));
            out.add(probe(s, "peers", List.of(a), "/v1/peers?a=" + enc(a)));
            out.add(probe(s, "class", List.of(a), "/v1/class?a=" + enc(a)));
        }
        String q = "产品经理和技术总监哪个大?";
        out.add(probe(s, "ask", List.of(q), "/v1/ask?q=" + enc(q)));
        return out;
    }

    private static Probe probe(ServedOrg.State s, String command, List<String> args, String path) {
        Answerer facade = new Answerer(s.expert(), s.org());
        Reply r = command.equals("ask") ? facade.ask(args.get(0)) : facade.answer(QueryParser.parse(command, args, false));
        return new Probe(command, path, tree(Replies.json(r)));
    }

    private static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }

    private static Path copy(Path from, Path to) throws IOException {
        return Trees.copy(from, to);
    }

    private static long pct(long[] sorted, int p) {
        if (sorted.length == 0) return 0;
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static double ms(long nanos) { return Math.round(nanos / 1e4) / 100.0; }
}
