package org.orgrules.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orgrules.view.Org;
import org.orgrules.OrgExpert;
import org.orgrules.model.Person;

/** Dated rows and further lines survive CSV, JSON and YAML → orgrules → the same format: every version, every line. */
class DatedExportRoundTripTest {
    private static final Path HISTORY = Path.of("src/test/resources/dated/history.csv");

    static List<String> rows(Org org) {
        return org.rows().stream().map(p -> String.join("|", p.getId(), p.getTitle(), String.valueOf(p.getManagerId()),
                String.valueOf(p.getFrom()), String.valueOf(p.getTo()), p.getLines().toString())).toList();
    }

    @Test
    void everyVersionAndLineSurvivesTheTripWhateverTheDay(@TempDir Path dir) throws Exception {
        OrgExpert expert = OrgExpert.bundled();
        Org original = expert.load(HISTORY, LocalDate.of(2026, 8, 1));
        assertThat(original.people()).extracting(Person::getId).containsExactly("boss", "pd", "li");
        assertThat(original.rows()).hasSize(5);
        for (OrgExport.Format f : OrgExport.Format.values()) {
            Path out = dir.resolve("out." + f.name().toLowerCase());
            OrgExport.write(original, f, out);
            Org again = expert.load(out, LocalDate.of(2026, 8, 1));
            assertThat(again.loadProblems()).as(f.name()).isEmpty();
            assertThat(rows(again)).as(f.name()).isEqualTo(rows(original));
            assertThat(OrgExport.write(again, f)).as(f.name()).isEqualTo(OrgExport.write(original, f));
            assertThat(again.managersOf("li")).hasSize(3);
        }
        assertThat(OrgExport.write(original, OrgExport.Format.CSV)).startsWith(
                "id,name,title,department,company,manager_id,manager_inferred,from,to,dotted_manager,acting_manager\n");
    }
}
