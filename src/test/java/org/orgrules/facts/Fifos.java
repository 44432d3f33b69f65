package org.orgrules.facts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Named pipes for the tests of special files in a facts folder (where {@code mkfifo} exists). */
public final class Fifos {
    private Fifos() {
    }

    /** Makes a named pipe at {@code p}; false when this system cannot. */
    public static boolean make(Path p) {
        try {
            Process mk = new ProcessBuilder("mkfifo", p.toString()).redirectErrorStream(true).start();
            return mk.waitFor() == 0 && Files.exists(p) && !Files.isRegularFile(p);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
