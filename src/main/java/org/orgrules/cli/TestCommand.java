package org.orgrules.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.orgrules.OrgExpert;
import org.orgrules.engine.RuleInfo;
import org.orgrules.model.Reason;
import org.orgrules.query.Replies;
import org.orgrules.testing.Case;
import org.orgrules.testing.Result;
import org.orgrules.testing.Suite;
import org.orgrules.testing.SuiteException;
import org.orgrules.testing.SuiteReader;
import org.orgrules.testing.SuiteRunner;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "test", description = {
        "Run the rule-test suites under PATH (default: RULES/tests, i.e. rules/tests).",
        "Each failing case prints FILE:LINE of the expectation, expected vs actual and the engine's reasons; "
                + "the last line is 'N passed, M failed'. Exit 1 on any failure, 2 for a malformed suite."})
final class TestCommand implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;
    @Parameters(index = "0", paramLabel = "PATH", arity = "0..1") Path path;
    @Option(names = "--coverage", description = "also list each K-statement the rules cite and the suites that exercise it")
    boolean coverage;

    @Override public Integer call() {
        Main m = Main.root(spec);
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        Path folder = m.rulesFolder();
        Path where = path != null ? path : (folder == null ? Path.of("rules") : folder).resolve("tests");
        if (path == null && !Files.exists(where)) {
            throw new Main.UsageException("no suites: " + where + " does not exist (give a PATH, or --rules DIR with DIR/tests)");
        }
        List<Suite> suites;
        try {
            suites = SuiteReader.readAll(where, org.orgrules.query.Questions.of(folder));
        } catch (SuiteException | org.orgrules.query.BadQueryException e) {
            err.println(e.getMessage());
            return Main.BAD_INPUT;
        }
        OrgExpert expert = m.expert();
        SuiteRunner runner = new SuiteRunner(expert);
        int passed = 0, failed = 0;
        List<Result> all = new ArrayList<>();
        List<Object> failures = new ArrayList<>();
        // the cases run on every core (the runner and the expert are thread-safe; a case's own session is
        // its own), and are reported in the order of the suites, as one at a time would
        List<Case> cases = new ArrayList<>();
        for (Suite s : suites) cases.addAll(s.cases());
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), cases.size()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "orgrules-test");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<List<Result>>> runs = new ArrayList<>(cases.size());
            for (Case c : cases) runs.add(pool.submit(() -> runner.run(c)));
            for (int i = 0; i < cases.size(); i++) {
                Case c = cases.get(i);
                List<Result> rs;
                try {
                    rs = result(runs.get(i));
                } catch (SuiteException e) {
                    err.println(e.getMessage());
                    return Main.BAD_INPUT;
                }
                all.addAll(rs);
                List<Result> bad = rs.stream().filter(r -> !r.passed()).toList();
                if (bad.isEmpty()) {
                    passed++;
                    continue;
                }
                failed++;
                if (!m.json) out.println("FAIL " + c.file() + ":" + c.line() + "  " + c.name());
                for (Result r : bad) {
                    if (m.json) failures.add(failure(c, r));
                    else print(out, r);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        Map<String, List<String>> covered = SuiteRunner.coverage(all);
        TreeSet<String> cited = new TreeSet<>();
        for (RuleInfo r : expert.rules().rules()) if (!r.source().isBlank()) cited.add(r.source());
        if (m.json) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("passed", passed);
            o.put("failed", failed);
            o.put("failures", failures);
            Map<String, Object> cov = new LinkedHashMap<>();
            for (String k : cited) cov.put(k, covered.getOrDefault(k, List.of()));
            o.put("coverage", cov);
            out.println(Replies.toJson(o));
        } else {
            if (coverage) {
                out.println("K-statements the rules cite, and the suites that exercise them:");
                for (String k : cited) {
                    List<String> by = covered.getOrDefault(k, List.of());
                    out.println("  " + k + ": " + (by.isEmpty() ? "NOT COVERED" : String.join(", ", by)));
                }
            }
            out.println(passed + " passed, " + failed + " failed");
        }
        out.flush();
        return failed > 0 ? Main.FINDINGS : Main.OK;
    }

    private static void print(PrintWriter out, Result r) {
        out.println("  " + r.expectation().location() + ": " + r.expectation().query());
        out.println("    expected: " + r.expected());
        out.println("    actual:   " + r.actual());
        if (!r.reasons().isEmpty()) out.println("    reasons:");
        for (Reason x : r.reasons()) {
            out.println("      - " + x.text() + "  [" + x.rule() + (x.source().isEmpty() ? "" : ", " + x.source()) + "]"
                    + (x.facts().isEmpty() ? "" : "  facts: " + String.join(", ", x.facts())));
        }
    }

    private static Map<String, Object> failure(Case c, Result r) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("case", c.name());
        o.put("file", r.expectation().file());
        o.put("line", r.expectation().line());
        o.put("query", r.expectation().query());
        o.put("expected", r.expected());
        o.put("actual", r.actual());
        o.put("reasons", Replies.reasons(r.reasons()));
        return o;
    }

    /** The results of one case run on the pool; its failure as thrown by the runner. */
    private static List<Result> result(Future<List<Result>> run) {
        try {
            return run.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the suites ran", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error x) throw x;
            throw new IllegalStateException(e.getCause());
        }
    }
}
