package org.orgrules.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.orgrules.query.QueryParser;
import org.orgrules.query.Questions;

/**
 * The query endpoints as data: each path names the CLI command it answers and the query parameters
 * that are that command's arguments, in order. The server registers {@code GET /v1/PATH} and
 * {@code GET /v1/explain/PATH} for each; the OpenAPI document is written from the same table.
 */
final class Routes {
    /** A query parameter: {@code flag} ones are booleans (e.g. {@code all=true}), the rest are arguments in order. */
    record Param(String name, boolean required, boolean flag, String description) {
        static Param arg(String name, String description) { return new Param(name, true, false, description); }

        static Param optional(String name, String description) { return new Param(name, false, false, description); }

        static Param flag(String name, String description) { return new Param(name, false, true, description); }
    }

    /** {@code GET /v1/{path}}: the CLI's {@code command} with the arguments of {@code params}. */
    record Route(String path, String command, List<Param> params, String summary) {}

    /** What a parameter of the query table is, by its label. */
    private static final Map<String, String> MEANING = Map.of(
            "A", "a person (id, exact name, or surname + title) or, where a title will do, a bare title",
            "B", "the other person or title (reports-to: a manager, at any level)",
            "MATTER", "the matter drafted, e.g. 生产计划 / production plan",
            "LINE", "a product line");

    /**
     * One route per query of {@link QueryParser#KINDS} (so a query added there is an endpoint too),
     * its arguments named by their labels in lower case ({@code a}, {@code b}, {@code matter}), team's
     * {@code --all} as {@code all=true}; then {@code ask} with {@code q}.
     */
    static final List<Route> QUERIES = queries();

    private static List<Route> queries() {
        List<Route> routes = new ArrayList<>();
        for (QueryParser.Kind k : QueryParser.KINDS) {
            List<Param> params = new ArrayList<>();
            for (QueryParser.Param p : k.params()) {
                String name = p.label().toLowerCase(Locale.ROOT);
                String meaning = MEANING.getOrDefault(p.label(), p.label());
                params.add(p.optional() ? Param.optional(name, meaning) : Param.arg(name, meaning));
            }
            if (k.takesAll()) params.add(Param.flag("all", "every level below, not only direct reports"));
            routes.add(new Route(k.name(), k.name(), List.copyOf(params), k.description()));
        }
        routes.add(new Route("ask", "ask", List.of(Param.arg("q", "a question in Chinese or English, e.g. 产品经理和技术总监哪个大? "
                + "(at most " + Questions.MAX_CHARS + " characters)")), "Ask in words: the article's question forms, Chinese or English"));
        return List.copyOf(routes);
    }

    private Routes() {}
}
