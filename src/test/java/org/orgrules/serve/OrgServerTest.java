package org.orgrules.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.orgrules.OrgExpert;
import org.orgrules.facts.FactsLoader;

/**
 * The server as a client sees it, on a free 127.0.0.1 port over the project's facts: health,
 * readiness, the org chart's lazy endpoints, errors as JSON with stable codes, limits, the page,
 * OpenAPI and metrics.
 */
class OrgServerTest {
    private static OrgServer server;
    private static ServedOrg served;
    private static Http http;

    @BeforeAll
    static void start() {
        served = ServedOrg.open(OrgExpert.bundled(), limits -> new FactsLoader(limits).load(Path.of("facts")), LocalDate.now(), false);
        server = OrgServer.create(ServeConfig.defaults().withPort(0).withRate(0)).start();
        server.ready(served, Map.of("facts", "facts", "watching", false));
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() {
        server.close();
        served.close();
    }

    @Test
    void healthAndReadinessAnswerOnceLoaded() {
        assertThat(http.get("/healthz").json().path("status").asText()).isEqualTo("ok");
        Http.Reply ready = http.get("/readyz");
        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.json().path("people").asInt()).isEqualTo(served.current().org().size());
    }

    @Test
    void aServerNotYetGivenItsFactsIsLiveButNotReady() {
        try (OrgServer s = OrgServer.create(ServeConfig.defaults().withPort(0)).start()) {
            Http h = new Http(s.port());
            assertThat(h.get("/healthz").status()).isEqualTo(200);
            assertThat(h.get("/readyz").status()).isEqualTo(503);
            Http.Reply q = h.get("/v1/people?q=li");
            assertThat(q.status()).isEqualTo(503);
            assertThat(q.errorCode()).isEqualTo("not_ready");
        }
    }

    @Test
    void theTopOfTheChartAndEachPersonsReportsComeAPageAtATime() {
        JsonNode top = http.get("/v1/org/top").json();
        List<String> roots = ids(top.path("roots"));
        assertThat(roots).isNotEmpty();
        for (String r : roots) assertThat(served.current().org().chainOfCommand(r).chain()).isEmpty();
        String boss = top.path("roots").get(0).path("id").asText();
        int reports = top.path("roots").get(0).path("reports").asInt();
        assertThat(reports).isEqualTo(served.current().org().directReports(boss).size()).isGreaterThan(1);
        JsonNode first = http.get("/v1/people/" + boss + "/reports?limit=1").json();
        assertThat(first.path("children")).hasSize(1);
        assertThat(first.path("total").asInt()).isEqualTo(reports);
        JsonNode rest = http.get("/v1/people/" + boss + "/reports?offset=1&limit=500").json();
        List<String> all = new ArrayList<>(ids(first.path("children")));
        all.addAll(ids(rest.path("children")));
        assertThat(all).containsExactlyElementsOf(served.current().org().directReports(boss));
    }

    @Test
    void searchFindsByIdNameTitleOrDepartmentUpToItsLimit() {
        JsonNode li = http.get("/v1/people?q=li").json();
        assertThat(li.path("people").get(0).path("id").asText()).as("the exact id first").isEqualTo("li");
        JsonNode byName = http.get("/v1/people?q=" + Http.enc("李明")).json();
        assertThat(ids(byName.path("people"))).contains("li");
        JsonNode one = http.get("/v1/people?q=" + Http.enc("经理") + "&limit=1").json();
        assertThat(one.path("people")).hasSize(1);
        assertThat(one.path("more").asBoolean()).isTrue();
    }

    @Test
    void aPersonsCardHasTheTitleAsReadAndTheirViolations() {
        JsonNode li = http.get("/v1/people/li").json();
        assertThat(li.path("title").asText()).isEqualTo("生产经理");
        assertThat(li.path("reading").path("rank").asText()).isEqualTo("MANAGER");
        assertThat(li.path("reading").path("confidence").asText()).isEqualTo("CERTAIN");
        String someone = served.current().org().violations().get(0).people().get(0);
        JsonNode card = http.get("/v1/people/" + Http.enc(someone)).json();
        assertThat(card.path("violations").size()).isEqualTo(served.current().org().violationsOf(someone).size()).isPositive();
    }

