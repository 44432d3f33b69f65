package org.orgrules.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.orgrules.facts.Loads.problems;

import java.nio.file.Path;
import java.util.HashSet;
import org.junit.jupiter.api.Test;

class CsvYamlEquivalenceTest {

    @Test
    void sameOrgInCsvAndYamlLoadsToEqualPeopleIgnoringOrigin() throws Exception {
        LoadResult csv = Loads.LOADER.load(Path.of(getClass().getResource("/facts/same-org.csv").toURI()));
        LoadResult yaml = Loads.LOADER.load(Path.of(getClass().getResource("/facts/same-org.yaml").toURI()));

        assertThat(problems(csv)).isEmpty();
        assertThat(problems(yaml)).isEmpty();
        assertThat(csv.people()).hasSize(8);
        // Person.equals compares every field but the origin
        assertThat(new HashSet<>(csv.people())).isEqualTo(new HashSet<>(yaml.people()));
        assertThat(csv.people().get(0).getOrigin()).endsWith("same-org.csv:2");
        assertThat(yaml.people().get(0).getOrigin()).endsWith("same-org.yaml:5");
    }
}
