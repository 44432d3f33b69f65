package org.orgrules.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orgrules.model.Progress;

/** A long load tells its progress listener every 100,000 people read, and a failing listener costs nothing. */
class LoadProgressTest {

    @Test
    void aLoadOfMoreThanAHundredThousandPeopleReportsEveryHundredThousandRead(@TempDir Path dir) throws Exception {
        Path csv = write(dir.resolve("people.csv"), 250_000);
        List<long[]> seen = new ArrayList<>();
        LoadResult r = new FactsLoader(LoadLimits.defaults())
                .withProgress((stage, count, ms) -> {
                    assertThat(stage).isEqualTo(Progress.Stage.ROWS_READ);
                    seen.add(new long[] {count, ms});
                })
                .load(csv);
        assertThat(r.people()).hasSize(250_000);
        assertThat(seen).extracting(s -> s[0]).containsExactly(100_000L, 200_000L);
        assertThat(seen).allMatch(s -> s[1] >= 0);
    }

    @Test
    void aSmallLoadSaysNothing(@TempDir Path dir) throws Exception {
        Path csv = write(dir.resolve("people.csv"), 99_999);
        List<Long> seen = new ArrayList<>();
        new FactsLoader(LoadLimits.defaults()).withProgress((stage, count, ms) -> seen.add(count)).load(csv);
        assertThat(seen).isEmpty();
    }

    @Test
    void aListenerThatThrowsLosesNoRow(@TempDir Path dir) throws Exception {
        Path csv = write(dir.resolve("people.csv"), 120_000);
        LoadResult r = new FactsLoader(LoadLimits.defaults())
                .withProgress((stage, count, ms) -> { throw new IllegalStateException("display gone"); })
                .load(csv);
        assertThat(r.people()).hasSize(120_000);
        assertThat(r.problems()).isEmpty();
    }

    private static Path write(Path file, int rows) throws Exception {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("id,name,title,department,company,manager_id\n");
            for (int i = 0; i < rows; i++) {
                w.write("p" + i + ",Person " + i + ",Engineer,R&D,Acme," + (i == 0 ? "" : "p" + (i - 1) / 10) + "\n");
            }
        }
        return file;
    }
}