    @Test
    void errorsAreJsonWithAStableCodeAndNoStackTrace() {
        Http.Reply unknown = http.get("/v1/people/nobody");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.errorCode()).isEqualTo("unknown_person");
        assertThat(unknown.json().path("error").path("message").asText()).isEqualTo("no person with id 'nobody' in the facts");
        Http.Reply missing = http.get("/v1/senior?a=li");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.errorCode()).isEqualTo("bad_request");
        assertThat(missing.json().path("error").path("message").asText()).contains("missing b");
        Http.Reply typo = http.get("/v1/chain?person=li");
        assertThat(typo.status()).isEqualTo(400);
        assertThat(typo.json().path("error").path("message").asText()).contains("unknown parameter 'person'");
        Http.Reply none = http.get("/v1/nothing");
        assertThat(none.status()).isEqualTo(404);
        assertThat(none.errorCode()).isEqualTo("not_found");
        Http.Reply badLimit = http.get("/v1/people?q=li&limit=abc");
        assertThat(badLimit.status()).isEqualTo(400);
        for (Http.Reply r : List.of(unknown, missing, typo, none, badLimit)) {
            assertThat(r.header("Content-Type")).startsWith("application/json");
            assertThat(r.body()).doesNotContain("Exception", "\tat ");
        }
    }

    @Test
    void writesAreRefusedUnlessAllowed() {
        Http.Reply r = http.post("/v1/people/li", "{\"manager\": \"gm\"}");
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.errorCode()).isEqualTo("writes_disabled");
        assertThat(http.delete("/v1/people/li").status()).isEqualTo(403);
    }

    @Test
    void aQueryStringOrBodyPastTheLimitIsRefused() {
        Http.Reply longQuery = http.get("/v1/people?q=" + "x".repeat(5000));
        assertThat(longQuery.status()).isEqualTo(414);
        assertThat(longQuery.errorCode()).isEqualTo("query_too_long");
        Http.Reply big = http.post("/v1/people/li", "{\"title\": \"" + "x".repeat(70_000) + "\"}");
        assertThat(big.status()).isEqualTo(413);
        assertThat(big.errorCode()).isEqualTo("body_too_large");
    }

    @Test
    void theRateLimitAnswers429PastItsBudget() {
        try (OrgServer s = OrgServer.create(ServeConfig.defaults().withPort(0).withRate(5)).start()) {
            Http h = new Http(s.port());
            List<Integer> codes = new ArrayList<>();
            for (int i = 0; i < 20; i++) codes.add(h.get("/healthz").status());
            assertThat(codes).contains(200, 429);
            assertThat(codes.subList(0, 5)).containsOnly(200);
        }
    }

    @Test
    void withATokenEveryRequestButHealthAndThePageNeedsIt() {
        try (OrgServer s = OrgServer.create(ServeConfig.defaults().withPort(0).withToken("s3cret-token")).start()) {
            s.ready(served, Map.of());
            Http anon = new Http(s.port()), wrong = new Http(s.port(), "nope"), right = new Http(s.port(), "s3cret-token");
            assertThat(anon.get("/healthz").status()).isEqualTo(200);
            assertThat(anon.get("/").status()).isEqualTo(200);
            for (String p : List.of("/v1/people?q=li", "/v1/status", "/metrics", "/openapi.json", "/readyz", "/v1/check")) {
                assertThat(anon.get(p).status()).as(p).isEqualTo(401);
                assertThat(anon.get(p).errorCode()).as(p).isEqualTo("unauthorized");
                assertThat(wrong.get(p).status()).as(p).isEqualTo(401);
            }
            assertThat(right.get("/v1/people?q=li").status()).isEqualTo(200);
            assertThat(right.get("/readyz").status()).isEqualTo(200);
        }
    }

    @Test
    void corsIsOffUnlessAnOriginIsConfigured() {
        Http.Reply off = http.send(http.request("/healthz").header("Origin", "https://hr.example.com").GET());
        assertThat(off.header("Access-Control-Allow-Origin")).isNull();
        try (OrgServer s = OrgServer.create(ServeConfig.defaults().withPort(0).withCors(List.of("https://hr.example.com"))).start()) {
            Http h = new Http(s.port());
            Http.Reply on = h.send(h.request("/healthz").header("Origin", "https://hr.example.com").GET());
            assertThat(on.header("Access-Control-Allow-Origin")).isEqualTo("https://hr.example.com");
            Http.Reply other = h.send(h.request("/healthz").header("Origin", "https://evil.example").GET());
            assertThat(other.header("Access-Control-Allow-Origin")).isNull();
        }
    }

    @Test
    void thePageIsServedFromTheJarAndFetchesNothingFromOutside() {
        Http.Reply page = http.get("/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.header("Content-Security-Policy")).contains("default-src 'self'");
        assertThat(page.body()).contains("组织架构 Org chart", "提问 Ask", "违规 Violations", "职位 Titles");
        for (String f : List.of("/", "/app.js", "/style.css")) {
            String body = http.get(f).body();
            assertThat(body).as(f).isNotEmpty().doesNotContainPattern("(src|href)=\"https?://").doesNotContain("@import", "cdn");
        }
        assertThat(http.get("/app.js").body()).doesNotContain("innerHTML");
    }

    @Test
    void theOpenApiDocumentListsEveryQueryAndItsExplanation() {
        JsonNode doc = http.get("/openapi.json").json();
        assertThat(doc.path("openapi").asText()).startsWith("3.");
        assertThat(Routes.QUERIES.stream().map(Routes.Route::command).toList())
                .containsAll(org.orgrules.query.QueryParser.commands()).contains("ask");
        for (Routes.Route r : Routes.QUERIES) {
            JsonNode op = doc.path("paths").path("/v1/" + r.path()).path("get");
            assertThat(op.isMissingNode()).as(r.path()).isFalse();
            assertThat(ids(op.path("parameters"), "name")).containsExactlyElementsOf(r.params().stream().map(Routes.Param::name).toList());
            assertThat(doc.path("paths").has("/v1/explain/" + r.path())).as(r.path()).isTrue();
        }
        assertThat(doc.path("paths").has("/v1/people/{id}")).isTrue();
    }

    @Test
    void metricsCountRequestsByRouteAndSayHowManyPeopleAreLoaded() {
        http.get("/v1/people/li");
        http.get("/v1/people/nobody");
        String m = http.get("/metrics").body();
        assertThat(m).contains("orgrules_http_requests_total{endpoint=\"/v1/people/{id}\",method=\"GET\",status=\"200\"}",
                "orgrules_http_requests_total{endpoint=\"/v1/people/{id}\",method=\"GET\",status=\"404\"}",
                "orgrules_http_request_duration_seconds_bucket{endpoint=\"/v1/people/{id}\"",
                "orgrules_facts_people " + (double) served.current().org().size(), "orgrules_reloads_total{outcome=\"failed\"} 0");
        assertThat(m).doesNotContain("nobody");
    }

    static List<String> ids(JsonNode array) { return ids(array, "id"); }

    static List<String> ids(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : array) out.add(n.path(field).asText());
        return out;
    }
}
