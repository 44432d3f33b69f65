package org.orgrules.facts;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.orgrules.model.Person;

/** Small helpers for the loader tests. */
final class Loads {
    static final FactsLoader LOADER = new FactsLoader(LoadLimits.defaults());

    private Loads() {
    }

    static LoadResult csv(String text) {
        return LOADER.read("t.csv", in(text), "csv");
    }

    static LoadResult yaml(String text) {
        return LOADER.read("t.yaml", in(text), "yaml");
    }

    static InputStream in(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    static InputStream in(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }

    /** {@code before} and {@code after} in UTF-8 with a Latin-1 'é' (0xE9, not UTF-8) between them. */
    static InputStream withLatin1Byte(String before, String after) {
        byte[] b = before.getBytes(StandardCharsets.UTF_8), a = after.getBytes(StandardCharsets.UTF_8);
        byte[] all = java.util.Arrays.copyOf(b, b.length + 1 + a.length);
        all[b.length] = (byte) 0xE9;
        System.arraycopy(a, 0, all, b.length + 1, a.length);
        return in(all);
    }

    static List<String> ids(LoadResult r) {
        return r.people().stream().map(Person::getId).toList();
    }

    static List<String> problems(LoadResult r) {
        return r.problems().stream().map(LoadProblem::toString).toList();
    }

    static Person person(LoadResult r, String id) {
        return r.people().stream().filter(p -> p.getId().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no person '" + id + "' in " + ids(r) + "; problems " + problems(r)));
    }
}
