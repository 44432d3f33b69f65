package org.orgrules.engine;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The name of one compiled form of the rules in the {@link RuleCache}: a SHA-256 over everything
 * the compiled form depends on, so that a later run finds it only when it would compile the same:
 * <ul>
 *   <li>every rule file: its path and its content (and how problems name it, {@code rules/…}, since
 *       the warnings stored with the entry carry those names);</li>
 *   <li>the orgrules code actually running: a hash of the jar (or of the {@code .class} files of the
 *       classes folder) the engine was loaded from — the DRL is compiled against the model classes,
 *       which change between builds, and generated code linked against an old model class would fail
 *       only when a rule fires;</li>
 *   <li>the Drools version, the Java runtime version, and whether the rules were trusted;</li>
 *   <li>{@link #FORMAT}, the layout of an entry.</li>
 * </ul>
 * {@code statements.yaml} is not part of the key: it is not compiled, and is read afresh by each
 * explanation ({@code Statements.of}), so an edit to it can never be served stale. Nor are the
 * vocabulary tables ({@code vocabulary/*.yaml}, {@link VocabularyTables}): data, not compiled, read and
 * parsed by every build (and part of the JVM's memo of builds, {@code RuleBase}), so a table edit is
 * answered at once and costs a load of the same compiled rules, never a compile.
 */
public final class CacheKey {
    /** Bumped whenever the entry layout or what goes into the key changes. */
    static final int FORMAT = 1;

    private static volatile String environment;

    private CacheKey() {}

    /** The key of {@code files} read from {@code source}, compiled trusted or not. */
    public static String of(RuleSource source, List<RuleFile> files, boolean trusted) {
        return of(source, files, trusted, environment());
    }

    /** As {@link #of(RuleSource, List, boolean)} under another environment (orgrules, Drools and Java versions). */
    static String of(RuleSource source, List<RuleFile> files, boolean trusted, String environment) {
        MessageDigest d = sha256();
        field(d, "format " + FORMAT);
        field(d, environment);
        field(d, "trusted " + trusted);
        field(d, "root " + source);
        for (RuleFile f : files) {
            field(d, f.relativePath());
            field(d, f.shownAs());
            field(d, f.content());
        }
        return HexFormat.of().formatHex(d.digest());
    }

    /**
     * What the key holds besides the rules: {@code orgrules <hash of the running code>}, the Drools
     * version, the Java runtime. Computed once per JVM (hashing the jar takes a few milliseconds).
     */
    public static String environment() {
        String e = environment;
        if (e == null) {
            environment = e = "orgrules " + codeFingerprint(RuleBase.class)
                    + "\ndrools " + version(org.drools.core.common.DefaultFactHandle.class)
                    + " model " + version(org.drools.modelcompiler.CanonicalKieModule.class)
                    + " kie-api " + version(org.kie.api.KieServices.class)
                    + "\njava " + System.getProperty("java.vm.vendor") + " " + System.getProperty("java.runtime.version");
        }
        return e;
    }

    /** A hash of the jar or classes folder {@code c} was loaded from; its location when it cannot be read. */
    static String codeFingerprint(Class<?> c) {
        CodeSource cs = c.getProtectionDomain().getCodeSource();
        if (cs == null || cs.getLocation() == null) return "unknown-code-source";
        try {
            Path p = Path.of(cs.getLocation().toURI());
            MessageDigest d = sha256();
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    for (Path f : walk.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                        field(d, p.relativize(f).toString());
                        d.update(Files.readAllBytes(f));
                    }
                }
            } else {
                try (InputStream in = Files.newInputStream(p)) {
                    byte[] buf = new byte[1 << 16];
                    for (int n; (n = in.read(buf)) > 0; ) d.update(buf, 0, n);
                }
            }
            return HexFormat.of().formatHex(d.digest());
        } catch (IOException | URISyntaxException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            // never the same twice: an unreadable code source must not share entries with another build
            return "unreadable " + cs.getLocation() + " " + System.nanoTime();
        }
    }

    /** The implementation version in the jar's manifest, else the jar's file name (which carries it). */
    private static String version(Class<?> c) {
        Package p = c.getPackage();
        if (p != null && p.getImplementationVersion() != null) return p.getImplementationVersion();
        CodeSource cs = c.getProtectionDomain().getCodeSource();
        return cs == null || cs.getLocation() == null ? "unknown" : cs.getLocation().getPath().replaceFirst(".*/", "");
    }

    private static void field(MessageDigest d, String s) {
        byte[] b = (s == null ? "" : s).getBytes(StandardCharsets.UTF_8);
        d.update(java.nio.ByteBuffer.allocate(4).putInt(b.length).array());
        d.update(b);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }
}
