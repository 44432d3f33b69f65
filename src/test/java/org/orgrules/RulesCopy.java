package org.orgrules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A copy of the project's rules folder that a test may change (add or leave out a DRL file). */
final class RulesCopy {
    private RulesCopy() {}

    /** Copies {@code rules/} to {@code dir/rules}, leaving out files named in {@code without}. */
    static Path of(Path dir, String... without) throws IOException {
        Path rules = dir.resolve("rules");
        java.util.Set<String> skip = java.util.Set.of(without);
        try (Stream<Path> files = Files.walk(Path.of("rules"))) {
            for (Path p : files.toList()) {
                Path to = rules.resolve(Path.of("rules").relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(to);
                else if (!skip.contains(p.getFileName().toString())) Files.copy(p, to);
            }
        }
        return rules;
    }
}
