package org.orgrules.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rename over anything but a regular file would replace it: a link, a folder, a pipe, a device are refused. */
class AtomicFilesRegularFileTest {

    @Test
    void aSymbolicLinkIsRefusedAndKept(@TempDir Path dir) throws IOException {
        Path real = Files.writeString(dir.resolve("real.txt"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.txt"), real);
        assertThatThrownBy(() -> AtomicFiles.write(link, "new".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IOException.class).hasMessageStartingWith("it is a symbolic link, not a regular file");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("old");
        try (var files = Files.list(dir)) {
            assertThat(files).as("no temporary file left").hasSize(2);
        }
    }

    @Test
    void aFolderAPipeAndADeviceAreRefused(@TempDir Path dir) throws IOException, InterruptedException {
        Path folder = Files.createDirectories(dir.resolve("folder"));
        assertThatThrownBy(() -> AtomicFiles.write(folder, new byte[1])).hasMessageStartingWith("it is a folder");
        Path fifo = dir.resolve("fifo");
        if (new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0) {
            assertThatThrownBy(() -> AtomicFiles.write(fifo, new byte[1])).hasMessageStartingWith("it is a device, pipe or socket");
            assertThat(Files.isRegularFile(fifo)).isFalse();
        }
        assertThatThrownBy(() -> AtomicFiles.write(Path.of("/dev/null"), new byte[1])).hasMessageStartingWith("it is a device, pipe or socket");
    }

    @Test
    void aRegularFileOrANewOneIsWritten(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("f.txt");
        AtomicFiles.write(f, "one".getBytes(StandardCharsets.UTF_8));
        AtomicFiles.write(f, "two".getBytes(StandardCharsets.UTF_8));
        assertThat(Files.readString(f)).isEqualTo("two");
    }
}
