package org.orgrules.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The queries by name, as the CLI, the suites and the HTTP service take them: each {@link Kind}
 * says its command, its help line and its arguments, and makes the {@link Query}. The CLI builds
 * one command per kind from this table, so a query added here is a command, an {@code explain}
 * target and a suite kind at once.
 */
public final class QueryParser {
    private QueryParser() {}

    /**
     * An argument of a query.
     *
     * @param label    its name in the help (A, B, MATTER)
     * @param optional whether it may be left out (only the last ones)
     * @param rest     whether it takes every word left, joined by spaces ("生产 计划")
     */
    public record Param(String label, boolean optional, boolean rest) {
        static Param one(String label) { return new Param(label, false, false); }
    }

    /**
     * A kind of query.
     *
     * @param name        the command that asks it
     * @param description its help line
     * @param params      its arguments, in order
     * @param takesAll    whether it takes {@code --all} (every level, for team)
     */
    public record Kind(String name, String description, List<Param> params, boolean takesAll,
                       BiFunction<List<String>, Boolean, Query> make) {
        public Kind {
            params = List.copyOf(params);
        }

        int required() { return (int) params.stream().filter(p -> !p.optional()).count(); }

        boolean open() { return !params.isEmpty() && params.get(params.size() - 1).rest(); }
    }

    private static final Param A = Param.one("A");

    /** Every query, in the order the CLI's help lists them. */
    public static final List<Kind> KINDS = List.of(
            new Kind("senior", "Who is senior, A or B? (people by id, or bare titles such as 产品经理)",
                    List.of(A, Param.one("B")), false, (a, all) -> new Query.Senior(a.get(0), a.get(1))),
            new Kind("reports-to", "Whom A reports to directly; with B: does A report to B through the chain?",
                    List.of(A, new Param("B", true, false)), false,
                    (a, all) -> a.size() == 1 ? new Query.Managers(a.get(0)) : new Query.ReportsTo(a.get(0), a.get(1))),
            new Kind("chain", "A's chain of command: nearest manager first, the top last",
                    List.of(A), false, (a, all) -> new Query.ChainOfCommand(a.get(0))),
            new Kind("team", "Who reports to A: directly, or at every level with --all",
                    List.of(A), true, (a, all) -> new Query.Team(a.get(0), all)),
            new Kind("peers", "A's peers (平级): same company and rank, neither in the other's chain",
                    List.of(A), false, (a, all) -> new Query.Peers(a.get(0))),
            new Kind("check", "Which facts break the rules; exit 1 when any ERROR",
                    List.of(), false, (a, all) -> new Query.Check()),
            new Kind("directs", "Whom A directs by functional direction (K2.4): departments and people; not a reporting line",
                    List.of(A), false, (a, all) -> new Query.Directs(a.get(0))),
            new Kind("directed-by", "Who directs A beyond the reporting line (K2.4); A a person or a department (质检部门, QA department)",
                    List.of(A), false, (a, all) -> new Query.DirectedBy(a.get(0))),
            new Kind("approver", "Who approves the MATTER A drafts (K2.6): 生产计划 / production plan, 车间人员调配方案 / workshop staffing plan",
                    List.of(A, new Param("MATTER", false, true)), false, (a, all) -> new Query.Approver(a.get(0), a.get(1))),
            new Kind("class", "A's management class (K3.1, K3.2): SENIOR_MANAGEMENT, MIDDLE_MANAGEMENT or STAFF; A a person or a bare title",
                    List.of(A), false, (a, all) -> new Query.ManagementClass(a.get(0))),
            new Kind("owner", "Who owns product line LINE (K5.2)",
                    List.of(new Param("LINE", false, true)), false, (a, all) -> new Query.Owner(a.get(0))),
            new Kind("lines", "A's product lines (K5.2); for a product director also the lines handed out",
                    List.of(A), false, (a, all) -> new Query.Lines(a.get(0))),
            new Kind("kpis", "The KPIs the product director should use for product manager A, or for a kind (saas, in-house, basic-service) (K8)",
                    List.of(A), false, (a, all) -> new Query.Kpis(a.get(0))),
            new Kind("duties", "A's duties (person or bare title) in the article's Chinese with an English gloss; a production director's seven steps (Q4)",
                    List.of(A), false, (a, all) -> new Query.Duties(a.get(0))),
            new Kind("compare", "How A and B differ (Q1, Q3): who is senior, and each one's duties; people or bare titles",
                    List.of(A, Param.one("B")), false, (a, all) -> new Query.Compare(a.get(0), a.get(1))),
            new Kind("together", "How A and B work together (Q5): who is senior, and the duties the article gives both",
                    List.of(A, Param.one("B")), false, (a, all) -> new Query.Together(a.get(0), a.get(1))),
            new Kind("how-many", "How many of TITLE a company may have (K2.2: one director of each function), and how many the facts hold",
                    List.of(new Param("TITLE", false, true)), false, (a, all) -> new Query.HowMany(a.get(0))),
            new Kind("titles", "Every distinct title in the facts as the ladder read it: rank, level, function, "
                    + "the words and rules that decided, the unit, and CERTAIN / UNCERTAIN / UNKNOWN — review before trusting check",
                    List.of(), false, (a, all) -> new Query.Titles()));

    /** The kind named {@code name}. */
    public static Optional<Kind> kind(String name) {
        return KINDS.stream().filter(k -> k.name().equals(name)).findFirst();
    }

    /** The names of every query. */
    public static List<String> commands() {
        return KINDS.stream().map(Kind::name).toList();
    }

    /**
     * The query {@code command} asks with {@code args} (a last "rest" argument may come as several
     * words); {@code all} is team's {@code --all}.
     *
     * @throws BadQueryException for an unknown command or the wrong number of arguments
     */
    public static Query parse(String command, List<String> args, boolean all) {
        Kind k = kind(command).orElseThrow(() -> new BadQueryException("'" + command + "' is not a query: "
                + String.join(", ", commands())));
        int max = k.params().size();
        if (args.size() < k.required() || (!k.open() && args.size() > max)) {
            String want = k.required() == max ? max + (max == 1 ? " argument" : " arguments") : k.required() + " or " + max + " arguments";
            throw new BadQueryException(command + " takes " + want + (k.open() ? " (the last may be several words)" : "")
                    + ", got " + args.size());
        }
        if (all && !k.takesAll()) throw new BadQueryException(command + " does not take --all");
        List<String> a = new ArrayList<>(args);
        if (k.open() && a.size() > max) {
            List<String> rest = a.subList(max - 1, a.size());
            String joined = String.join(" ", rest);
            rest.clear();
            a.add(joined);
        }
        return k.make().apply(List.copyOf(a), all);
    }
}
