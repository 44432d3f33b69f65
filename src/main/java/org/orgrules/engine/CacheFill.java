package org.orgrules.engine;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * What a build through a {@link RuleCache} does when its rules are not in the cache (a miss).
 * <ul>
 *   <li>{@link #IN_PROCESS} (the default): compile to the executable model here, answer with it and
 *       keep it — 5–6 s of CPU for the bundled rules, but the rules are then loaded by every later build;</li>
 *   <li>{@link #classicNowFillLater}: answer with the classic build (~2.5 s of CPU, what {@code --no-cache}
 *       does) and ask the caller's {@code filler} to fill the entry some other way (the CLI starts a
 *       detached, niced JVM: {@code org.orgrules.cli.BackgroundFill}), so that the next build hits.
 *       The library itself never starts a process.</li>
 * </ul>
 * A request is made at most once per entry while a fill of it may still be running: the build claims
 * a marker file beside the entry ({@link RuleCache#claimFill}); the fill removes it ({@link #fill}),
 * and a marker older than {@link RuleCache#FILL_STALE} is taken for a fill that died. Answers are the
 * same whichever build answered ({@code RuleCacheTest} compares them).
 */
public final class CacheFill {
    /** Compile to the executable model in this process, answer with it and keep it (today's behaviour). */
    public static final CacheFill IN_PROCESS = new CacheFill(null);

    /**
     * What a filler is asked to do: compile the rules of {@code source} (trusted or not) into
     * {@code cache}, whose entry {@code key} they are missing. A filler in another process runs
     * {@link #fill(RuleSource, boolean, RuleCache)} on the same source (the same folder as named, from
     * the same working directory: the key covers how the rules name their files).
     */
    public record Request(RuleSource source, boolean trusted, RuleCache cache, String key) {}

    private final Consumer<Request> filler; // null: in process

    private CacheFill(Consumer<Request> filler) {
        this.filler = filler;
    }

    /** Answer a miss with the classic build, and hand {@code filler} the request to fill the entry. */
    public static CacheFill classicNowFillLater(Consumer<Request> filler) {
        return new CacheFill(Objects.requireNonNull(filler, "filler"));
    }

    /** True for {@link #IN_PROCESS}. */
    public boolean inProcess() { return filler == null; }

    /** Hands the request on; a filler that fails is logged, the marker released so a later miss asks again. */
    void request(Request r) {
        try {
            filler.accept(r);
        } catch (RuntimeException e) {
            r.cache().releaseFill(r.key());
            org.slf4j.LoggerFactory.getLogger(CacheFill.class).debug("cannot fill the rule cache for {}: {}", r.source(), e.toString());
        }
    }

    /**
     * What a filler runs: builds the rules of {@code source} through {@code cache} in this process
     * (a compile to the executable model, kept atomically, unless the entry is there already), then
     * removes the fill marker of the entry. A build that fails (the rules have errors, or compile only
     * classically) leaves the marker, so that calls do not start a failing fill again before it is stale.
     *
     * @return the key of the entry, now in the cache
     * @throws RulesException when the rules do not build
     */
    public static String fill(RuleSource source, boolean trusted, RuleCache cache) {
        RuleBase.build(source, 1_000_000L, 100, trusted, cache, IN_PROCESS);
        String key = CacheKey.of(source, source.read(), trusted);
        if (!java.nio.file.Files.isRegularFile(cache.file(key))) {
            throw new RulesException(source.toString(), "the rules compile, but not to the executable model: not cached");
        }
        cache.releaseFill(key);
        return key;
    }

    @Override public String toString() { return inProcess() ? "in process" : "classic now, fill later"; }
}
