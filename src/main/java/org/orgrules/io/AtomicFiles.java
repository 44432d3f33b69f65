package org.orgrules.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes files whole or not at all: the content goes to a temporary file in the same folder, is
 * forced to disk, and is then renamed over the target in one atomic step. A reader sees the old
 * file or the new one, never half of it; a failure (an exception from the writer, a full disk, a
 * crash) leaves the old file as it was and no temporary file behind (except after a crash).
 *
 * <p>Every file orgrules writes goes through here (see SECURITY.md).
 */
public final class AtomicFiles {
    private AtomicFiles() {}

    /** What produces a file's content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** What produces a file's text (written as UTF-8). */
    @FunctionalInterface
    public interface Text {
        void writeTo(Writer out) throws IOException;
    }

    /** Writes {@code bytes} to {@code target} atomically. */
    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes));
    }

    /** Writes the UTF-8 text {@code text} produces to {@code target} atomically. */
    public static void writeText(Path target, Text text) throws IOException {
        write(target, out -> {
            Writer w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8));
            text.writeTo(w);
            w.flush();
        });
    }

    /** Writes what {@code content} produces to {@code target} atomically. */
    public static void write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        if (dir == null) throw new IOException("no folder to write " + target + " in");
        onlyARegularFile(absolute);
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".tmp");
        boolean done = false;
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
                 OutputStream out = new java.io.BufferedOutputStream(java.nio.channels.Channels.newOutputStream(ch))) {
                content.writeTo(out);
                out.flush();
                ch.force(true);
            }
            keepPermissions(absolute, tmp);
            onlyARegularFile(absolute); // again: it may have been replaced while the content was written
            try {
                Files.move(tmp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("cannot replace " + target + " atomically on this file system: " + e.getMessage(), e);
            }
            done = true;
        } finally {
            if (!done) Files.deleteIfExists(tmp);
        }
    }

    /**
     * Only a regular file (or nothing) is replaced: a rename over a symbolic link, a device node
     * ({@code /dev/null}), a FIFO or a folder would replace it with a regular file, not write through it.
     */
    private static void onlyARegularFile(Path absolute) throws IOException {
        java.nio.file.attribute.BasicFileAttributes a;
        try {
            a = Files.readAttributes(absolute, java.nio.file.attribute.BasicFileAttributes.class, java.nio.file.LinkOption.NOFOLLOW_LINKS);
        } catch (java.nio.file.NoSuchFileException absent) {
            return;
        }
        if (a.isRegularFile()) return;
        String what = a.isSymbolicLink() ? "a symbolic link" : a.isDirectory() ? "a folder" : "a device, pipe or socket";
        throw new IOException("it is " + what + ", not a regular file, and would be replaced by one "
                + "(orgrules writes a new file and renames it into place): name a regular file or a new one");
    }

    /** The temporary file is private (rw-------): give it the target's permissions, or rw-r--r-- for a new file. */
    private static void keepPermissions(Path target, Path tmp) {
        try {
            java.util.Set<java.nio.file.attribute.PosixFilePermission> perms = Files.exists(target)
                    ? Files.getPosixFilePermissions(target)
                    : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--");
            Files.setPosixFilePermissions(tmp, perms);
        } catch (UnsupportedOperationException | IOException notPosix) {
            // not a POSIX file system: its defaults apply
        }
    }
}
