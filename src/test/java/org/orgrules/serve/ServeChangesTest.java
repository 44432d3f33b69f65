package org.orgrules.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orgrules.OrgExpert;
import org.orgrules.facts.FactsLoader;

/**
 * Changes as they happen, through a running server on 127.0.0.1: an edit of the facts or the rules is
 * picked up and swapped in, a broken rule keeps the previous version answering and is reported at
 * /v1/status by file:line, and with writes on one person is changed and restored over HTTP.
 */
class ServeChangesTest {
    private static final String HEADER = "id,name,title,department,company,manager_id\n";
    private static final String ROWS = HEADER + "ceo,Chen,总经理,总经理办公室,Acme,\n" + "pm,Pan,产品经理,产品部,Acme,ceo\n"
            + "td,Tang,技术总监,技术部,Acme,ceo\n" + "dev,Du,工程师,技术部,Acme,td\n";

    static Path copyRules(Path dir) throws IOException {
        Path rules = dir.resolve("rules");
        try (Stream<Path> files = Files.walk(Path.of("rules"))) {
            for (Path p : files.toList()) {
                Path to = rules.resolve(Path.of("rules").relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(to);
                else Files.copy(p, to);
            }
        }
        return rules;
    }

    private static JsonNode await(Http http, String path, Predicate<JsonNode> until) throws InterruptedException {
        long end = System.nanoTime() + 120_000_000_000L;
        JsonNode last = null;
        while (System.nanoTime() < end) {
            last = http.get(path).json();
            if (until.test(last)) return last;
            Thread.sleep(200);
        }
        throw new AssertionError("waited 120 s for " + path + ", last: " + last);
    }

    @Test
    void editsOfTheFactsAndTheRulesAreSwappedInAndABrokenRuleKeepsThePreviousVersion(@TempDir Path dir) throws Exception {
        Path rules = copyRules(dir);
        Path facts = dir.resolve("people.csv");
        Files.writeString(facts, ROWS);
        OrgExpert expert = OrgExpert.builder().rulesFolder(rules).noCache().build();
        try (ServedOrg served = ServedOrg.open(expert, l -> new FactsLoader(l).load(facts), LocalDate.now(), false)
                .watch(java.util.List.of(facts));
                OrgServer server = OrgServer.create(ServeConfig.defaults().withPort(0).withRate(0)).start()) {
            server.ready(served, Map.of("facts", facts.toString(), "watching", true));
            Http http = new Http(server.port());
            assertThat(http.get("/readyz").json().path("people").asInt()).isEqualTo(4);

            Files.writeString(facts, ROWS + "qa,Qi,测试工程师,技术部,Acme,td\n");
            JsonNode v2 = await(http, "/readyz", r -> r.path("people").asInt() == 5);
            assertThat(v2.path("version").asInt()).isEqualTo(2);
            assertThat(http.get("/v1/people/td/reports").json().path("total").asInt()).isEqualTo(2);

            Files.writeString(rules.resolve("broken.drl"), "package org.orgrules.rules;\nrule \"half\"\nwhen\n  Person( id == )\nthen\nend\n");
            JsonNode refused = await(http, "/v1/status", s -> s.path("reloads").path("failed").asInt() >= 1);
            assertThat(refused.path("version").asInt()).as("the previous version still answers").isEqualTo(2);
            JsonNode problem = refused.path("lastReload").path("problems").get(0);
            assertThat(problem.path("file").asText()).endsWith("broken.drl");
            assertThat(problem.path("line").asInt()).isPositive();
            assertThat(http.get("/v1/people/qa").status()).isEqualTo(200);

            Files.delete(rules.resolve("broken.drl"));
            JsonNode v3 = await(http, "/v1/status", s -> s.path("version").asInt() == 3);
            assertThat(v3.path("lastReload").path("reloaded").asBoolean()).isTrue();
            assertThat(http.get("/metrics").body()).contains("orgrules_reloads_total{outcome=\"ok\"} 2.0",
                    "orgrules_reloads_total{outcome=\"failed\"} 1.0", "orgrules_facts_version 3.0");
        }
    }

    @Test
    void whatTheLoadSetAsideIsListedAtStatus(@TempDir Path dir) throws Exception {
        Path facts = dir.resolve("people.csv");
        Files.writeString(facts, "id,name,title,department,company,manager_id,status\n"
                + "ceo,Chen,总经理,总经理办公室,Acme,,Active\n" + "pm,Pan,产品经理,产品部,Acme,ceo,Left\n");
        try (ServedOrg served = ServedOrg.open(OrgExpert.bundled(), l -> new FactsLoader(l).load(facts), LocalDate.now(), false);
                OrgServer server = OrgServer.create(ServeConfig.defaults().withPort(0)).start()) {
            server.ready(served, Map.of());
            Http http = new Http(server.port());
            JsonNode status = http.get("/v1/status").json();
            assertThat(status.path("people").asInt()).isEqualTo(1);
            assertThat(status.path("notices").get(0).asText()).contains("set aside", "Left", "(pm)");
            assertThat(http.get("/v1/people/pm").errorCode()).isEqualTo("unknown_person");
        }
    }

    @Test
    void withWritesAPersonIsChangedAndRestoredAndTheAnswersFollow(@TempDir Path dir) throws Exception {
        Path facts = dir.resolve("people.csv");
        Files.writeString(facts, ROWS);
        try (ServedOrg served = ServedOrg.open(OrgExpert.bundled(), l -> new FactsLoader(l).load(facts), LocalDate.now(), true);
                OrgServer server = OrgServer.create(ServeConfig.defaults().withPort(0).withWrites(true)).start()) {
            server.ready(served, Map.of());
            Http http = new Http(server.port());
            Http.Reply moved = http.post("/v1/people/dev", "{\"manager\": \"pm\", \"title\": \"高级工程师\"}");
            assertThat(moved.status()).isEqualTo(200);
            assertThat(moved.json().path("person").path("manager").asText()).isEqualTo("pm");
            assertThat(moved.json().path("person").path("title").asText()).isEqualTo("高级工程师");
            assertThat(OrgServerTest.ids(http.get("/v1/people/pm/reports").json().path("children"))).containsExactly("dev");
            assertThat(http.get("/v1/people/td/reports").json().path("total").asInt()).isZero();

            Http.Reply restored = http.delete("/v1/people/dev");
            assertThat(restored.status()).isEqualTo(200);
            assertThat(restored.json().path("person").path("manager").asText()).isEqualTo("td");
            assertThat(OrgServerTest.ids(http.get("/v1/people/td/reports").json().path("children"))).containsExactly("dev");

            assertThat(http.post("/v1/people/nobody", "{\"manager\": \"pm\"}").errorCode()).isEqualTo("unknown_person");
            assertThat(http.post("/v1/people/dev", "{\"salary\": 1}").errorCode()).isEqualTo("bad_request");
            assertThat(http.post("/v1/people/dev", "not json").errorCode()).isEqualTo("bad_request");
            assertThat(http.get("/metrics").body()).contains("orgrules_person_updates_total 2.0");
        }
    }
}
