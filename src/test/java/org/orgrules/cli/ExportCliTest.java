package org.orgrules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** orgrules export: to stdout or atomically to a file; a bad format or folder is a usage error. */
class ExportCliTest {

    @Test
    void exportsCsvToStdoutAndJsonToAFileWithNothingLeftBehind(@TempDir Path dir) throws Exception {
        Cli csv = Cli.run("--facts", "facts", "export");
        assertThat(csv.code()).isZero();
        assertThat(csv.out()).startsWith("id,name,title,department,company,manager_id,manager_inferred\n");

        Path out = dir.resolve("org.json");
        Files.writeString(out, "old content");
        Cli json = Cli.run("--facts", "facts", "export", "--format", "json", "--out", out.toString());

        assertThat(json.code()).isZero();
        assertThat(json.out()).isEmpty();
        assertThat(Files.readString(out)).startsWith("{").contains("\"people\"");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(out);
        }
    }

    @Test
    void badFormatOrFolderIsAUsageError(@TempDir Path dir) {
        Cli xml = Cli.run("--facts", "facts", "export", "--format", "xml");
        assertThat(xml.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(xml.err().strip()).isEqualTo("orgrules: unknown export format 'xml': expected csv, json or yaml");

        Cli nowhere = Cli.run("--facts", "facts", "export", "--out", dir.resolve("no/such/org.csv").toString());
        assertThat(nowhere.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(nowhere.err()).startsWith("orgrules: cannot write ");
    }
}
