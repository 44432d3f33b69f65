package org.orgrules.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.orgrules.ReloadingExpert;
import org.orgrules.view.UnknownPersonException;
import org.orgrules.view.UnknownSubjectException;
import org.orgrules.engine.RuleProblem;
import org.orgrules.facts.LoadProblem;
import org.orgrules.model.Person;
import org.orgrules.query.BadQueryException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code orgrules serve}: the CLI's queries over HTTP as JSON, the web page, health, readiness,
 * status and Prometheus metrics, on Javalin (Jetty 12).
 *
 * <p>The server listens as soon as {@link #start()} returns ({@code /healthz} answers); the queries
 * answer once {@link #ready} gave it the rules and facts ({@code /readyz} says when). Every error is
 * {@code {"error": {"code", "status", "message"}}} with a stable code, never a stack trace.
 *
 * <p>Why it is long: the routes, their one error shape, readiness and the metrics are wired together at
 * start; the answers themselves are in QueryAnswers and the reloading in ServedOrg.
 */
public final class OrgServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(OrgServer.class);
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final String JSON_TYPE = "application/json; charset=utf-8";
    private static final int MAX_PAGE = 500;
    /** Set on a request whose error body the server wrote itself. */
    private static final String ANSWERED = "orgrules.error";
    /** The page's own files: served from the jar to anyone (they hold no data), as is /healthz. */
    private static final Map<String, String> WEB = Map.of("/", "index.html", "/app.js", "app.js", "/style.css", "style.css");
    private static final Set<String> PUBLIC = Set.of("/healthz", "/", "/app.js", "/style.css", "/favicon.ico");

    private final ServeConfig config;
    private final Answers answers;
    private final Limits limits;
    private final Metrics metrics;
    private final Directory directory = new Directory();
    private volatile ServedOrg served;
    private volatile Map<String, Object> about = Map.of();
    private Javalin app;

    OrgServer(ServeConfig config, Answers answers) {
        this.config = config;
        this.answers = answers;
        this.limits = new Limits(config.token(), config.maxQueryChars(), config.maxBodyBytes(), config.ratePerSecond());
        this.metrics = new Metrics(() -> served == null ? null : served.current());
    }

    /** A server answering the CLI's queries through {@code org.orgrules.query}. */
    public static OrgServer create(ServeConfig config) {
        return new OrgServer(config, new QueryAnswers());
    }

    /** Starts listening on {@link ServeConfig#bind()}:{@link ServeConfig#port()}. */
    public synchronized OrgServer start() {
        if (app != null) return this;
        app = Javalin.create(this::configure).start(config.bind(), config.port());
        LOG.info("listening on http://{}:{}/", config.bind(), port());
        return this;
    }

    /** The port it listens on (the free one picked when the config said 0). */
    public int port() { return app.port(); }

    /**
     * From now on answer with {@code s}. {@code about} (the facts path, whether the files are watched …)
     * is shown as it is at {@code /v1/status}.
     */
    public void ready(ServedOrg s, Map<String, Object> about) {
        this.about = Map.copyOf(about);
        s.onReload(o -> {
            metrics.reload(o.reloaded());
            if (o.reloaded()) warm(s);
        });
        this.served = s;
        warm(s);
    }

    /** Finds the top of the org chart in the background (a pass over every person), so the page's first look is quick. */
    private void warm(ServedOrg s) {
        Thread t = new Thread(() -> directory.roots(s.current().org()), "orgrules-serve-warm");
        t.setDaemon(true);
        t.start();
    }

    @Override public synchronized void close() {
        if (app != null) app.stop();
        app = null;
    }

    // ----------------------------------------------------------------------------- routes

    private void configure(JavalinConfig c) {
        c.startup.showJavalinBanner = false;
        c.startup.showOldJavalinVersionWarning = false;
        c.http.maxRequestSize = config.maxBodyBytes();
        c.http.defaultContentType = JSON_TYPE;
        c.jetty.modifyHttpConfiguration(h -> h.setSendServerVersion(false));
        if (!config.corsOrigins().isEmpty()) {
            List<String> origins = config.corsOrigins();
            c.bundledPlugins.enableCors(cors -> cors.addRule(rule -> {
                rule.allowHost(origins.get(0), origins.subList(1, origins.size()).toArray(String[]::new));
                rule.exposeHeader("X-Orgrules-Exit");
            }));
        }
        c.router.handlerWrapper(endpoint -> {
            Handler h = endpoint.handler;
            HandlerType m = endpoint.method;
            if (m != HandlerType.GET && m != HandlerType.POST && m != HandlerType.DELETE) return h;
            String route = endpoint.path;
            return ctx -> {
                long t0 = System.nanoTime();
                try {
                    h.handle(ctx);
                } catch (Exception e) {
                    fail(ctx, e);
                } finally {
                    metrics.request(route, m.name(), ctx.statusCode(), System.nanoTime() - t0);
                }
            };
        });
        var r = c.routes;
        r.before(this::guard);
        r.exception(Exception.class, (e, ctx) -> {
            fail(ctx, e);
            metrics.request("(refused)", ctx.method().name(), ctx.statusCode(), 0);
        });
        // Javalin's own 404 and 405 (no such route): ours have their body already
        r.error(404, ctx -> {
            if (ctx.attribute(ANSWERED) == null) {
                write(ctx, new ServeError(404, "not_found", "no endpoint " + ctx.method().name() + " " + ctx.path()
                        + " (GET /openapi.json lists them)"));
            }
        });
        r.error(405, ctx -> {
            if (ctx.attribute(ANSWERED) == null) {
                write(ctx, new ServeError(405, "method_not_allowed", ctx.method().name() + " is not allowed on " + ctx.path()));
            }
        });

        r.get("/healthz", ctx -> json(ctx, Map.of("status", "ok")));
        r.get("/readyz", this::readyz);
        r.get("/metrics", ctx -> ctx.contentType(metrics.contentType()).result(metrics.scrape()));
        r.get("/openapi.json", ctx -> ctx.contentType(JSON_TYPE).result(OpenApi.document()));
        for (Map.Entry<String, String> f : WEB.entrySet()) {
            byte[] body = resource(f.getValue());
            String type = f.getValue().endsWith(".html") ? "text/html; charset=utf-8"
                    : f.getValue().endsWith(".js") ? "text/javascript; charset=utf-8" : "text/css; charset=utf-8";
            r.get(f.getKey(), ctx -> ctx.contentType(type)
                    .header("Content-Security-Policy", "default-src 'self'; frame-ancestors 'none'")
                    .header("Cache-Control", "no-cache").result(body));
        }
        r.get("/v1/status", ctx -> json(ctx, status()));
        for (Routes.Route q : Routes.QUERIES) {
            r.get("/v1/" + q.path(), ctx -> query(ctx, q, false));
            r.get("/v1/explain/" + q.path(), ctx -> query(ctx, q, true));
        }
        r.get("/v1/people", ctx -> json(ctx, directory.search(state().org(), param(ctx, "q", true), limit(ctx, 20))));
        r.get("/v1/people/{id}", ctx -> json(ctx, directory.person(state().org(), ctx.pathParam("id"))));
        r.get("/v1/people/{id}/reports", ctx -> json(ctx,
                directory.children(state().org(), ctx.pathParam("id"), offset(ctx), limit(ctx, 200))));
        r.get("/v1/org/top", ctx -> json(ctx, directory.top(state().org(), offset(ctx), limit(ctx, 200))));
        r.post("/v1/people/{id}", this::update);
        r.delete("/v1/people/{id}", this::restore);
    }

    /** Every request: the rate limit, the size limits, then the token (but for the public paths). */
    private void guard(Context ctx) {
        limits.rate(ctx.ip());
        long length = ctx.req().getContentLengthLong();
        try {
            limits.size(ctx.queryString(), length);
        } catch (ServeError e) {
            if (e.status() == 413) drain(ctx, length);
            throw e;
        }
        if (!PUBLIC.contains(ctx.path())) limits.authorize(ctx.header("Authorization"));
    }

    /** Past this many bytes a refused body is not read: the connection is closed after the answer. */
    private static final long DRAIN_MAX = 1 << 20;

    /**
     * Reads and drops a refused body of up to {@link #DRAIN_MAX} bytes, so that the client, still sending
     * it, reads the 413 instead of a reset connection (seen as "header parser received no bytes" when the
     * server answered without reading); a bigger one gets {@code Connection: close}.
     */
    private static void drain(Context ctx, long length) {
        if (length > DRAIN_MAX) {
            ctx.header("Connection", "close");
            return;
        }
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] buf = new byte[8192];
            long left = length;
            while (left > 0) {
                int n = in.read(buf, 0, (int) Math.min(buf.length, left));
                if (n < 0) break;
                left -= n;
            }
        } catch (IOException e) {
            LOG.debug("a refused body could not be read to its end", e);
        }
    }

    private ServedOrg.State state() {
        ServedOrg s = served;
        if (s == null) throw new ServeError(503, "not_ready", "the rules and facts are still loading; ask /readyz");
        return s.current();
    }

    private void readyz(Context ctx) {
        ServedOrg s = served;
        if (s == null) {
            ctx.status(503);
            json(ctx, Map.of("ready", false));
            return;
        }
        ServedOrg.State st = s.current();
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("ready", true);
        o.put("version", st.version());
        o.put("people", st.org().size());
        json(ctx, o);
    }

    private void query(Context ctx, Routes.Route q, boolean explain) {
        Set<String> known = new java.util.HashSet<>();
        for (Routes.Param p : q.params()) known.add(p.name());
        for (String k : ctx.queryParamMap().keySet()) {
            if (!known.contains(k)) {
                throw ServeError.badRequest("unknown parameter '" + k + "'; " + usage(q));
            }
        }
        List<String> args = new ArrayList<>();
        boolean all = false;
        boolean ended = false;
        for (Routes.Param p : q.params()) {
            String v = ctx.queryParam(p.name());
            if (p.flag()) {
                all = v != null && (v.isEmpty() || v.equalsIgnoreCase("true") || v.equals("1"));
                if (v != null && !all && !v.equalsIgnoreCase("false") && !v.equals("0")) {
                    throw ServeError.badRequest(p.name() + " is true or false, not '" + v + "'");
                }
            } else if (v == null || v.isBlank()) {
                if (p.required()) throw ServeError.badRequest("missing " + p.name() + "; " + usage(q));
                ended = true;
            } else if (ended) {
                throw ServeError.badRequest(p.name() + " without the parameter before it; " + usage(q));
            } else {
                args.add(v.strip());
            }
        }
        ServedOrg.State st = state();
        Answers.Body b = explain ? answers.explain(st, q.command(), args, all) : answers.answer(st, q.command(), args, all);
        ctx.header("X-Orgrules-Exit", Integer.toString(b.exitCode()));
        ctx.header("X-Orgrules-Version", Long.toString(st.version()));
        ctx.contentType(JSON_TYPE).result(b.json());
    }

    private static String usage(Routes.Route q) {
        StringBuilder b = new StringBuilder("GET /v1/").append(q.path());
        char sep = '?';
        for (Routes.Param p : q.params()) {
            b.append(sep).append(p.required() ? "" : "[").append(p.name()).append("=…").append(p.required() ? "" : "]");
            sep = '&';
        }
        return b.toString();
    }

    // ----------------------------------------------------------------------------- writes

    private void update(Context ctx) {
        ServedOrg s = writable();
        String id = ctx.pathParam("id");
        JsonNode body;
        try {
            body = JSON.readTree(ctx.body());
        } catch (JsonProcessingException e) {
            throw ServeError.badRequest("the body is not JSON: " + e.getOriginalMessage());
        }
        if (body == null || !body.isObject() || body.isEmpty()) {
            throw ServeError.badRequest("the body is a JSON object of the fields to change: {\"manager\": ID or null, \"title\": TEXT}");
        }
        Person p = s.current().org().person(id).orElseThrow(() -> new UnknownPersonException(id));
        for (var it = body.fields(); it.hasNext(); ) {
            var f = it.next();
            JsonNode v = f.getValue();
            switch (f.getKey()) {
                case "manager" -> {
                    if (!v.isNull() && !v.isTextual()) throw ServeError.badRequest("manager is a person id or null");
                    p = p.withManager(v.isNull() || v.asText().isBlank() ? null : v.asText().strip());
                }
                case "title" -> {
                    if (!v.isTextual()) throw ServeError.badRequest("title is text");
                    p = p.withTitle(v.asText().strip());
                }
                default -> throw ServeError.badRequest("cannot change '" + f.getKey() + "': the fields are manager and title");
            }
        }
        changed(ctx, s, p, "updated");
    }

    private void restore(Context ctx) {
        ServedOrg s = writable();
        changed(ctx, s, s.asLoaded(ctx.pathParam("id")), "restored");
    }

    private void changed(Context ctx, ServedOrg s, Person p, String what) {
        long t0 = System.nanoTime();
        ServedOrg.State st = s.update(p);
        metrics.update();
        Map<String, Object> o = new LinkedHashMap<>();
        o.put(what, p.getId());
        o.put("millis", (System.nanoTime() - t0) / 1_000_000.0);
        o.put("person", directory.person(st.org(), p.getId()));
        json(ctx, o);
    }

    private ServedOrg writable() {
        state();
        ServedOrg s = served;
        if (!s.writable()) throw new ServeError(403, "writes_disabled", "this server does not change people; start it with --allow-writes");
        return s;
    }

    // ----------------------------------------------------------------------------- status

    private Map<String, Object> status() {
        ServedOrg s = served;
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("ready", s != null);
        if (s == null) return o;
        ServedOrg.State st = s.current();
        o.put("version", st.version());
        o.put("loaded", st.loaded().toString());
        o.put("people", st.org().size());
        o.put("rules", st.expert().rules().rules().size());
        o.put("rulesFolder", st.expert().rules().source().path().map(Object::toString).orElse(null));
        o.putAll(about);
        o.put("writable", s.writable());
        o.put("reloads", Map.of("ok", s.reloads(), "failed", s.failedReloads()));
        ReloadingExpert.Outcome last = s.lastReload();
        if (last == null) {
            o.put("lastReload", null);
        } else {
            Map<String, Object> l = new LinkedHashMap<>();
            l.put("reloaded", last.reloaded());
            l.put("version", last.version());
            l.put("millis", last.millis());
            List<Object> ps = new ArrayList<>();
            for (RuleProblem p : last.problems()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("file", p.file());
                m.put("line", p.line());
                m.put("column", p.column());
                m.put("message", p.message());
                m.put("error", p.error());
                m.put("text", p.toString());
                ps.add(m);
            }
            l.put("problems", ps);
            o.put("lastReload", l);
        }
        List<LoadProblem> lp = st.org().loadProblems();
        List<Object> ps = new ArrayList<>();
        for (LoadProblem p : lp.subList(0, Math.min(lp.size(), 100))) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", p.file());
            m.put("line", p.line());
            m.put("message", p.message());
            m.put("text", p.toString());
            ps.add(m);
        }
        o.put("loadProblems", ps);
        o.put("loadProblemCount", lp.size());
        o.put("notices", st.notices().stream().map(Object::toString).toList());
        return o;
    }

    // ----------------------------------------------------------------------------- output

    private static int limit(Context ctx, int dflt) {
        int n = number(ctx, "limit", dflt);
        if (n < 1 || n > MAX_PAGE) throw ServeError.badRequest("limit is 1.." + MAX_PAGE + ", not " + n);
        return n;
    }

    private static int offset(Context ctx) {
        int n = number(ctx, "offset", 0);
        if (n < 0) throw ServeError.badRequest("offset is 0 or more, not " + n);
        return n;
    }

    private static int number(Context ctx, String name, int dflt) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) return dflt;
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw ServeError.badRequest(name + " is a number, not '" + v + "'");
        }
    }

    private static String param(Context ctx, String name, boolean required) {
        String v = ctx.queryParam(name);
        if (required && (v == null || v.isBlank())) throw ServeError.badRequest("missing " + name);
        return v;
    }

    private static void json(Context ctx, Object o) {
        try {
            ctx.contentType(JSON_TYPE).result(JSON.writeValueAsString(o));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The error body of {@code e}: its status and code; a failure of the server itself is logged and said as "internal". */
    private static void fail(Context ctx, Throwable e) {
        ServeError se;
        if (e instanceof ServeError s) {
            se = s;
        } else if (e instanceof UnknownPersonException) {
            se = new ServeError(404, "unknown_person", e.getMessage());
        } else if (e instanceof UnknownSubjectException) {
            se = new ServeError(404, "unknown_subject", e.getMessage());
        } else if (e instanceof BadQueryException) {
            se = ServeError.badRequest(e.getMessage());
        } else if (e instanceof HttpResponseException h) {
            se = new ServeError(h.getStatus(), switch (h.getStatus()) {
                case 413 -> "body_too_large";
                case 404 -> "not_found";
                case 405 -> "method_not_allowed";
                default -> h.getStatus() < 500 ? "bad_request" : "internal";
            }, h.getMessage());
        } else {
            LOG.error("internal error answering {} {}", ctx.method().name(), ctx.path(), e);
            se = new ServeError(500, "internal", "internal error (" + e.getClass().getSimpleName() + "); the server log has the details");
        }
        write(ctx, se);
    }

    private static void write(Context ctx, ServeError e) {
        Map<String, Object> err = new LinkedHashMap<>();
        err.put("code", e.code());
        err.put("status", e.status());
        err.put("message", e.getMessage());
        ctx.attribute(ANSWERED, e.code());
        ctx.status(e.status());
        json(ctx, Map.of("error", err));
    }

    private static byte[] resource(String name) {
        try (InputStream in = OrgServer.class.getResourceAsStream("web/" + name)) {
            if (in == null) throw new IllegalStateException("the jar has no web/" + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
