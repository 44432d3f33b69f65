package org.orgrules.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files are written whole or not at all, and a failed write leaves the old file and no litter. */
class AtomicFilesTest {

    @Test
    void writesANewFileInANewFolder(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("out/sub/org.json");

        AtomicFiles.write(f, "{\"a\":1}".getBytes(StandardCharsets.UTF_8));

        assertThat(f).hasContent("{\"a\":1}");
        assertThat(listing(dir.resolve("out/sub"))).containsExactly("org.json");
    }

    @Test
    void replacesAnExistingFileWhole(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("chart.txt");
        Files.writeString(f, "old");

        AtomicFiles.writeText(f, w -> w.write("新的 chart"));

        assertThat(Files.readString(f)).isEqualTo("新的 chart");
        assertThat(listing(dir)).containsExactly("chart.txt");
    }

    @Test
    void aWriterThatFailsHalfWayLeavesTheOldFileAndNoTemporaryFile(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("chart.txt");
        Files.writeString(f, "old and whole");

        assertThatThrownBy(() -> AtomicFiles.writeText(f, w -> {
            w.write("half of the new ");
            w.flush();
            throw new IOException("disk full");
        })).hasMessage("disk full");

        assertThat(f).hasContent("old and whole");
        assertThat(listing(dir)).containsExactly("chart.txt");
    }

    @Test
    void aRuntimeFailureAlsoLeavesNothingBehind(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("new.csv");

        assertThatThrownBy(() -> AtomicFiles.write(f, out -> {
            out.write(1);
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(f).doesNotExist();
        assertThat(listing(dir)).isEmpty();
    }

    @Test
    void aReaderNeverSeesAPartialFile(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("big.txt");
        String a = "a".repeat(1 << 20), b = "b".repeat(1 << 20);
        AtomicFiles.write(f, a.getBytes(StandardCharsets.US_ASCII));
        AtomicBoolean stop = new AtomicBoolean();
        AtomicBoolean torn = new AtomicBoolean();
        Thread reader = new Thread(() -> {
            while (!stop.get()) {
                try {
                    String s = Files.readString(f, StandardCharsets.US_ASCII);
                    if (!s.equals(a) && !s.equals(b)) torn.set(true);
                } catch (IOException e) {
                    torn.set(true);
                }
            }
        });
        reader.start();
        for (int i = 0; i < 20; i++) AtomicFiles.write(f, (i % 2 == 0 ? b : a).getBytes(StandardCharsets.US_ASCII));
        stop.set(true);
        reader.join();

        assertThat(torn).isFalse();
    }

    private static java.util.List<String> listing(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
