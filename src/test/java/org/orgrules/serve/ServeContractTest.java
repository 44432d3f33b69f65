package org.orgrules.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.orgrules.OrgExpert;
import org.orgrules.cli.Main;
import org.orgrules.facts.FactsLoader;

/**
 * Every query endpoint answers with the JSON body {@code orgrules --json COMMAND} prints for the
 * same arguments over the same rules and facts, and the CLI's usage errors and unknown people come
 * back as 400 and 404 with the CLI's message.
 */
class ServeContractTest {
    private static OrgServer server;
    private static ServedOrg served;
    private static Http http;

    @BeforeAll
    static void start() {
        served = ServedOrg.open(OrgExpert.fromFolder(Path.of("rules")), // the folder the CLI reads
                limits -> new FactsLoader(limits).load(Path.of("facts")), LocalDate.now(), false);
        server = OrgServer.create(ServeConfig.defaults().withPort(0).withRate(0)).start();
        server.ready(served, Map.of());
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() {
        server.close();
        served.close();
    }

    /** A request and the CLI words that ask the same. */
    static Stream<org.junit.jupiter.params.provider.Arguments> queries() {
        return Stream.of(
                List.of("/v1/senior?a=li&b=zhang", "senior li zhang"),
                List.of("/v1/senior?a=" + Http.enc("产品经理") + "&b=" + Http.enc("技术总监"), "senior 产品经理 技术总监"),
                List.of("/v1/reports-to?a=li", "reports-to li"),
                List.of("/v1/reports-to?a=li&b=gm", "reports-to li gm"),
                List.of("/v1/chain?a=li", "chain li"),
                List.of("/v1/team?a=gm", "team gm"),
                List.of("/v1/team?a=gm&all=true", "team gm --all"),
                List.of("/v1/peers?a=li", "peers li"),
                List.of("/v1/check", "check"),
                List.of("/v1/directs?a=zhang", "directs zhang"),
                List.of("/v1/directed-by?a=li", "directed-by li"),
                List.of("/v1/approver?a=li&matter=" + Http.enc("生产计划"), "approver li 生产计划"),
                List.of("/v1/class?a=li", "class li"),
                List.of("/v1/owner?line=" + Http.enc("数控机床"), "owner 数控机床"),
                List.of("/v1/lines?a=wu", "lines wu"),
                List.of("/v1/kpis?a=grace", "kpis grace"),
                List.of("/v1/duties?a=" + Http.enc("生产总监"), "duties 生产总监"),
                List.of("/v1/titles", "titles"),
                List.of("/v1/ask?q=" + Http.enc("产品经理和技术总监哪个大?"), "ask 产品经理和技术总监哪个大?"),
                List.of("/v1/ask?q=" + Http.enc("Who does li report to?"), "ask Who does li report to?"),
                List.of("/v1/explain/senior?a=li&b=zhang", "explain senior li zhang"),
                List.of("/v1/explain/chain?a=li", "explain chain li"),
                List.of("/v1/explain/team?a=gm&all=1", "explain team gm --all"),
                List.of("/v1/explain/check", "explain check"),
                List.of("/v1/explain/ask?q=" + Http.enc("产品经理和技术总监哪个大?"), "explain ask 产品经理和技术总监哪个大?"),
                List.of("/v1/chain?a=nobody", "chain nobody"),
                List.of("/v1/senior?a=li&b=nobody", "senior li nobody"),
                List.of("/v1/ask?q=" + Http.enc("what is the weather?"), "ask what is the weather?"),
                List.of("/v1/approver?a=li&matter=" + Http.enc("月球基地"), "approver li 月球基地"))
                .map(l -> org.junit.jupiter.params.provider.Arguments.of(l.get(0), l.get(1)));
    }

    /**
     * {@code n} with each "reasons" list sorted by its text: the order of the reasons of one rule's
     * several firings (directs' departments) is the order a derivation found them in, which two
     * derivations of the same facts need not share. Everything else is compared as it is.
     */
    static JsonNode reasonsInOrder(JsonNode n) {
        if (n.isObject()) {
            com.fasterxml.jackson.databind.node.ObjectNode o = (com.fasterxml.jackson.databind.node.ObjectNode) n.deepCopy();
            for (var it = o.fields(); it.hasNext(); ) {
                var e = it.next();
                JsonNode v = reasonsInOrder(e.getValue());
                if (e.getKey().equals("reasons") && v.isArray()) {
                    List<JsonNode> items = new ArrayList<>();
                    v.forEach(items::add);
                    items.sort(java.util.Comparator.comparing(JsonNode::toString));
                    v = Http.JSON.createArrayNode().addAll(items);
                }
                e.setValue(v);
            }
            return o;
        }
        if (n.isArray()) {
            com.fasterxml.jackson.databind.node.ArrayNode a = Http.JSON.createArrayNode();
            n.forEach(x -> a.add(reasonsInOrder(x)));
            return a;
        }
        return n;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void theBodyIsTheCliJson(String path, String words) throws IOException {
        List<String> args = new ArrayList<>(List.of("--json"));
        String[] w = words.split(" ", words.startsWith("ask ") || words.startsWith("explain ask ") ? (words.startsWith("ask") ? 2 : 3) : -1);
        args.addAll(List.of(w));
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = Main.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        Http.Reply r = http.get(path);
        if (code <= 1) {
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            assertThat(reasonsInOrder(r.json())).isEqualTo(reasonsInOrder(Http.JSON.readTree(out.toString())));
            assertThat(r.header("X-Orgrules-Exit")).isEqualTo(Integer.toString(code));
        } else {
            JsonNode e = r.json().path("error");
            assertThat(r.status()).as(r.body()).isIn(400, 404);
            assertThat(e.path("code").asText()).isIn("bad_request", "unknown_person", "unknown_subject");
            assertThat("orgrules: " + e.path("message").asText()).isEqualTo(err.toString().strip());
        }
    }
}
