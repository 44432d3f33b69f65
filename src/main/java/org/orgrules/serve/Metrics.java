package org.orgrules.serve;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Supplier;

/**
 * The server's Prometheus metrics, in a registry of its own (two servers in one JVM, as in the tests,
 * do not mix): requests by endpoint (the route, never the raw path, so the label set stays small),
 * method and status; latency by endpoint; reloads by outcome; the people loaded and the version.
 */
final class Metrics {
    private final PrometheusRegistry registry = new PrometheusRegistry();
    private final Counter requests = Counter.builder().name("orgrules_http_requests_total")
            .help("HTTP requests answered, by route, method and status").labelNames("endpoint", "method", "status")
            .register(registry);
    private final Histogram latency = Histogram.builder().name("orgrules_http_request_duration_seconds")
            .help("time to answer an HTTP request, by route").labelNames("endpoint").classicOnly()
            .classicUpperBounds(0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10)
            .register(registry);
    private final Counter reloads = Counter.builder().name("orgrules_reloads_total")
            .help("reloads of the rules and facts, by outcome (ok, or failed: the previous version kept answering)")
            .labelNames("outcome").register(registry);
    private final Counter updates = Counter.builder().name("orgrules_person_updates_total")
            .help("people changed through POST or DELETE /v1/people/{id}").register(registry);

    Metrics(Supplier<ServedOrg.State> state) {
        GaugeWithCallback.builder().name("orgrules_facts_people").help("people in the facts answering now")
                .callback(cb -> {
                    ServedOrg.State s = state.get();
                    cb.call(s == null ? 0 : s.org().size());
                }).register(registry);
        GaugeWithCallback.builder().name("orgrules_facts_version")
                .help("version of the rules and facts answering now (1 at start, +1 per successful reload)")
                .callback(cb -> {
                    ServedOrg.State s = state.get();
                    cb.call(s == null ? 0 : s.version());
                }).register(registry);
        GaugeWithCallback.builder().name("orgrules_rules").help("rules in the rule base answering now")
                .callback(cb -> {
                    ServedOrg.State s = state.get();
                    cb.call(s == null ? 0 : s.expert().rules().rules().size());
                }).register(registry);
        reloads.initLabelValues("ok");
        reloads.initLabelValues("failed");
    }

    void request(String endpoint, String method, int status, long nanos) {
        requests.labelValues(endpoint, method, Integer.toString(status)).inc();
        latency.labelValues(endpoint).observe(nanos / 1e9);
    }

    void reload(boolean ok) { reloads.labelValues(ok ? "ok" : "failed").inc(); }

    void update() { updates.inc(); }

    String contentType() { return PrometheusTextFormatWriter.CONTENT_TYPE; }

    /** The text exposition format (version 0.0.4). */
    byte[] scrape() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        try {
            PrometheusTextFormatWriter.create().write(out, registry.scrape());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
