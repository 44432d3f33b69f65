package org.orgrules.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orgrules.view.Org;
import org.orgrules.OrgExpert;
import org.orgrules.model.Person;

/** CSV → orgrules → CSV (and JSON, YAML) loses nothing; inferred lines are marked, not made facts. */
class ExportRoundTripTest {
    static OrgExpert expert;

    @BeforeAll
    static void rules() {
        expert = OrgExpert.bundled();
    }

    /** Everything a person is as a fact: what must survive the trip. */
    static List<String> facts(Org org) {
        return org.people().stream().map(p -> String.join("|", p.getId(), p.getName(), p.getTitle(), p.getDepartment(),
                p.getCompany(), String.valueOf(p.getManagerId()))).toList();
    }

    @Test
    void csvRoundTripOfTheSampleOrgLosesNothing(@TempDir Path dir) throws Exception {
        Org original = expert.load(Path.of("facts"));
        String csv = OrgExport.write(original, OrgExport.Format.CSV);
        Path file = dir.resolve("out.csv");
        OrgExport.write(original, OrgExport.Format.CSV, file);

        Org again = expert.load(file);

        assertThat(again.loadProblems()).isEmpty();
        assertThat(facts(again)).isEqualTo(facts(original)).hasSize(original.size());
        assertThat(OrgExport.write(again, OrgExport.Format.CSV)).isEqualTo(csv);
        // the same findings (their messages name other files)
        assertThat(again.violations().stream().map(v -> v.rule() + v.people()).toList())
                .isEqualTo(original.violations().stream().map(v -> v.rule() + v.people()).toList());
    }

    @Test
    void awkwardValuesSurviveTheTrip(@TempDir Path dir) throws Exception {
        Path in = Files.writeString(dir.resolve("in.csv"), """
                id,name,title,department,company,manager_id,notes
                a,"Smith, ""Jo""\",=CEO,"R&D, Lab",Acme <Ltd>,,ignored
                b,李雷,产品经理,产品部,Acme <Ltd>,a,
                c,,Clerk,,,,
                """);
        Org original = expert.load(in);
        Path out = dir.resolve("out.csv");
        OrgExport.write(original, OrgExport.Format.CSV, out);

        Org again = expert.load(out);

        assertThat(again.loadProblems()).isEmpty();
        assertThat(facts(again)).isEqualTo(facts(original));
        assertThat(Files.readString(out)).contains("a,\"Smith, \"\"Jo\"\"\",=CEO,\"R&D, Lab\",Acme <Ltd>,,\n");
    }

    @Test
    void inferredManagersAreMarkedAndNotReadBackAsFacts() {
        Org org = expert.load(Path.of("facts"));
        Person li = org.person("li").orElseThrow();
        assertThat(li.getManagerId()).isNull();

        String csv = OrgExport.write(org, OrgExport.Format.CSV);

        assertThat(csv).startsWith("id,name,title,department,company,manager_id,manager_inferred\n");
        String liRow = csv.lines().filter(l -> l.startsWith("li,")).findFirst().orElseThrow();
        assertThat(liRow).endsWith(",," + String.join(" ", OrgExport.inferredManagers(org, "li")));
        assertThat(OrgExport.inferredManagers(org, "li")).contains("zhang");
    }

    @Test
    void jsonAndYamlRoundTripsLoseNothing(@TempDir Path dir) throws Exception {
        Org original = expert.load(Path.of("facts"));
        for (OrgExport.Format f : OrgExport.Format.values()) {
            Path file = dir.resolve("out." + f.name().toLowerCase());
            OrgExport.write(original, f, file);

            Org again = expert.load(file);

            assertThat(again.loadProblems()).as(f.name()).isEmpty();
            assertThat(facts(again)).as(f.name()).isEqualTo(facts(original));
        }
        assertThat(Files.readString(dir.resolve("out.json"))).contains("\"manager_inferred\" : [ \"zhang\"");
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("out.csv", "out.json", "out.yaml");
        }
    }
}
