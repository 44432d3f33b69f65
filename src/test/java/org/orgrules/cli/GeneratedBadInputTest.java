package org.orgrules.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.BufferedWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The corpus cases too big to commit, generated into a temp folder: a 10 MB value (CSV and YAML),
 * and a chain of command a million levels deep asked through the CLI. Timeouts guard against a hang only.
 */
class GeneratedBadInputTest {
    static final int TEN_MB = 10 << 20;
    static final String HEADER = "id,name,title,department,company,manager_id\n";

    @Test
    void aTenMegabyteCsvValueSkipsOnlyItsRow(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("huge-field.csv");
        try (BufferedWriter w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
            w.write(HEADER + "gm,GM,总经理,,华夏,\nbig,");
            for (int i = 0; i < TEN_MB / 1024; i++) w.write("x".repeat(1024));
            w.write(",Engineer,,华夏,gm\nwang,王芳,工程师,生产部,华夏,gm\n");
        }

        Cli c = assertTimeoutPreemptively(Duration.ofMinutes(2), () -> Cli.run("--facts", f.toString(), "--json", "team", "--all", "gm"));

        assertThat(c.err().lines()).containsExactly(f + ":3: this row is too long: a value is over the limit of 10000 characters"
                + " (LoadLimits.maxFieldChars); the row was skipped – raise it with --max-field-chars (LoadLimits.maxFieldChars) if the value is right; reading went on at line 4");
        assertThat(c.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(c.json().get("reports").toString()).isEqualTo("[\"wang\"]");
    }

    @Test
    void aTenMegabyteQuotedCsvValueSkipsOnlyItsRow(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("huge-quoted.csv");
        try (BufferedWriter w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
            w.write(HEADER + "gm,GM,总经理,,华夏,\nbig,\"");
            for (int i = 0; i < TEN_MB / 1024; i++) w.write("y,".repeat(512));
            w.write("\",Engineer,,华夏,gm\nwang,王芳,工程师,生产部,华夏,gm\n");
        }

        Cli c = assertTimeoutPreemptively(Duration.ofMinutes(2), () -> Cli.run("--facts", f.toString(), "--json", "team", "--all", "gm"));

        assertThat(c.err().lines()).containsExactly(f + ":3: unbalanced quote, or a quoted value over the limit of 10000 characters"
                + " (LoadLimits.maxFieldChars): a quoted value that starts in this row is not closed within the limit;"
                + " the row was skipped; reading went on at line 4");
        assertThat(c.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(c.json().get("reports").toString()).isEqualTo("[\"wang\"]");
    }

    @Test
    void aTenMegabyteYamlValueSkipsOnlyItsPerson(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("huge-field.yaml");
        try (BufferedWriter w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
            w.write("company: 华夏\npeople:\n  - {id: gm, title: 总经理}\n  - id: big\n    title: Engineer\n    name: ");
            for (int i = 0; i < TEN_MB / 1024; i++) w.write("z".repeat(1024));
            w.write("\n    manager: gm\n  - {id: wang, title: 工程师, manager: gm}\n");
        }

        Cli c = assertTimeoutPreemptively(Duration.ofMinutes(2), () -> Cli.run("--facts", f.toString(), "--json", "team", "--all", "gm"));

        assertThat(c.err().lines()).containsExactly(f + ":6: the 'name' is " + TEN_MB + " characters long, over the limit of 10000"
                + " (LoadLimits.maxFieldChars); this person was skipped – raise it with --max-field-chars (LoadLimits.maxFieldChars) if the value is right");
        assertThat(c.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(c.json().get("reports").toString()).isEqualTo("[\"wang\"]");
    }

    @Test
    void aTwentyOneMillionCharacterJsonStringSkipsOnlyItsPersonWithItsLine(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("huge-string.json");
        try (BufferedWriter w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
            w.write("[\n  {\"id\": \"gm\", \"title\": \"总经理\"},\n  {\"id\": \"big\", \"title\": \"Engineer\", \"manager\": \"gm\", \"name\": \"");
            for (int i = 0; i < 21_000; i++) w.write("n".repeat(1000));
            w.write("\"},\n  {\"id\": \"wang\", \"title\": \"工程师\", \"manager\": \"gm\"}\n]\n");
        }

        Cli c = assertTimeoutPreemptively(Duration.ofMinutes(2), () -> Cli.run("--facts", f.toString(), "--json", "team", "--all", "gm"));

        assertThat(c.err().lines()).containsExactly(f + ":3: the value of 'name' is 21000000 characters long, over the limit of 10000"
                + " (LoadLimits.maxFieldChars); this row was skipped – raise it with --max-field-chars (LoadLimits.maxFieldChars) if the value is right");
        assertThat(c.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(c.json().get("reports").toString()).isEqualTo("[\"wang\"]");
    }

    @Test
    void anLdifAttributeFoldedOverHalfAMillionLinesLoads(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("folded.ldif");
        try (BufferedWriter w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
            w.write("dn: uid=gm,o=Acme\nuid: gm\ntitle: 总经理\n\ndn: uid=li,o=Acme\nuid: li\ntitle: 工程师\ndescription: a\n");
            for (int i = 0; i < 500_000; i++) w.write(" b\n");
            w.write("manager: uid=gm,o=Acme\n");
        }

        Cli c = assertTimeoutPreemptively(Duration.ofMinutes(2), () -> Cli.run("--facts", f.toString(), "--json", "team", "--all", "gm"));

        assertThat(c.err()).isEmpty();
        assertThat(c.code()).isEqualTo(Main.OK);
        assertThat(c.json().get("reports").toString()).isEqualTo("[\"li\"]");
    }

    @Test
    void aDanglingLinkInTheFactsFolderIsNamedAndExitsTwo(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("org.csv"), HEADER + "gm,GM,总经理,,华夏,\nwang,Wang,工程师,生产部,华夏,gm\n");
        Path link = dir.resolve("people.csv");
        Files.createSymbolicLink(link, dir.resolve("missing.csv"));

        Cli c = Cli.run("--facts", dir.toString(), "team", "gm");

        assertThat(c.err().lines()).containsExactly(link + ": cannot read: it is a symbolic link to " + dir.resolve("missing.csv")
                + ", which does not exist");
        assertThat(c.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(c.out()).contains("wang");
    }

    @Test
    void aNamedPipeInTheFactsFolderIsSkippedWithANoticeNotWaitedOn(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("org.csv"), HEADER + "gm,GM,总经理,,华夏,\nwang,Wang,工程师,生产部,华夏,gm\n");
        Path fifo = dir.resolve("people.csv");
        org.junit.jupiter.api.Assumptions.assumeTrue(org.orgrules.facts.Fifos.make(fifo), "no mkfifo here");

        Cli c = assertTimeoutPreemptively(Duration.ofMinutes(1), () -> Cli.run("--facts", dir.toString(), "team", "gm"));

        assertThat(c.err().lines()).containsExactly(fifo + ": not a regular file (a named pipe, socket or device); it was skipped, not read");
        assertThat(c.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(c.out()).contains("wang");
    }

    @Test
    void theLimitsAreSetFromTheCommandLineEachWithItsMessage(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("org.csv");
        Files.writeString(f, HEADER + "gm,GM,总经理,,华夏,\nli,Li Na the Second,工程师,生产部,华夏,gm\nwang,Wang,工程师,生产部,华夏,gm\n");

        Cli field = Cli.run("--max-field-chars", "10", "--facts", f.toString(), "team", "gm");
        assertThat(field.err()).startsWith(f + ":3: the value in column 2 ('name') is 16 characters long, over the limit of 10");
        assertThat(field.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(field.out()).contains("wang").doesNotContain("li");

        Cli rows = Cli.run("--max-rows", "2", "--facts", f.toString(), "team", "gm");
        assertThat(rows.err()).startsWith(f + ":4: more than 2 rows (the limit LoadLimits.maxRows)");
        assertThat(rows.out()).contains("li").doesNotContain("wang");

        Files.write(dir.resolve("big.csv"), new byte[(1 << 20) + 1]);
        Cli size = Cli.run("--max-file-mb", "1", "--facts", dir.resolve("big.csv").toString(), "check");
        assertThat(size.err().strip()).isEqualTo(dir.resolve("big.csv") + ": the file is 1.0 MiB, over the limit of 1 MiB"
                + " (LoadLimits.maxFileBytes); it was skipped – raise it with --max-file-mb (LoadLimits.maxFileBytes) to load it\n"
                + "orgrules: the facts could not be read: nothing was loaded from " + dir.resolve("big.csv")
                + " (the problems above say why); no answer");
        assertThat(size.out()).isEmpty();                              // no clean bill for an org that is not there
        assertThat(size.code()).isEqualTo(Main.BAD_INPUT);

        Cli bad = Cli.run("--max-rows", "0", "--facts", f.toString(), "check");
        assertThat(bad.err().strip()).isEqualTo("orgrules: --max-rows must be a positive number, not 0");
        assertThat(bad.code()).isEqualTo(Main.BAD_INPUT);
    }

    @Test
    @Tag("scale")
    void aMillionLevelChainIsAnsweredAsJsonThroughTheCli(@TempDir Path dir) throws Exception {
        int depth = 1_000_000;
        Path f = dir.resolve("deep.csv");
        try (BufferedWriter w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
            w.write(HEADER);
            for (int i = 0; i < depth; i++) w.write("p" + i + ",," + (i == 0 ? "总经理" : "Engineer") + ",R&D,Acme," + (i == 0 ? "" : "p" + (i - 1)) + "\n");
        }
        String bottom = "p" + (depth - 1);

        // chain: the whole million-step answer as JSON, counted rather than kept
        Counting out = new Counting();
        StringWriter err = new StringWriter();
        int code = assertTimeoutPreemptively(Duration.ofMinutes(5), () ->
                Main.run(new String[] {"--facts", f.toString(), "--json", "chain", bottom}, new PrintWriter(out), new PrintWriter(err)));
        assertThat(err.toString()).isEmpty();
        assertThat(code).isZero();
        assertThat(out.head.toString()).startsWith("{").contains("\"person\" : \"" + bottom + "\"").contains("\"p" + (depth - 2) + "\"");
        assertThat(out.chars).isGreaterThan(depth * 5L);

        // senior and reports-to at this depth: DeepChainTest (the same walks, through the facade)
    }

    /** Keeps the first 4,000 characters written and counts the rest. */
    static final class Counting extends Writer {
        final StringBuilder head = new StringBuilder();
        long chars;

        @Override public void write(char[] buf, int off, int len) {
            chars += len;
            if (head.length() < 4000) head.append(buf, off, Math.min(len, 4000 - head.length()));
        }

        @Override public void flush() {}

        @Override public void close() {}
    }
}
