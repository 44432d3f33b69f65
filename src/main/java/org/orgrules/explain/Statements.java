package org.orgrules.explain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.orgrules.engine.RuleSource;
import org.orgrules.engine.RulesException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The catalogue of K-statements, read from {@code statements.yaml} beside the rules (id → english,
 * chinese), so explanations can quote the article without the project's knowledge base at hand.
 * Immutable.
 */
public final class Statements {
    public static final String FILE = "statements.yaml";
    private static final Statements NONE = new Statements(Map.of());
    private final Map<String, Statement> byId;

    private Statements(Map<String, Statement> byId) {
        this.byId = Collections.unmodifiableMap(byId);
    }

    /** The catalogue beside the rules of {@code source}; the bundled one when the folder has none. */
    public static Statements of(RuleSource source) {
        Optional<Path> folder = source.path();
        if (folder.isPresent() && Files.isRegularFile(folder.get().resolve(FILE))) {
            Path f = folder.get().resolve(FILE);
            try (InputStream in = Files.newInputStream(f)) {
                return parse(in, f.toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return bundled();
    }

    /** The catalogue bundled in the jar ({@code orgrules/rules/statements.yaml}); empty when absent. */
    public static Statements bundled() {
        try (InputStream in = Statements.class.getClassLoader().getResourceAsStream(RuleSource.BUNDLED_ROOT + "/" + FILE)) {
            return in == null ? NONE : parse(in, "bundled:rules/" + FILE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Statements parse(InputStream in, String shown) {
        Object doc;
        try {
            doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        } catch (RuntimeException e) {
            throw new RulesException(shown, "not a statements catalogue: " + e.getMessage().lines().findFirst().orElse(""));
        }
        Map<String, Statement> out = new LinkedHashMap<>();
        if (doc instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                String id = String.valueOf(e.getKey());
                if (e.getValue() instanceof Map<?, ?> v) {
                    out.put(id, new Statement(id, str(v.get("english")), str(v.get("chinese"))));
                } else {
                    throw new RulesException(shown, "statement " + id + " needs 'english' and 'chinese'");
                }
            }
        } else if (doc != null) {
            throw new RulesException(shown, "expected a map of statement id → {english, chinese}");
        }
        return new Statements(out);
    }

    private static String str(Object o) { return o == null ? "" : o.toString(); }

    public Optional<Statement> get(String id) { return Optional.ofNullable(byId.get(id)); }

    /** Every statement, in the catalogue's order. */
    public Map<String, Statement> all() { return byId; }
}
