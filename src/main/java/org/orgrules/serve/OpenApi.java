package org.orgrules.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The OpenAPI 3.1 document of the server, written from {@link Routes} and the fixed endpoints. */
final class OpenApi {
    private static final String DOCUMENT = write();

    private OpenApi() {}

    static String document() { return DOCUMENT; }

    private static String write() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("openapi", "3.1.0");
        doc.put("info", Map.of("title", "orgrules", "version", "0.1.0", "description",
                "The CLI's queries as JSON: each body is exactly what `orgrules --json COMMAND` prints. Errors are "
                        + "{\"error\": {\"code\", \"status\", \"message\"}}; X-Orgrules-Exit carries the CLI's exit code."));
        doc.put("components", Map.of(
                "securitySchemes", Map.of("bearer", Map.of("type", "http", "scheme", "bearer")),
                "schemas", Map.of("Error", Map.of("type", "object", "properties", Map.of("error", Map.of("type", "object",
                        "properties", Map.of("code", Map.of("type", "string", "enum", List.of("bad_request", "unknown_person",
                                        "unknown_subject", "not_found", "method_not_allowed", "unauthorized", "rate_limited",
                                        "query_too_long", "body_too_large", "writes_disabled", "not_ready", "internal")),
                                "status", Map.of("type", "integer"), "message", Map.of("type", "string"))))))));
        doc.put("security", List.of(Map.of("bearer", List.of())));
        Map<String, Object> paths = new LinkedHashMap<>();
        for (Routes.Route r : Routes.QUERIES) {
            paths.put("/v1/" + r.path(), Map.of("get", op(r.summary() + " (as `orgrules --json " + r.command() + "`)", r.params())));
            paths.put("/v1/explain/" + r.path(), Map.of("get", op("Why: the rules fired, the K-statements they encode and "
                    + "the facts matched, for " + r.path() + " (as `orgrules --json explain " + r.command() + "`)", r.params())));
        }
        Routes.Param limit = Routes.Param.optional("limit", "at most this many (1..500)");
        Routes.Param offset = Routes.Param.optional("offset", "skip this many (0 …)");
        Routes.Param id = new Routes.Param("id", true, false, "a person id");
        paths.put("/v1/people", Map.of("get", op("People whose id, name, title or department contain q", List.of(
                Routes.Param.arg("q", "a part of an id, name, title or department"), limit))));
        paths.put("/v1/people/{id}", Map.of(
                "get", pathOp("One person: the facts, the title as read, the violations naming them", id, List.of()),
                "post", body(pathOp("Change one person (needs --allow-writes): the rules derive what that touches", id, List.of())),
                "delete", pathOp("Restore one person as the facts files give them (needs --allow-writes)", id, List.of())));
        paths.put("/v1/people/{id}/reports", Map.of("get", pathOp("A page of id's direct reports, each with their count", id,
                List.of(offset, limit))));
        paths.put("/v1/org/top", Map.of("get", op("The top of the org chart: people with no manager", List.of(offset, limit))));
        paths.put("/v1/status", Map.of("get", op("Version, people, rules, the last reload and its problems (file:line)", List.of())));
        paths.put("/healthz", Map.of("get", Map.of("summary", "Up (no token needed)", "security", List.of(),
                "responses", Map.of("200", Map.of("description", "up")))));
        paths.put("/readyz", Map.of("get", op("Ready: rules and facts loaded (503 until then)", List.of())));
        paths.put("/metrics", Map.of("get", Map.of("summary", "Prometheus metrics (text format)",
                "responses", Map.of("200", Map.of("description", "metrics")))));
        doc.put("paths", paths);
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> op(String summary, List<Routes.Param> params) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("summary", summary);
        o.put("parameters", params.stream().map(p -> param(p, "query")).toList());
        o.put("responses", responses());
        return o;
    }

    private static Map<String, Object> pathOp(String summary, Routes.Param id, List<Routes.Param> params) {
        Map<String, Object> o = op(summary, params);
        List<Object> ps = new java.util.ArrayList<>();
        ps.add(param(id, "path"));
        ps.addAll((List<?>) o.get("parameters"));
        o.put("parameters", ps);
        return o;
    }

    private static Map<String, Object> body(Map<String, Object> o) {
        o.put("requestBody", Map.of("required", true, "content", Map.of("application/json", Map.of("schema", Map.of(
                "type", "object", "additionalProperties", false, "properties", Map.of(
                        "manager", Map.of("type", List.of("string", "null")), "title", Map.of("type", "string")))))));
        return o;
    }

    private static Map<String, Object> param(Routes.Param p, String in) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("name", p.name());
        o.put("in", in);
        o.put("required", p.required());
        o.put("description", p.description());
        o.put("schema", Map.of("type", p.flag() ? "boolean" : "string"));
        return o;
    }

    private static Map<String, Object> responses() {
        Map<String, Object> err = Map.of("content", Map.of("application/json", Map.of("schema",
                Map.of("$ref", "#/components/schemas/Error"))));
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("200", Map.of("description", "the answer, as the CLI's --json", "content", Map.of("application/json", Map.of())));
        r.put("400", with(err, "bad request: the CLI's usage message"));
        r.put("401", with(err, "no or wrong bearer token"));
        r.put("404", with(err, "unknown person or subject"));
        r.put("429", with(err, "rate limited"));
        r.put("503", with(err, "still loading"));
        return r;
    }

    private static Map<String, Object> with(Map<String, Object> m, String description) {
        Map<String, Object> o = new LinkedHashMap<>(m);
        o.put("description", description);
        return o;
    }
}
