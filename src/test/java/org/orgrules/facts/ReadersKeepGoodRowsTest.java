package org.orgrules.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.orgrules.facts.Loads.ids;
import static org.orgrules.facts.Loads.person;
import static org.orgrules.facts.Loads.problems;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Valid files that readers used to refuse whole or cut short, and entries of a facts folder that
 * cannot be read as files: each costs at most its own row and is named, the rest is kept.
 */
class ReadersKeepGoodRowsTest {
    /** A guard against a hang, not a speed target. */
    static final Duration HANG = Duration.ofSeconds(60);

    static String yamlWith(String aPerson) {
        return "company: X\npeople:\n  - {id: gm, title: 总经理}\n" + aPerson + "  - {id: b, title: Engineer, manager: gm}\n";
    }

    @Test
    void aYamlValueWrittenWithEscapesIsReadUpToTheLimitOfItsCharacters() {
        String escaped = "\\u00e9".repeat(3000);                  // 18,000 characters as written, 3,000 read

        LoadResult r = Loads.yaml(yamlWith("  - {id: a, title: Engineer, manager: gm, name: \"" + escaped + "\"}\n"));

        assertThat(problems(r)).isEmpty();
        assertThat(ids(r)).containsExactly("gm", "a", "b");
        assertThat(person(r, "a").getName()).isEqualTo("é".repeat(3000));
    }

    @Test
    void aYamlValueOfTenThousandEmojiWrittenAsEscapedPairsIsWithinTheLimit() {
        String pairs = "\\uD83D\\uDE00".repeat(10_000);          // 120,000 characters as written
        String wide = "\\U0001F600".repeat(10_000);                // 100,000

        LoadResult r = Loads.yaml(yamlWith("  - {id: a, title: Engineer, manager: gm, name: \"" + pairs + "\"}\n"
                + "  - {id: c, title: Engineer, manager: gm, name: \"" + wide + "\"}\n"));

        assertThat(problems(r)).isEmpty();
        assertThat(person(r, "a").getName()).isEqualTo("😀".repeat(10_000));
        assertThat(person(r, "c").getName()).isEqualTo("😀".repeat(10_000));
    }

    @Test
    void aValueOf6000EmojiIs6000CharactersInYamlAndCsv() {
        String emoji = "😀".repeat(6000);                          // 12,000 Java chars

        LoadResult yaml = Loads.yaml(yamlWith("  - {id: a, title: Engineer, manager: gm, name: " + emoji + "}\n"));
        LoadResult csv = Loads.csv("id,name,title,manager_id\ngm,,总经理,\na," + emoji + ",Engineer,gm\nb,,Engineer,gm\n");

        assertThat(problems(yaml)).isEmpty();
        assertThat(person(yaml, "a").getName()).isEqualTo(emoji);
        assertThat(problems(csv)).isEmpty();
        assertThat(person(csv, "a").getName()).isEqualTo(emoji);
    }

    @Test
    void anEmojiValueOverTheLimitCostsOnlyItsPersonAndIsCountedInCharacters() {
        LoadResult r = Loads.yaml(yamlWith("  - {id: a, title: Engineer, manager: gm, name: " + "😀".repeat(70_000) + "}\n"));

        assertThat(ids(r)).containsExactly("gm", "b");
        assertThat(problems(r)).containsExactly("t.yaml:4: the 'name' is 70000 characters long, over the limit of 10000"
                + " (LoadLimits.maxFieldChars); this person was skipped – raise it with --max-field-chars (LoadLimits.maxFieldChars) if the value is right");
    }

    @Test
    void aHugeValueOfEscapesAndEscapedQuotesCostsOnlyItsPerson() {
        // cut where it is too long, the escapes around the cut still read as escapes: the rest of the file is intact
        String dq = "\"" + "\\u00e9".repeat(200_000) + "\\\"x\\\\" + "y".repeat(100_000) + "\\\" z\"";
        String sq = "'" + "q\\".repeat(80_000) + "'";
        LoadResult r = assertTimeoutPreemptively(HANG, () -> Loads.yaml(yamlWith(
                "  - id: a\n    title: Engineer\n    name: " + dq + "\n    manager: gm\n"
                + "  - {id: c, title: \"Eng\\\\\", manager: gm, name: " + sq + "}\n")));

        assertThat(ids(r)).containsExactly("gm", "b");
        assertThat(problems(r)).hasSize(2);
        assertThat(problems(r).get(0)).startsWith("t.yaml:6: the 'name' is ").contains("this person was skipped");
        assertThat(problems(r).get(1)).startsWith("t.yaml:8: the 'name' is 160000 characters long");
    }

    @Test
    void aControlCharacterInAYamlTitleNamesItsLineAndCostsOnlyItsPerson() {
        LoadResult r = Loads.yaml(yamlWith("  - {id: a, title: \"Eng\u0007ineer\", manager: gm}\n"));

        assertThat(ids(r)).containsExactly("gm", "b");
        assertThat(problems(r)).containsExactly("t.yaml:4: a control character (U+0007) is on this line, which YAML does not allow;"
                + " 1 person with control characters was skipped (line 4) – remove it, or write it as an escape (\\x07) in a double-quoted value");
    }

