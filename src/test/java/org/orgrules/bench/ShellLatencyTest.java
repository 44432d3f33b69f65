package org.orgrules.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shell latency measurement drives a real {@code orgrules shell} process and reports every answer (no timing checks). */
class ShellLatencyTest {
    @Test
    void aShellDrivenAsACoProcessAnswersEveryLineAndTheFiguresAreOrdered(@TempDir Path dir) throws Exception {
        SyntheticOrg org = SyntheticOrg.generate(1_000, 7);
        Path csv = dir.resolve("org.csv");
        org.writeCsv(csv);
        List<String> ids = org.rows().stream().map(SyntheticOrg.Row::id).toList();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> orgrules = List.of(java, "-cp", System.getProperty("java.class.path"),
                "org.orgrules.cli.Main");

        Map<String, Object> r = ShellLatency.run(orgrules, Path.of("rules"), csv, ids, 400, 3);

        assertThat(r.get("answers")).isEqualTo(400);
        assertThat(r.get("errors")).isEqualTo(0);
        double p50 = (double) r.get("p50_ms"), p99 = (double) r.get("p99_ms"), max = (double) r.get("max_ms");
        assertThat(p50).isPositive().isLessThanOrEqualTo(p99);
        assertThat(p99).isLessThanOrEqualTo(max);
        assertThat((long) r.get("load_ms")).isPositive();
    }
}
