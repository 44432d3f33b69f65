package org.orgrules.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.orgrules.facts.Loads.ids;
import static org.orgrules.facts.Loads.problems;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LimitsTest {

    @Test
    void defaultsAre512MiB5MillionRowsAnd10000CharsPerValue() {
        LoadLimits d = LoadLimits.defaults();

        assertThat(d.maxFileBytes()).isEqualTo(512L * 1024 * 1024);
        assertThat(d.maxRows()).isEqualTo(5_000_000);
        assertThat(d.maxFieldChars()).isEqualTo(10_000);
    }

    @Test
    void nonsenseLimitsAreRefused() {
        assertThatThrownBy(() -> new LoadLimits(0, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LoadLimits(1, -1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LoadLimits(1, 1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void overLongCsvValueIsReportedNamingTheLimitAndTheRowIsSkipped() {
        FactsLoader loader = new FactsLoader(LoadLimits.defaults().withMaxFieldChars(10));

        LoadResult r = loader.read("t.csv", Loads.in("id,name,title\na,Ann,Clerk\nb,Bartholomew Jr.,Clerk\nc,Cy,Clerk\n"), "csv");

        assertThat(ids(r)).containsExactly("a", "c");
        assertThat(problems(r)).containsExactly("t.csv:3: the value in column 2 ('name') is 15 characters long, over the limit"
                + " of 10 (LoadLimits.maxFieldChars); this row was skipped – raise it with --max-field-chars (LoadLimits.maxFieldChars) if the value is right");
    }

    @Test
    void overLongValueInAnIgnoredColumnCountsToo() {
        FactsLoader loader = new FactsLoader(LoadLimits.defaults().withMaxFieldChars(10));

        LoadResult r = loader.read("t.csv", Loads.in("id,title,notes\na,Clerk,\"" + "x".repeat(11) + "\"\nb,Clerk,\n"), "csv");

        assertThat(ids(r)).containsExactly("b");
        assertThat(problems(r)).singleElement().asString().startsWith("t.csv:2: the value in column 3 is 11 characters long");
    }

    @Test
    void hugeUnquotedValueIsCutShortAndTheRestIsRead() {
        FactsLoader loader = new FactsLoader(LoadLimits.defaults().withMaxFieldChars(10));

        LoadResult r = loader.read("t.csv", Loads.in("id,title\na," + "x".repeat(100_000) + "\nb,Clerk\n"), "csv");

        assertThat(ids(r)).containsExactly("b");
        assertThat(problems(r)).singleElement().asString().startsWith("t.csv:2: this row is too long")
                .contains("LoadLimits.maxFieldChars");
    }

    @Test
    void overLongYamlValueIsReportedAtItsLine() {
        FactsLoader loader = new FactsLoader(LoadLimits.defaults().withMaxFieldChars(10));

        LoadResult r = loader.read("t.yaml", Loads.in("- {id: a, title: Clerk}\n- id: b\n  title: Chief Everything Officer\n"), "yaml");

        assertThat(ids(r)).containsExactly("a");
        assertThat(problems(r)).singleElement().asString()
                .startsWith("t.yaml:3: the 'title' is 24 characters long, over the limit of 10 (LoadLimits.maxFieldChars)");
    }

    @Test
    void rowsOverMaxRowsAreNotReadAndTheLimitIsNamed(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.csv"), "id,title\na1,Clerk\na2,Clerk\n");
        Files.writeString(dir.resolve("b.yaml"), "- {id: b1, title: Clerk}\n- {id: b2, title: Clerk}\n");
        Files.writeString(dir.resolve("c.csv"), "id,title\nc1,Clerk\n");
        FactsLoader loader = new FactsLoader(LoadLimits.defaults().withMaxRows(3));

        LoadResult r = loader.load(dir);

        assertThat(ids(r)).containsExactly("a1", "a2", "b1");
        assertThat(problems(r)).containsExactly(dir.resolve("b.yaml") + ":2: more than 3 rows (the limit LoadLimits.maxRows): "
                + "this row and everything after it were not read; raise it with --max-rows (LoadLimits.maxRows) to load more");
    }

    @Test
    void fileOverMaxFileBytesIsSkippedWithAProblem(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("big.csv"), "id,title\n" + "x,Clerk\n".repeat(200));
        Files.writeString(dir.resolve("small.csv"), "id,title\ns,Clerk\n");
        FactsLoader loader = new FactsLoader(LoadLimits.defaults().withMaxFileBytes(1024));

        LoadResult r = loader.load(dir);

        assertThat(ids(r)).containsExactly("s");
        assertThat(problems(r)).containsExactly(dir.resolve("big.csv") + ": the file is 1.6 KiB, over the limit of 1 KiB"
                + " (LoadLimits.maxFileBytes); it was skipped – raise it with --max-file-mb (LoadLimits.maxFileBytes) to load it");
    }

    @Test
    void streamOverMaxFileBytesIsDroppedWhole() {
        FactsLoader loader = new FactsLoader(LoadLimits.defaults().withMaxFileBytes(1000));

        LoadResult r = loader.read("stdin", Loads.in("id,title\n" + "x,Clerk\n".repeat(100_000)), "csv");

        assertThat(r.people()).isEmpty();
        assertThat(problems(r)).singleElement().asString().startsWith("stdin: the file is larger than 1000 bytes")
                .contains("LoadLimits.maxFileBytes");
    }

    @Test
    void yamlOverMaxFileBytesIsRefusedBeforeParsing() {
        FactsLoader loader = new FactsLoader(LoadLimits.defaults().withMaxFileBytes(100));

        LoadResult r = loader.read("stdin", Loads.in("people:\n" + "  - {id: x, title: Clerk}\n".repeat(100)), "yaml");

        assertThat(r.people()).isEmpty();
        assertThat(problems(r)).singleElement().asString().contains("LoadLimits.maxFileBytes");
    }
}
