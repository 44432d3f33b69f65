package org.orgrules.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orgrules.view.Org;
import org.orgrules.OrgExpert;
import org.orgrules.model.Answer;
import org.orgrules.model.Chain;

/**
 * A chain of command a million levels deep (p0 at the top, p{i} reports to p{i-1}): every query
 * answers, nothing recurses. The timeouts only guard against a hang; they are not speed targets.
 */
@Tag("scale")
class DeepChainTest {
    static final int DEPTH = 1_000_000;
    @TempDir static Path dir;
    static Path file;
    static Org org;

    @BeforeAll
    static void load() throws Exception {
        file = dir.resolve("deep.csv");
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("id,name,title,department,company,manager_id\n");
            for (int i = 0; i < DEPTH; i++) {
                w.write("p" + i + ",P" + i + "," + (i == 0 ? "总经理" : "Engineer") + ",R&D,Acme," + (i == 0 ? "" : "p" + (i - 1)) + "\n");
            }
        }
        org = assertTimeoutPreemptively(Duration.ofMinutes(5), () -> OrgExpert.bundled().load(file));
    }

    @AfterAll
    static void release() {
        org = null;     // a million people: let the next test class have the heap
    }

    @Test
    void theChainOfTheLowestPersonNamesEveryoneAboveOnce() {
        Chain c = org.chainOfCommand("p" + (DEPTH - 1));
        assertThat(c.cycle()).isFalse();
        assertThat(c.chain()).hasSize(DEPTH - 1);
        assertThat(c.chain().get(0)).isEqualTo("p" + (DEPTH - 2));
        assertThat(c.chain().get(DEPTH - 2)).isEqualTo("p0");
    }

    @Test
    void reportsToFindsTheTopAMillionLevelsUp() {
        assertThat(org.reportsTo("p" + (DEPTH - 1), "p0").answer()).isTrue();
        assertThat(org.reportsTo("p0", "p" + (DEPTH - 1)).answer()).isFalse();
        assertThat(org.allReports("p0")).hasSize(DEPTH - 1);
    }

    @Test
    void theTopIsSeniorByTheChainOfCommand() {
        assertThat(org.whoIsSenior("p0", "p" + (DEPTH - 1)).answer()).isEqualTo(Answer.FIRST_SENIOR);
        assertThat(org.whoIsSenior("p" + (DEPTH - 1), "p1").answer()).isEqualTo(Answer.SECOND_SENIOR);
    }
}
