package org.orgrules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.orgrules.model.Progress;

/** The CLI shows progress on stderr only when the launcher says stderr is a terminal, as one line rewritten in place. */
class ProgressLineTest {

    @Test
    void withoutATerminalThereIsNoProgressLine() {
        String before = System.getProperty("orgrules.stderr.terminal");
        System.clearProperty("orgrules.stderr.terminal");
        try {
            if (System.getenv("ORGRULES_PROGRESS") == null) {
                assertThat(ProgressLine.forStderr(new PrintWriter(new StringWriter()))).isSameAs(Progress.NONE);
            }
        } finally {
            if (before != null) System.setProperty("orgrules.stderr.terminal", before);
        }
    }

    @Test
    void onATerminalTheLineIsRewrittenInPlaceAndEndedOnce() {
        String before = System.getProperty("orgrules.stderr.terminal");
        System.setProperty("orgrules.stderr.terminal", "true");
        try {
            StringWriter err = new StringWriter();
            Progress p = ProgressLine.forStderr(new PrintWriter(err));
            if (System.getenv("ORGRULES_PROGRESS") != null && !System.getenv("ORGRULES_PROGRESS").equals("1")) return;
            p.update(Progress.Stage.ROWS_READ, 100_000, 1_200);
            p.update(Progress.Stage.ROWS_READ, 200_000, 2_400);
            p.update(Progress.Stage.RULES_FIRED, 100_000, 3_050);
            ProgressLine.finish(p);
            ProgressLine.finish(p);
            assertThat(err.toString()).isEqualTo("\rorgrules: 100,000 people read, 1.2 s"
                    + "\rorgrules: 200,000 people read, 2.4 s"
                    + "\rorgrules: 200,000 people read, 100,000 rules fired, 3.1 s" + System.lineSeparator());
        } finally {
            if (before == null) System.clearProperty("orgrules.stderr.terminal");
            else System.setProperty("orgrules.stderr.terminal", before);
        }
    }

    @Test
    void aCliCallThatShowsNoProgressWritesNothingOfItToStdout() {
        Cli c = Cli.run("--json", "senior", "生产总监", "生产经理");
        assertThat(c.code()).isZero();
        assertThat(c.out()).doesNotContain("people read").doesNotContain("\r");
        assertThat(c.json().get("answer").asText()).isEqualTo("FIRST_SENIOR");
    }
}