    @Test
    void anEscapedControlCharacterIsAValue() {
        LoadResult r = Loads.yaml(yamlWith("  - {id: a, title: Engineer, name: \"A\\x07B\", manager: gm}\n"));

        assertThat(problems(r)).isEmpty();
        assertThat(person(r, "a").getName()).isEqualTo("A\u0007B");
    }

    @Test
    void utf16WithoutAByteOrderMarkIsNamedAsUtf16() {
        byte[] le = "id,title\ngm,总经理\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] be = "people:\n  - {id: gm, title: 总经理}\n".getBytes(StandardCharsets.UTF_16BE);

        LoadResult csv = Loads.LOADER.read("t.csv", Loads.in(le), "csv");
        LoadResult yaml = Loads.LOADER.read("t.yaml", Loads.in(be), "yaml");

        String message = ":1: the file is UTF-16 (without a byte order mark: every other byte is 0); the whole file was skipped – save it as UTF-8";
        assertThat(problems(csv)).containsExactly("t.csv" + message);
        assertThat(problems(yaml)).containsExactly("t.yaml" + message);
        assertThat(csv.people()).isEmpty();
    }

    @Test
    void aBadByteAfterARefusedCsvHeaderSaysWhereItIsNotThatItIsOnALine() {
        String before = "name,x\na,b\nc,Ren";

        LoadResult r = Loads.LOADER.read("t.csv", Loads.withLatin1Byte(before, "\n"), "csv");

        assertThat(problems(r)).hasSize(2);
        assertThat(problems(r).get(0)).startsWith("t.csv: not valid UTF-8: the first bad byte (0xE9, character " + (before.length() + 1)
                + " of the file) is past what was read – save the file as UTF-8");
        assertThat(problems(r).get(1)).startsWith("t.csv:1: the header has no 'id' or 'title' column");
    }

    @Test
    void anLdifValueFoldedOverHalfAMillionLinesIsRead() {
        StringBuilder b = new StringBuilder("dn: uid=gm,o=x\nuid: gm\ntitle: 总经理\ndescription: a\n");
        for (int i = 0; i < 500_000; i++) b.append(" b\n");
        b.append("\ndn: uid=a,o=x\nuid: a\ntitle: Engineer\nmanager: uid=gm,o=x\n");

        LoadResult r = assertTimeoutPreemptively(HANG, () -> Loads.LOADER.read("t.ldif", Loads.in(b.toString()), "ldif"));

        assertThat(problems(r)).isEmpty();
        assertThat(ids(r)).containsExactly("gm", "a");
        assertThat(person(r, "a").getOrigin()).isEqualTo("t.ldif:500006");
    }

    @Test
    void anLdifEntryWithABadByteIsSkippedAndNamedAsACsvRowIs() {
        LoadResult r = Loads.LOADER.read("t.ldif", Loads.withLatin1Byte("dn: uid=gm,o=x\nuid: gm\ntitle: GM\n\ndn: uid=a,o=x\nuid: a\ncn: Ren",
                "\ntitle: Engineer\n\ndn: uid=b,o=x\nuid: b\ntitle: Engineer\n"), "ldif");

        assertThat(ids(r)).containsExactly("gm", "b");
        assertThat(problems(r)).containsExactly("t.ldif:7: not valid UTF-8: the first bad byte (0xE9) is on this line;"
                + " 1 entry with bad bytes was skipped (line 5) – save the file as UTF-8");
    }

    @Test
    void aDanglingLinkInAFactsFolderIsReportedByName(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.csv"), "id,title\ngm,总经理\n");
        Path link = link(dir.resolve("people.csv"), dir.resolve("missing.csv"));

        LoadResult r = Loads.LOADER.load(dir);

        assertThat(ids(r)).containsExactly("gm");
        assertThat(problems(r)).containsExactly(link + ": cannot read: it is a symbolic link to " + dir.resolve("missing.csv")
                + ", which does not exist");
    }

    @Test
    void aFolderOfOnlyADanglingLinkSaysSoAndNotThatItHasNoFiles(@TempDir Path dir) throws IOException {
        Path link = link(dir.resolve("people.yaml"), Path.of("gone.yaml"));

        LoadResult r = Loads.LOADER.load(dir);

        assertThat(problems(r)).containsExactly(link + ": cannot read: it is a symbolic link to gone.yaml, which does not exist");
    }

    /** A symbolic link at {@code link} to {@code target}; the test is skipped where there are none. */
    static Path link(Path link, Path target) {
        try {
            return Files.createSymbolicLink(link, target);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "no symbolic links here");
            return link;
        }
    }

    @Test
    void aNamedPipeInAFactsFolderIsSkippedWithANoticeAndNeverWaitedOn(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.csv"), "id,title\ngm,总经理\n");
        Path fifo = dir.resolve("b.csv");
        assumeTrue(Fifos.make(fifo), "no mkfifo here");

        LoadResult r = assertTimeoutPreemptively(HANG, () -> Loads.LOADER.load(dir));

        assertThat(ids(r)).containsExactly("gm");
        assertThat(problems(r)).containsExactly(fifo + ": not a regular file (a named pipe, socket or device); it was skipped, not read");
    }
}
