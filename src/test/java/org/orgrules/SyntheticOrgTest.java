package org.orgrules;

import org.orgrules.view.Org;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orgrules.bench.SyntheticOrg;
import org.orgrules.model.Violation;

/** The benchmark's synthetic org: deterministic, deep enough, and its planted violations are found by the rules. */
class SyntheticOrgTest {
    /** The synthetic org written as {@code dir/org.csv} and loaded with the bundled rules. */
    static Org load(SyntheticOrg syn, Path dir) throws java.io.IOException {
        Path csv = dir.resolve("org.csv");
        syn.writeCsv(csv);
        return OrgExpert.bundled().load(csv);
    }

    @Test
    void theSameSeedGivesTheSameOrgAndAnotherSeedAnother() {
        assertThat(SyntheticOrg.generate(2000, 7).rows()).isEqualTo(SyntheticOrg.generate(2000, 7).rows());
        assertThat(SyntheticOrg.generate(2000, 7).rows()).isNotEqualTo(SyntheticOrg.generate(2000, 8).rows());
    }

    @Test
    void theRulesFindThePlantedViolationsAndInferTheUnnamedManagers(@TempDir Path dir) throws Exception {
        SyntheticOrg syn = SyntheticOrg.generate(5000, 42);
        Org org = load(syn, dir);
        Path csv = dir.resolve("org.csv");
        assertThat(org.loadProblems()).isEmpty();
        assertThat(org.size()).isEqualTo(syn.size());
        List<String> sources = org.violations().stream().map(Violation::message).toList();
        assertThat(sources).anyMatch(m -> m.contains("x-ghost"));
        assertThat(sources).anyMatch(m -> m.contains("reporting cycle"));
        assertThat(sources).anyMatch(m -> m.contains("names themselves"));
        assertThat(sources).anyMatch(m -> m.contains("Chief Wizard"));
        assertThat(sources).anyMatch(m -> m.contains("directors of TECHNICAL"));
        assertThat(sources).anyMatch(m -> m.contains("x-inverted") && m.contains("ranks lower"));
        assertThat(sources).anyMatch(m -> m.contains("x-across") && m.contains("company"));
        // chains are 6 to 8 lines deep at the bottom, and some manager lines were inferred (K2.3)
        int deepest = org.people().stream().mapToInt(p -> org.chainOfCommand(p.getId()).chain().size()).max().orElse(0);
        assertThat(deepest).isBetween(6, 8);
        assertThat(org.people()).anyMatch(p -> p.getManagerId() == null
                && org.managersOf(p.getId()).stream().anyMatch(l -> l.inferred()));
        assertThat(Files.readString(csv)).contains("技术总监").contains("Engineering Director");
    }
}
