package org.orgrules.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orgrules.model.Person;

/** A million rows load whole, with their line numbers, sharing repeated strings (speed is measured by bench, not here). */
@Tag("scale")
class LargeFileTest {

    @Test
    void aMillionCsvRowsLoadWithTheirLineNumbersAndSharedStrings(@TempDir Path dir) throws Exception {
        Path warmUp = write(dir.resolve("warm-up.csv"), 200_000);
        Path file = write(dir.resolve("big.csv"), 1_000_000);
        FactsLoader loader = new FactsLoader(LoadLimits.defaults());
        assertThat(loader.load(warmUp).people()).hasSize(200_000);

        LoadResult r = loader.load(file);

        assertThat(r.problems()).isEmpty();
        assertThat(r.people()).hasSize(1_000_000);
        Person last = r.people().get(999_999);
        assertThat(last.getId()).isEqualTo("p999999");
        assertThat(last.getManagerId()).isEqualTo("p99999");
        assertThat(last.getOrigin()).isEqualTo(file + ":1000001");
        // repeated values are shared, not copied a million times
        assertThat(r.people().get(6).getTitle()).isSameAs(r.people().get(0).getTitle());
    }

    @Test
    void aManagerIdNoOneHasLeavesTheOthersOfAManyTimesSharedNameAlone(@TempDir Path dir) throws Exception {
        // 300,000 people with one of three names, one of them naming a manager no one is: the look-up of
        // managers by name (Odoo) runs, and costs a hash look-up per person (it once scanned each name's
        // list per person: 3e10 comparisons here)
        Path file = dir.resolve("names.csv");
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("id,name,title,department,company,manager_id\n");
            for (int i = 0; i < 300_000; i++) {
                w.write("p" + i + "," + (i % 3 == 0 ? "王伟" : i % 3 == 1 ? "Li Na" : "张敏") + ",Engineer,R&D,Acme,"
                        + (i == 0 ? "" : i == 7 ? "nobody-77" : "p" + (i / 10)) + "\n");
            }
        }

        LoadResult r = new FactsLoader(LoadLimits.defaults()).load(file);

        assertThat(r.problems()).isEmpty();
        assertThat(r.people()).hasSize(300_000);
        assertThat(r.people().get(7).getManagerId()).isEqualTo("nobody-77");
        assertThat(r.people().get(299_999).getManagerId()).isEqualTo("p29999");
    }

    private static Path write(Path file, int rows) throws Exception {
        String[] titles = {"生产经理", "Product Manager", "程序员", "车间操作工", "Engineer", "产品总监"};
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("id,name,title,department,company,manager_id\n");
            for (int i = 0; i < rows; i++) {
                w.write("p" + i + ",Person " + i + "," + titles[i % 6] + ",Dept " + (i % 50) + ",Company " + (i % 3) + ","
                        + (i == 0 ? "NO_MGR" : "p" + (i / 10)) + "\n");
            }
        }
        return file;
    }
}
