package org.orgrules.cli;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.orgrules.engine.CacheFill;
import org.orgrules.engine.RuleCache;
import org.orgrules.engine.RuleSource;

/**
 * Fills the rule cache from a detached, niced JVM, so that a one-shot call that missed the cache can
 * answer with the classic build (~2.5 s of CPU) instead of compiling to the executable model
 * (5–6 s) — and the next call still hits. {@link #start} is the CLI's {@link CacheFill} filler, used
 * when {@code ORGRULES_CACHE_FILL=background} (the launcher {@code ./orgrules} sets it for one-shot
 * commands; {@code bench}, {@code serve} and {@code shell} build once and are better off compiling in
 * process). {@link #main} is the filling JVM:
 * {@code java -cp <the CLI's class path> org.orgrules.cli.BackgroundFill --cache DIR (--rules DIR | --bundled) [--trust-rules]},
 * started in the caller's working directory (the cache key covers how the rules folder is named).
 * It prints nothing (its streams are discarded) and writes only the cache entry, atomically, so fills
 * of the same entry at once are safe; the marker the build claimed keeps quick calls from starting more.
 */
public final class BackgroundFill {
    private BackgroundFill() {}

    /** The value of {@code ORGRULES_CACHE_FILL} that asks for it. */
    static final String ENV = "ORGRULES_CACHE_FILL";

    /** Whether {@code env} asks one-shot calls to fill the cache in the background. */
    static boolean asked(java.util.Map<String, String> env) {
        return "background".equals(env.get(ENV));
    }

    /** Starts the filling JVM for {@code r} and returns at once; its output goes nowhere. */
    static void start(CacheFill.Request r) {
        ProcessBuilder pb = new ProcessBuilder(command(r))
                .directory(new File(System.getProperty("user.dir")))
                .redirectInput(ProcessBuilder.Redirect.from(new File(nullDevice())))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        try {
            pb.start();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e); // the build releases the marker and logs it
        }
    }

    private static String nullDevice() {
        return File.separatorChar == '\\' ? "NUL" : "/dev/null";
    }

    /** The command line of the filling JVM: {@code [setsid] [nice -n 10] java … BackgroundFill …}. */
    static List<String> command(CacheFill.Request r) {
        List<String> c = new ArrayList<>();
        // its own session (a Ctrl-C at the terminal does not stop it) and a low priority (the answer came already)
        tool("setsid").ifPresent(c::add);
        tool("nice").ifPresent(n -> c.addAll(List.of(n, "-n", "10")));
        c.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        c.addAll(List.of("-Dfile.encoding=UTF-8", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xss16m",
                "-cp", System.getProperty("java.class.path"), BackgroundFill.class.getName(),
                "--cache", r.cache().dir().toString()));
        if (r.source().path().isPresent()) c.addAll(List.of("--rules", r.source().path().get().toString()));
        else c.add("--bundled");
        if (r.trusted()) c.add("--trust-rules");
        return c;
    }

    private static java.util.Optional<String> tool(String name) {
        for (String d : List.of("/usr/bin/", "/bin/")) {
            if (Files.isExecutable(Path.of(d + name))) return java.util.Optional.of(d + name);
        }
        return java.util.Optional.empty();
    }

    /** Fills the cache as {@link #command} says; exit code 0 when the entry is there, 1 otherwise (nobody reads either). */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** {@link #main} without the exit: the key of the entry filled, or null when nothing was (tests call it). */
    static String fill(String[] args) throws java.io.IOException {
        Path cache = null, rules = null;
        boolean bundled = false, trusted = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--cache" -> cache = Path.of(args[++i]);
                case "--rules" -> rules = Path.of(args[++i]);
                case "--bundled" -> bundled = true;
                case "--trust-rules" -> trusted = true;
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        if (cache == null || (rules == null) == !bundled) {
            throw new IllegalArgumentException("usage: BackgroundFill --cache DIR (--rules DIR | --bundled) [--trust-rules]");
        }
        return CacheFill.fill(bundled ? RuleSource.bundled() : RuleSource.folder(rules), trusted, RuleCache.open(cache));
    }

    static int run(String[] args) {
        try {
            return fill(args) == null ? 1 : 0;
        } catch (Exception | LinkageError e) {
            return 1;
        }
    }
}
