package org.orgrules.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Where rules come from: a folder read at run time (an analyst's edit takes effect at once), or the
 * copy bundled in the jar under {@code orgrules/rules/}.
 */
public final class RuleSource {
    public static final String BUNDLED_ROOT = "orgrules/rules";

    private final Path folder;      // null when bundled
    private final String shownRoot; // how errors name the root, e.g. "rules"

    private RuleSource(Path folder, String shownRoot) {
        this.folder = folder;
        this.shownRoot = shownRoot;
    }

    public static RuleSource folder(Path folder) {
        return new RuleSource(folder, folder.toString());
    }

    public static RuleSource bundled() {
        return new RuleSource(null, "bundled:rules");
    }

    public boolean isBundled() { return folder == null; }

    /** The folder, or empty when the rules are the bundled ones. */
    public java.util.Optional<Path> path() { return java.util.Optional.ofNullable(folder); }

    @Override public String toString() { return shownRoot; }

    /** Every {@code .drl} file under the root, in a stable order. */
    public List<RuleFile> read() {
        if (folder != null) {
            if (!Files.isDirectory(folder)) {
                throw new RulesException(folder.toString(), "no rules folder here");
            }
            return readTree(folder, shownRoot);
        }
        URL url = RuleSource.class.getClassLoader().getResource(BUNDLED_ROOT);
        if (url == null) throw new RulesException("bundled:rules", "the jar has no bundled rules");
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return readTree(fs.getPath(BUNDLED_ROOT), shownRoot);
            }
            return readTree(Path.of(uri), shownRoot);
        } catch (URISyntaxException | IOException e) {
            throw new RulesException("bundled:rules", "cannot read the bundled rules: " + e.getMessage());
        }
    }

    private static List<RuleFile> readTree(Path root, String shownRoot) {
        List<RuleFile> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(f -> f.toString().endsWith(".drl")).sorted().toList()) {
                String rel = root.relativize(p).toString().replace('\\', '/');
                String shown = shownRoot + "/" + rel;
                try {
                    files.add(new RuleFile(rel, shown, Files.readString(p, StandardCharsets.UTF_8)));
                } catch (java.nio.charset.CharacterCodingException e) {
                    throw new RulesException(shown, "not UTF-8 text");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
