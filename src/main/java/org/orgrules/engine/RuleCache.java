package org.orgrules.engine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.orgrules.io.AtomicFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A folder of compiled rules, so that a process does not compile the DRL another one already
 * compiled (compiling is ~90 % of a one-shot CLI call). One file per {@link CacheKey}:
 * {@code rules-<key>.bin}, holding the executable-model module jar ({@link ExecutableModel}) and
 * the build's warnings — everything else a {@link RuleBase} holds (rule locations, the seniority
 * table, line uses) is derived again from the loaded KieBase and the rule texts, exactly as after
 * a compile.
 *
 * <p>Safety: an entry is written whole or not at all ({@link AtomicFiles}: temporary file and
 * atomic rename, so processes writing the same entry at once each leave a complete file) and
 * starts with a SHA-256 of the rest. An entry that is missing, truncated, corrupt, of another
 * format or of another key is a miss, never an error: the caller compiles. At most {@link #MAX_ENTRIES}
 * entries are kept, the least recently used go first.
 *
 * <p>Layout: {@code orgrules-rule-cache <FORMAT>\n<sha256 hex of the body>\n<body>}; the body
 * (Java {@code DataOutput}: JSON would cost a warm call the ~0.2 s Jackson takes to start) holds
 * the key, the module's artifact id, the warnings, and the module jar with its length.
 */
public final class RuleCache {
    private static final Logger LOG = LoggerFactory.getLogger(RuleCache.class);
    /** How many compiled rule sets are kept (each ~0.7 MB for the bundled rules). */
    public static final int MAX_ENTRIES = 16;
    private static final String MAGIC = "orgrules-rule-cache " + CacheKey.FORMAT + "\n";

    /** One compiled rule set: the module jar and the warnings its build gave. */
    record Entry(String artifact, byte[] jar, List<RuleProblem> warnings) {}

    private final Path dir;
    private final AtomicBoolean warnedWrite = new AtomicBoolean();

    private RuleCache(Path dir) {
        this.dir = dir;
    }

    /**
     * A cache in {@code dir}, created if need be.
     *
     * @throws IOException when the folder cannot be created or written (then: no cache)
     */
    public static RuleCache open(Path dir) throws IOException {
        Path d = dir.toAbsolutePath();
        Files.createDirectories(d);
        Path probe = Files.createTempFile(d, ".probe.", ".tmp");
        Files.delete(probe);
        return new RuleCache(d);
    }

    /**
     * Where the CLI keeps its cache: {@code $ORGRULES_CACHE_DIR} if set, else
     * {@code $XDG_CACHE_HOME/orgrules} (when absolute, as the XDG spec asks), else {@code ~/.cache/orgrules}.
     */
    public static Path defaultDir(Map<String, String> env, String userHome) {
        String own = env.get("ORGRULES_CACHE_DIR");
        if (own != null && !own.isBlank()) return Path.of(own);
        String xdg = env.get("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) return Path.of(xdg, "orgrules");
        return Path.of(userHome, ".cache", "orgrules");
    }

    public Path dir() { return dir; }

    Path file(String key) { return dir.resolve("rules-" + key + ".bin"); }

    /** How old a fill marker may get before it is taken for a fill that died: 10 minutes. */
    public static final java.time.Duration FILL_STALE = java.time.Duration.ofMinutes(10);

    /** The marker of a fill of {@code key} under way ({@link CacheFill}): {@code rules-<key>.filling}. */
    Path fillMarker(String key) { return dir.resolve("rules-" + key + ".filling"); }

    /**
     * Claims the fill of {@code key}: true when this caller is the one to fill it, i.e. it created the
     * marker (atomically: of processes claiming at once, one wins), or replaced one older than
     * {@link #FILL_STALE}. False when a fill is under way, or the folder cannot be written.
     */
    boolean claimFill(String key) {
        Path m = fillMarker(key);
        for (int attempt = 0; attempt < 2; attempt++) {
            try {
                Files.createFile(m); // exclusive: fails if it exists (empty; nothing to write atomically)
                return true;
            } catch (java.nio.file.FileAlreadyExistsException e) {
                if (modified(m) > System.currentTimeMillis() - FILL_STALE.toMillis()) return false;
                // stale: of the claimers that saw it so, only the one whose rename succeeds goes on
                Path aside = dir.resolve(".rules-" + key + "." + ProcessHandle.current().pid() + "." + System.nanoTime() + ".stale.tmp");
                try {
                    Files.move(m, aside, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                    Files.deleteIfExists(aside);
                } catch (IOException | UnsupportedOperationException gone) {
                    return false;
                }
            } catch (IOException | UnsupportedOperationException e) {
                LOG.debug("cannot claim the fill of {}: {}", m, e.toString());
                return false;
            }
        }
        return false;
    }

    /** Removes the fill marker of {@code key} (the fill is done, or was never started). */
    public void releaseFill(String key) {
        try {
            Files.deleteIfExists(fillMarker(key));
        } catch (IOException e) {
            LOG.debug("cannot remove {}: {}", fillMarker(key), e.toString());
        }
    }

    /** The entry of {@code key}, or empty when there is none or it is not intact (logged, then a miss). */
    Optional<Entry> load(String key) {
        Path f = file(key);
        byte[] all;
        try {
            all = Files.readAllBytes(f);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | OutOfMemoryError e) {
            LOG.warn("cannot read the cached rules {}: {}; compiling", f, e.toString());
            return Optional.empty();
        }
        try {
            Entry entry = parse(key, all);
            touch(f);
            return Optional.of(entry);
        } catch (RuntimeException e) {
            LOG.warn("the cached rules {} are not intact ({}); compiling again", f, e.getMessage());
            return Optional.empty();
        }
    }

    /** Keeps {@code entry} under {@code key}; a failure to write is logged (once) and otherwise ignored. */
    void store(String key, Entry entry) {
        try {
            AtomicFiles.write(file(key), format(key, entry));
            prune();
        } catch (IOException | RuntimeException e) {
            if (warnedWrite.compareAndSet(false, true)) {
                LOG.warn("cannot write the rule cache in {}: {}; the rules are compiled on each run", dir, e.toString());
            }
        }
    }

    /** A cached entry that cannot be used once loaded (e.g. its classes do not link): removed so the next run compiles. */
    void discard(String key) {
        try {
            Files.deleteIfExists(file(key));
        } catch (IOException e) {
            LOG.debug("cannot remove {}: {}", file(key), e.toString());
        }
    }

    static byte[] format(String key, Entry entry) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream(entry.jar().length + 4096);
        DataOutputStream d = new DataOutputStream(body);
        string(d, key);
        string(d, entry.artifact());
        d.writeInt(entry.warnings().size());
        for (RuleProblem p : entry.warnings()) {
            string(d, p.file());
            d.writeInt(p.line());
            d.writeInt(p.column());
            string(d, p.message());
            d.writeBoolean(p.error());
        }
        d.writeInt(entry.jar().length);
        d.write(entry.jar());
        d.flush();
        byte[] b = body.toByteArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length + 100);
        out.write(MAGIC.getBytes(StandardCharsets.US_ASCII));
        out.write(HexFormat.of().formatHex(CacheKey.sha256().digest(b)).getBytes(StandardCharsets.US_ASCII));
        out.write('\n');
        out.write(b);
        return out.toByteArray();
    }

    /** @throws IllegalStateException naming what is wrong with the bytes */
    static Entry parse(String key, byte[] all) {
        byte[] magic = MAGIC.getBytes(StandardCharsets.US_ASCII);
        int bodyAt = magic.length + 65;
        if (all.length < bodyAt || !Arrays.equals(all, 0, magic.length, magic, 0, magic.length)) {
            throw new IllegalStateException("not a rule cache entry of format " + CacheKey.FORMAT);
        }
        if (all[bodyAt - 1] != '\n') throw new IllegalStateException("no checksum line");
        String sum = new String(all, magic.length, 64, StandardCharsets.US_ASCII);
        java.security.MessageDigest md = CacheKey.sha256();
        md.update(all, bodyAt, all.length - bodyAt);
        if (!HexFormat.of().formatHex(md.digest()).equals(sum)) throw new IllegalStateException("checksum mismatch");
        try {
            DataInputStream d = new DataInputStream(new ByteArrayInputStream(all, bodyAt, all.length - bodyAt));
            if (!key.equals(string(d))) throw new IllegalStateException("the entry is of another key");
            String artifact = string(d);
            if (!artifact.matches("[\\w.-]+")) throw new IllegalStateException("no artifact id");
            int n = d.readInt();
            List<RuleProblem> warnings = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                warnings.add(new RuleProblem(string(d), d.readInt(), d.readInt(), string(d), d.readBoolean()));
            }
            int length = d.readInt();
            if (length != d.available()) throw new IllegalStateException("module of the wrong length");
            return new Entry(artifact, d.readNBytes(length), warnings);
        } catch (IOException e) {
            throw new IllegalStateException("truncated: " + e);
        }
    }

    private static void string(DataOutputStream d, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        d.writeInt(b.length);
        d.write(b);
    }

    private static String string(DataInputStream d) throws IOException {
        int n = d.readInt();
        if (n < 0 || n > d.available()) throw new IllegalStateException("truncated string");
        return new String(d.readNBytes(n), StandardCharsets.UTF_8);
    }

    private static void touch(Path f) {
        try {
            Files.setLastModifiedTime(f, FileTime.fromMillis(System.currentTimeMillis()));
        } catch (IOException e) {
            // another process pruned it meanwhile, or a read-only cache: the entry was read already
        }
    }

    /** Keeps the {@link #MAX_ENTRIES} most recently used entries; removes temporary files left by crashes. */
    void prune() {
        List<Path> entries = new ArrayList<>();
        long stale = System.currentTimeMillis() - 3_600_000L;
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            for (Path p : ds) {
                String n = p.getFileName().toString();
                if (n.startsWith("rules-") && n.endsWith(".bin")) entries.add(p);
                else if (n.startsWith(".rules-") && n.endsWith(".tmp") && modified(p) < stale) Files.deleteIfExists(p);
                else if (n.startsWith("rules-") && n.endsWith(".filling") && modified(p) < stale) Files.deleteIfExists(p);
            }
            if (entries.size() <= MAX_ENTRIES) return;
            entries.sort(Comparator.comparingLong(RuleCache::modified).reversed());
            for (Path p : entries.subList(MAX_ENTRIES, entries.size())) Files.deleteIfExists(p);
        } catch (IOException e) {
            LOG.debug("cannot prune the rule cache {}: {}", dir, e.toString());
        }
    }

    private static long modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    @Override public String toString() { return "rule cache " + dir; }
}
