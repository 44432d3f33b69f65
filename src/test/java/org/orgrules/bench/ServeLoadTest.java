package org.orgrules.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The load test of {@code orgrules serve}, small: clients on 127.0.0.1 get the facade's answer to
 * every query while the rules are edited and reloaded under them (figures: BENCHMARKS.md).
 */
class ServeLoadTest {
    @Test
    void everyAnswerIsTheFacadesWhileTheRulesAreReloaded(@TempDir Path work) throws Exception {
        StringWriter log = new StringWriter();
        Map<String, Object> r = ServeLoad.run(Path.of("rules"), 1000, 7, 2, 2, 1, work, new PrintWriter(log));
        assertThat(r.get("problems")).as(log.toString()).isEqualTo(java.util.List.of());
        assertThat(((Number) r.get("requests")).longValue()).isPositive();
        assertThat(r.get("wrong")).isEqualTo(0L);
        assertThat(r.get("failed")).isEqualTo(0L);
        assertThat(r.get("reloads")).as(log.toString()).isEqualTo(1);
        assertThat(r.get("final_version")).isEqualTo(2L);
        assertThat(log.toString()).contains("reload 1: version 2");
    }
}
