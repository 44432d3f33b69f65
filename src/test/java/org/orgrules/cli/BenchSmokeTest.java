package org.orgrules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** CI smoke run of {@code orgrules bench} at 10 k people: it works and prints the agreed JSON (no timing checks). */
class BenchSmokeTest {
    @Test
    void benchAtTenThousandPrintsOneJsonObjectOfTheAgreedShape() {
        Cli r = Cli.run("--json", "bench", "--sizes", "10000", "--queries", "500", "--thread-ms", "100");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode runs = r.json().get("runs");
        assertThat(runs.isArray()).isTrue();
        assertThat(runs).hasSize(1);
        JsonNode run = runs.get(0);
        assertThat(run.get("people").asInt()).isBetween(10_000, 10_020);
        for (String k : new String[] {"kbase_build_ms", "load_fire_ms", "reload_fire_ms", "heap_mb", "update_ms"}) {
            assertThat(run.get(k)).as(k).isNotNull();
            assertThat(run.get(k).isNumber()).as(k).isTrue();
        }
        for (String q : new String[] {"reports_to", "senior", "chain", "team_all"}) {
            JsonNode n = run.get("queries").get(q);
            assertThat(n).as(q).isNotNull();
            for (String k : new String[] {"p50_us", "p99_us", "baseline_p99_us"}) {
                assertThat(n.get(k).isNumber()).as(q + "." + k).isTrue();
            }
            assertThat(n.get("p99_us").asDouble()).as(q).isGreaterThanOrEqualTo(n.get("p50_us").asDouble());
        }
        assertThat(run.get("queries").get("team_all").get("subtree_people").asInt()).isGreaterThan(100);
        for (String t : new String[] {"1", "2", "4", "8"}) assertThat(run.get("threads").get(t).asLong()).as(t).isPositive();
        assertThat(run.get("reload_same_answers").asBoolean()).as("a reload answers as the first load").isTrue();
        // the planted violations were found by the rules
        assertThat(run.get("violations").asInt()).isGreaterThanOrEqualTo(6);
        assertThat(run.get("update").get("moved_reports_to_new_manager").asBoolean()).isTrue();
        // the live session's heap is what opening it adds, not the bench's whole heap (which holds its own copy of the org)
        JsonNode u = run.get("update");
        assertThat(u.get("live_bytes_per_person").asLong()).isPositive();
        assertThat(u.get("live_heap_mb").asDouble()).isPositive().isLessThan(u.get("heap_used_mb").asDouble());
    }

    @Test
    void aSizeTooSmallIsAUsageError() {
        Cli r = Cli.run("bench", "--sizes", "50");
        assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).contains("at least 200");
    }

    @Test
    void oneCallRunsOutOfRangeAreAUsageError() {
        Cli r = Cli.run("bench", "--one-call", "--runs", "0");
        assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).contains("--runs must be 1..50");
    }
}
