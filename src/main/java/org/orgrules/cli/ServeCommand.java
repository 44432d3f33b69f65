package org.orgrules.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.orgrules.OrgExpert;
import org.orgrules.engine.RulesException;
import org.orgrules.facts.ColumnMapping;
import org.orgrules.facts.LoadProblem;
import org.orgrules.serve.OrgServer;
import org.orgrules.serve.ServeConfig;
import org.orgrules.serve.ServedOrg;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "serve", description = {
        "An HTTP JSON service and a web page: every query as GET /v1/… with the same JSON as --json, /openapi.json, "
                + "/healthz, /readyz, /metrics, /v1/status; the org chart, the ask box, the violations and the titles at /.",
        "Watches the rules folder and the facts: an edit is compiled and derived in the background and swapped in at "
                + "once; a broken one keeps the previous version answering (/v1/status says why, file:line). Runs until "
                + "stopped (Ctrl-C); exit 2 when the rules do not build or no fact can be read at the start."})
final class ServeCommand implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--port", paramLabel = "PORT", description = "the port (default: 8080; 0 picks a free one)")
    int port = 8080;

    @Option(names = "--bind", paramLabel = "ADDRESS", description = "the address to listen on (default: 127.0.0.1, this machine only)")
    String bind = "127.0.0.1";

    @Option(names = "--token-file", paramLabel = "FILE",
            description = "a file holding a token: every request but /healthz and the page's own files then needs "
                    + "Authorization: Bearer TOKEN")
    Path tokenFile;

    @Option(names = "--allow-writes", description = "let POST and DELETE /v1/people/{id} change people (until the next reload of the files)")
    boolean allowWrites;

    @Option(names = "--cors-origin", paramLabel = "ORIGIN",
            description = "let pages of ORIGIN (e.g. https://hr.example.com) call the API from a browser; repeatable (default: none)")
    List<String> corsOrigins = new ArrayList<>();

    @Option(names = "--rate-limit", paramLabel = "N", description = "requests a second from one client address (default: 100; 0: no limit)")
    int rateLimit = 100;

    @Option(names = "--no-watch", description = "do not watch the rules folder and the facts for edits")
    boolean noWatch;

    @Override public Integer call() throws Exception {
        Main m = Main.root(spec);
        if (m.session() != null) throw new Main.UsageException("serve runs on its own: ./orgrules serve");
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        ServeConfig config;
        try {
            config = ServeConfig.defaults().withPort(port).withBind(bind).withToken(token()).withWrites(allowWrites)
                    .withCors(corsOrigins).withRate(rateLimit);
        } catch (IllegalArgumentException e) {
            throw new Main.UsageException(e.getMessage());
        }
        Path facts = m.factsPath();
        ColumnMapping columns = m.columns();
        java.time.LocalDate day = m.asOf();
        OrgServer server = OrgServer.create(config);
        try {
            server.start();
        } catch (RuntimeException e) {
            throw new Main.UsageException("cannot listen on " + bind + ":" + port + ": " + rootMessage(e));
        }
        out.println("orgrules serve: http://" + bind + ":" + server.port() + "/ (loading the rules and facts)");
        out.flush();
        ServedOrg served;
        try {
            m.longRunning(); // reloads to come: compile a miss here, once
            OrgExpert expert = m.expert();
            served = ServedOrg.open(expert, limits -> Main.loaded(limits, facts, columns), day, allowWrites);
        } catch (RulesException | ServedOrg.FactsUnreadable | Main.UsageException e) {
            server.close();
            if (e instanceof ServedOrg.FactsUnreadable u) {
                for (LoadProblem p : u.problems()) err.println(p);
                throw new Main.UsageException(u.getMessage().split(": ", 2)[0] + "; nothing to serve");
            }
            throw e;
        }
        for (LoadProblem p : served.current().org().loadProblems()) err.println(p);
        for (org.orgrules.facts.LoadNotice n : served.current().notices()) err.println("orgrules: note: " + n);
        boolean watching = !noWatch && (m.rulesFolder() != null || facts != null);
        if (watching) served.watch(facts == null ? List.of() : List.of(facts));
        Map<String, Object> about = new LinkedHashMap<>();
        about.put("facts", facts == null ? "the bundled sample" : facts.toString());
        about.put("watching", watching);
        server.ready(served, about);
        out.println("orgrules serve: ready, " + served.current().org().size() + " people, "
                + served.current().expert().rules().rules().size() + " rules" + (watching ? ", watching for edits" : ""));
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            served.close();
            stopped.countDown();
        }, "orgrules-serve-stop"));
        stopped.await();
        return Main.OK;
    }

    private String token() {
        if (tokenFile == null) return null;
        try {
            String t = Files.readString(tokenFile, StandardCharsets.UTF_8).strip();
            if (t.isEmpty() || t.contains("\n")) throw new Main.UsageException("--token-file " + tokenFile + ": one line, the token");
            return t;
        } catch (IOException e) {
            throw new Main.UsageException("--token-file: cannot read " + tokenFile + " (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) t = t.getCause();
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
