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
        return read("", ".drl");
    }

    /**
     * Every vocabulary table, {@code vocabulary/**.yaml} under the root ({@link VocabularyTables}), in a
     * stable order; none when the folder has no {@code vocabulary/}.
     */
    public List<RuleFile> readTables() {
        return read(VocabularyTables.FOLDER + "/", ".yaml");
    }

    private List<RuleFile> read(String under, String suffix) {
        if (folder != null) {
            if (!Files.isDirectory(folder)) {
                throw new RulesException(folder.toString(), "no rules folder here");
            }
            return readTree(folder, shownRoot, under, suffix);
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
                return readTree(fs.getPath(BUNDLED_ROOT), shownRoot, under, suffix);
            }
            return readTree(Path.of(uri), shownRoot, under, suffix);
        } catch (URISyntaxException | IOException e) {
            throw new RulesException("bundled:rules", "cannot read the bundled rules: " + e.getMessage());
        }
    }

    private static List<RuleFile> readTree(Path root, String shownRoot, String under, String suffix) {
        List<RuleFile> files = new ArrayList<>();
        List<RuleProblem> unreadable = new ArrayList<>();
        if (!under.isEmpty() && !Files.isDirectory(root.resolve(under))) return files;
        try (Stream<Path> walk = Files.walk(under.isEmpty() ? root : root.resolve(under))) {
            for (Path p : walk.filter(f -> f.toString().endsWith(suffix)).sorted().toList()) {
                String rel = root.relativize(p).toString().replace('\\', '/');
                if (!rel.startsWith(under)) continue;
                String shown = shownRoot + "/" + rel;
                if (Files.exists(p) && !Files.isDirectory(p) && !Files.isRegularFile(p)) {
                    // a FIFO or a device: reading it could wait forever
                    unreadable.add(new RuleProblem(shown, 0, 0, "not a regular file (a pipe or a device): not read", true));
                    continue;
                }
                try {
                    files.add(new RuleFile(rel, shown, Files.readString(p, StandardCharsets.UTF_8)));
                } catch (java.nio.charset.CharacterCodingException e) {
                    unreadable.add(new RuleProblem(shown, 0, 0, "not UTF-8 text", true));
                } catch (IOException e) {
                    unreadable.add(new RuleProblem(shown, 0, 0, whyUnreadable(p, e), true));
                }
            }
        } catch (IOException | UncheckedIOException e) {
            IOException io = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
            String where = io instanceof java.nio.file.FileSystemException fs && fs.getFile() != null ? fs.getFile() : root.toString();
            unreadable.add(new RuleProblem(where, 0, 0, "cannot read the rules folder: " + whyUnreadable(Path.of(where), io), true));
        }
        if (!unreadable.isEmpty()) throw new RulesException(unreadable);
        return files;
    }

    /** Why a .drl entry cannot be read, in the words of the file system: a folder, a link to nothing … */
    private static String whyUnreadable(Path p, IOException e) {
        if (Files.isDirectory(p)) return "a folder named like a rules file: rename it (rules files are read, folders walked)";
        if (Files.isSymbolicLink(p) && !Files.exists(p)) {
            String target = "";
            try {
                target = " to " + Files.readSymbolicLink(p);
            } catch (IOException | UnsupportedOperationException ignored) {
                // the link is there, its target is not: say so without it
            }
            return "a symbolic link" + target + " that leads nowhere";
        }
        if (e instanceof java.nio.file.AccessDeniedException) return "cannot be read (permission denied)";
        if (e instanceof java.nio.file.NoSuchFileException) return "is gone (removed while the rules were read?)";
        return "cannot be read: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage());
    }
}
