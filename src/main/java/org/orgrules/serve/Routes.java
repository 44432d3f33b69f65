package org.orgrules.serve;

import java.util.List;

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
    record Route(String path, String command, List<Param> params, String summary) {
        List<Param> args() { return params.stream().filter(p -> !p.flag()).toList(); }

        /** Whether {@code /v1/explain/{path}} exists too (every query but the titles review). */
        boolean explained() { return !command.equals("titles"); }
    }

    private static final Param A = Param.arg("a", "a person (id or exact name) or, where a title will do, a bare title");

    static final List<Route> QUERIES = List.of(
            new Route("senior", "senior", List.of(A, Param.arg("b", "the other person or title")), "Who is senior, a or b?"),
            new Route("reports-to", "reports-to", List.of(A, Param.optional("b", "a manager: does a report to b, at any level?")),
                    "Whom does a report to (every line), or does a report to b?"),
            new Route("chain", "chain", List.of(A), "a's chain of command, up to the top"),
            new Route("team", "team", List.of(A, Param.flag("all", "every level below a, not only direct reports")),
                    "Who reports to a"),
            new Route("peers", "peers", List.of(A), "a's peers: the same manager and level"),
            new Route("check", "check", List.of(), "Which facts break the rules (violations)"),
            new Route("directs", "directs", List.of(A), "Whom a directs: reporting, functional and dotted lines"),
            new Route("directed-by", "directed-by", List.of(A), "Who directs a, on every line"),
            new Route("approver", "approver", List.of(A, Param.arg("matter", "the matter, e.g. leave, budget, plan")),
                    "Who approves a's matter"),
            new Route("class", "class", List.of(A), "a's management class"),
            new Route("owner", "owner", List.of(Param.arg("line", "a product line")), "Who owns a product line"),
            new Route("lines", "lines", List.of(A), "The product lines a works on"),
            new Route("kpis", "kpis", List.of(A), "The KPIs a is measured by"),
            new Route("duties", "duties", List.of(A), "a's duties"),
            new Route("titles", "titles", List.of(), "Every distinct title as the ladder read it: review before trusting check"),
            new Route("ask", "ask", List.of(Param.arg("q", "a question in Chinese or English, e.g. 产品经理和技术总监哪个大?")),
                    "Ask in words"));

    private Routes() {}
}
