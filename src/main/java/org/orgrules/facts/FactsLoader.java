package org.orgrules.facts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Loads people (the facts the rules reason about) from CSV and YAML files.
 *
 * <p>Bad input gets a clear error and loses nothing: every mistake is a {@link LoadProblem} naming
 * the file and line, and everything that could be read is still returned. The loader never throws
 * for a mistake in the input, never prints, and is safe to share between threads.
 *
 * <p>Within one call, ids are unique: a later person with an id already seen is reported as a
 * duplicate and left out. {@link #load(Path)} on a folder reads every {@code .csv}, {@code .yaml},
 * {@code .yml}, {@code .ldif}, {@code .json} and {@code .xlsx} file under it, recursively, in path order
 * (files and folders whose name starts with a dot are skipped, and Excel's {@code ~$} lock files). Each person's origin is {@code file:line}, the file as the path was given.
 */
public final class FactsLoader {
    /** The classpath folder the build copies {@code facts/} to. */
    static final String BUNDLED = "orgrules/facts";
    private static final String BUNDLED_SHOWN = "bundled:facts/";

    /** Files from this size on are scanned on a second thread. */
    static final long PIPELINE_BYTES = 4L << 20;
    /** Whether big CSV files are scanned on a second thread ({@code -Dorgrules.facts.pipeline=false}: not). */
    static final boolean PIPELINE = !"false".equalsIgnoreCase(System.getProperty("orgrules.facts.pipeline"));

    private final LoadLimits limits;
    private final ColumnMapping columns;
    private final org.orgrules.model.Progress progress;

    public FactsLoader(LoadLimits limits) {
        this(limits, ColumnMapping.NONE, org.orgrules.model.Progress.NONE);
    }

    private FactsLoader(LoadLimits limits, ColumnMapping columns, org.orgrules.model.Progress progress) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.columns = Objects.requireNonNull(columns, "columns");
        this.progress = progress == null ? org.orgrules.model.Progress.NONE : progress;
    }

    /** This loader, reading CSV headers through {@code mapping} (Odoo, ERPNext, SuccessFactors … exports). */
    public FactsLoader withColumns(ColumnMapping mapping) {
        return new FactsLoader(limits, mapping == null ? ColumnMapping.NONE : mapping, progress);
    }

    /** This loader, telling {@code p} every {@link org.orgrules.model.Progress#EVERY} people read. */
    public FactsLoader withProgress(org.orgrules.model.Progress p) {
        return new FactsLoader(limits, columns, p);
    }

    public FactsLoader() {
        this(LoadLimits.defaults());
    }

    public LoadLimits limits() {
        return limits;
    }

    /** A {@code .csv}, {@code .yaml} or {@code .yml} file, or a folder of them (recursively, sorted by path). */
    public LoadResult load(Path fileOrFolder) {
        Sink sink = new Sink(limits, columns).progress(progress);
        if (fileOrFolder == null) {
            sink.problem("", 0, "no file or folder given");
            return sink.result();
        }
        String shown = fileOrFolder.toString();
        if (Files.isDirectory(fileOrFolder)) {
            loadFolder(fileOrFolder, null, sink);
        } else if (Files.exists(fileOrFolder)) {
            String format = formatOf(fileOrFolder);
            if (format == null && fileOrFolder.toString().toLowerCase(Locale.ROOT).endsWith(".xls")) {
                sink.problem(shown, 0, "an Excel 97-2003 workbook (.xls) is not read: save it as .xlsx (or CSV UTF-8)");
            } else if (format == null) {
                sink.problem(shown, 0, "unknown kind of file: expected a .csv, .yaml, .yml, .ldif or .json file, or a folder of them");
            } else {
                loadFile(fileOrFolder, shown, format, sink);
            }
        } else {
            sink.problem(shown, 0, "no such file or folder");
        }
        return sink.result();
    }

    /**
     * The sample org bundled in the jar (classpath folder {@code orgrules/facts/}); origins read
     * {@code bundled:facts/huaxia.yaml:12}.
     */
    public LoadResult loadBundled() {
        return loadBundled(FactsLoader.class.getClassLoader());
    }

    /** As {@link #loadBundled()}, from the given class loader's resources. */
    LoadResult loadBundled(ClassLoader classLoader) {
        Sink sink = new Sink(limits, columns).progress(progress);
        String shownRoot = BUNDLED_SHOWN.substring(0, BUNDLED_SHOWN.length() - 1);
        URL url = classLoader == null ? ClassLoader.getSystemResource(BUNDLED) : classLoader.getResource(BUNDLED);
        if (url == null) {
            url = classLoader == null ? ClassLoader.getSystemResource(BUNDLED + "/") : classLoader.getResource(BUNDLED + "/");
        }
        if (url == null) {
            sink.problem(shownRoot, 0, "the bundled sample org is missing: no folder " + BUNDLED + "/ on the classpath");
            return sink.result();
        }
        try {
            URI uri = url.toURI();
            if ("jar".equalsIgnoreCase(uri.getScheme())) {
                FileSystem fs;
                boolean opened = false;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                    opened = true;
                } catch (FileSystemAlreadyExistsException already) {
                    fs = FileSystems.getFileSystem(uri);
                }
                try {
                    loadFolder(fs.provider().getPath(uri), BUNDLED_SHOWN, sink);
                } finally {
                    if (opened) fs.close();
                }
            } else {
                loadFolder(Path.of(uri), BUNDLED_SHOWN, sink);
            }
        } catch (URISyntaxException | IOException | RuntimeException e) {
            sink.problem(shownRoot, 0, "cannot open the bundled sample org at " + url + ": " + e);
        }
        return sink.result();
    }

    /**
     * Reads one text from a stream (not closed here): {@code format} is {@code "csv"} or
     * {@code "yaml"} ({@code "yml"} too). {@code shownName} is how problems and origins name it.
     */
    public LoadResult read(String shownName, InputStream in, String format) {
        Sink sink = new Sink(limits, columns).progress(progress);
        String shown = shownName == null ? "<input>" : shownName;
        String f = format == null ? "" : format.trim().toLowerCase(Locale.ROOT);
        if (f.startsWith(".")) f = f.substring(1);
        if (f.equals("yml")) f = "yaml";
        if (in == null) {
            sink.problem(shown, 0, "no input given");
        } else if (f.equals("xlsx")) {
            readWorkbook(shown, in, sink);
        } else if (!List.of("csv", "yaml", "ldif", "json").contains(f)) {
            sink.problem(shown, 0, "unknown format '" + format + "': expected csv, yaml, ldif or json");
        } else {
            readStream(shown, in, f, sink);
        }
        return sink.result();
    }

    // ---------------------------------------------------------------------------------------------

    /**
     * Loads the fact files under {@code folder}. Files are shown as {@code shownPrefix + relative path}
     * when a prefix is given, else as the path itself.
     */
    private void loadFolder(Path folder, String shownPrefix, Sink sink) {
        String shownFolder = shownPrefix != null ? shownPrefix.substring(0, shownPrefix.length() - 1) : folder.toString();
        List<Path> files = new ArrayList<>();
        int[] skipped = {0};      // fact files that are not read: dangling links, pipes, devices
        try {
            Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(folder) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    // ~$name.xlsx: the lock file Excel keeps beside a workbook it has open
                    if (hidden(file) || formatOf(file) == null || file.getFileName().toString().startsWith("~$")) return FileVisitResult.CONTINUE;
                    if (attrs.isRegularFile()) {
                        files.add(file);
                    } else if (attrs.isSymbolicLink()) {
                        skipped[0]++;
                        // links are followed: the attributes are the link's own only when its target is missing
                        sink.problem(shown(folder, file, shownPrefix), 0, "cannot read: " + danglingLink(file));
                    } else if (attrs.isOther()) {
                        skipped[0]++;
                        // a named pipe or a device would be waited on, or read for ever: never opened
                        sink.problem(shown(folder, file, shownPrefix), 0, "not a regular file (a named pipe, socket or device);"
                                + " it was skipped, not read");
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    if (e instanceof FileSystemLoopException) return FileVisitResult.CONTINUE;
                    sink.problem(shown(folder, file, shownPrefix), 0, "cannot read: " + reason(e));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException | UncheckedIOException e) {
            sink.problem(shownFolder, 0, "cannot read the folder: " + reason(e instanceof UncheckedIOException u ? u.getCause() : e));
            return;
        }
        files.sort(null);
        if (files.isEmpty() && skipped[0] == 0) {
            sink.problem(shownFolder, 0, "no people in folder: it has no .csv, .yaml, .yml, .ldif or .json file");
            return;
        }
        for (Path file : files) {
            if (sink.full()) break;
            loadFile(file, shown(folder, file, shownPrefix), formatOf(file), sink);
        }
    }

    private static String danglingLink(Path link) {
        try {
            return "it is a symbolic link to " + Files.readSymbolicLink(link) + ", which does not exist";
        } catch (IOException | UnsupportedOperationException e) {
            return "it is a symbolic link whose target does not exist";
        }
    }

    private static String shown(Path folder, Path file, String shownPrefix) {
        if (shownPrefix == null) return file.toString();
        String relative = folder.relativize(file).toString();
        String separator = file.getFileSystem().getSeparator();
        if (!separator.equals("/")) relative = relative.replace(separator, "/");
        return shownPrefix + relative;
    }

    private static boolean hidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    /** "csv", "yaml", "ldif", "json" or "xlsx" by the file's extension (any case), else null. */
    static String formatOf(Path file) {
        Path name = file.getFileName();
        if (name == null) return null;
        String n = name.toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".csv")) return "csv";
        if (n.endsWith(".yaml") || n.endsWith(".yml")) return "yaml";
        if (n.endsWith(".ldif")) return "ldif";
        if (n.endsWith(".json")) return "json";
        if (n.endsWith(".xlsx")) return "xlsx";
        return null;
    }

    private void loadFile(Path file, String shown, String format, Sink sink) {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            sink.problem(shown, 0, "cannot read: " + reason(e));
            return;
        }
        if (size > limits.maxFileBytes()) {
            sink.problem(shown, 0, tooLarge("is " + LoadLimits.bytes(size)));
            return;
        }
        // a CSV row of an HR export takes some 40 bytes or more: room for that many people
        if (format.equals("csv")) sink.expect(size / 40);
        try (InputStream in = Files.newInputStream(file)) {
            if (format.equals("xlsx")) {
                readWorkbook(shown, in, sink);
                return;
            }
            readStream(shown, in, format, sink, size >= PIPELINE_BYTES);
        } catch (IOException e) {
            sink.problem(shown, 0, "cannot read: " + reason(e));
        }
    }

    private String tooLarge(String what) {
        return "the file " + what + ", over the limit of " + LoadLimits.bytes(limits.maxFileBytes())
                + " (LoadLimits.maxFileBytes); it was skipped – raise it with --max-file-mb (LoadLimits.maxFileBytes) to load it";
    }

    /**
     * Reads each sheet of an .xlsx workbook as a CSV text of its own, shown as {@code FILE:SHEET}: so
     * its problems and origins read {@code employees.xlsx:Sheet1:4}, the row as Excel numbers it.
     */
    private void readWorkbook(String shown, InputStream in, Sink sink) {
        List<XlsxFacts.Sheet> sheets;
        try {
            sheets = XlsxFacts.sheets(in, limits.maxFileBytes());
        } catch (XlsxFacts.Unreadable e) {
            sink.problem(shown, 0, e.getMessage());
            return;
        } catch (IOException | RuntimeException e) {
            sink.problem(shown, 0, "cannot read the workbook: " + reason(e instanceof UncheckedIOException u ? u.getCause() : e));
            return;
        }
        if (sheets.isEmpty()) {
            sink.problem(shown, 0, "no people in file: every sheet of the workbook is empty");
            return;
        }
        for (XlsxFacts.Sheet sheet : sheets) {
            if (sink.full()) break;
            readStream(shown + ":" + sheet.name(), new java.io.ByteArrayInputStream(sheet.bytes()), "csv", sink);
        }
    }

    /** Reads one text; whatever goes wrong becomes a problem of this file. */
    private void readStream(String shown, InputStream in, String format, Sink sink) {
        readStream(shown, in, format, sink, false);
    }

    /** As above; {@code big}: scan a CSV file on a second thread (see {@link CsvFacts}). */
    private void readStream(String shown, InputStream in, String format, Sink sink, boolean big) {
        sink.beginFile();
        FactReader src = new FactReader(in, limits.maxFileBytes(), !format.equals("csv"));
        if (format.equals("yaml")) src.replaceControls();
        // a value within the limit is never clipped: escapes write one character in at most 12 (\\uD83D\\uDE00)
        if (format.equals("yaml")) src.clipRunsLongerThan((int) Math.min(Integer.MAX_VALUE - 16, 12L * limits.maxFieldChars() + 16));
        try {
            if (format.equals("csv")) {
                CsvFacts.read(shown, src, sink, big && PIPELINE);
            } else if (format.equals("ldif")) {
                LdifFacts.read(shown, src, sink);
            } else if (format.equals("json")) {
                JsonFacts.read(shown, src, sink);
            } else {
                YamlFacts.read(shown, src, sink);
            }
        } catch (IOException | RuntimeException e) {
            if (!src.halted()) {
                sink.problem(shown, 0, "cannot read: " + reason(e instanceof UncheckedIOException u ? u.getCause() : e));
            }
        }
        if (src.halted()) {
            // nothing from a file that could not be read to the end is kept: drop what it gave
            sink.dropFile();
            if (src.utf16()) {
                sink.problem(shown, 1, src.utf16Bom() ? "the file is UTF-16; save it as UTF-8"
                        : "the file is UTF-16 (without a byte order mark: every other byte is 0); the whole file was skipped – save it as UTF-8");
            } else if (src.tooLarge()) {
                sink.problem(shown, 0, tooLarge("is larger than " + LoadLimits.bytes(limits.maxFileBytes())));
            } else {
                sink.problem(shown, 0, "cannot read: " + reason(src.failure()));
            }
        }
        sink.endFile();
    }

    private static String reason(Throwable e) {
        if (e instanceof NoSuchFileException) return "no such file";
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e == null) return "unknown error";
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
