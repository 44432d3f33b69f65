package org.orgrules.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.orgrules.model.Chain;
import org.orgrules.model.LineType;
import org.orgrules.model.ManagerLine;
import org.orgrules.model.Reason;
import org.orgrules.model.ReportsTo;
import org.orgrules.model.Seniority;

/**
 * The sentences and JSON fields answers share, written once: the seniority sentence, a manager
 * line, the reasons as the CLI prints them ({@code because …} / {@code rule: …}) and as JSON.
 */
final class Wording {
    private Wording() {}

    static String sentence(Seniority s) {
        return switch (s.answer()) {
            case FIRST_SENIOR -> s.first() + " is senior to " + s.second() + ".";
            case SECOND_SENIOR -> s.second() + " is senior to " + s.first() + ".";
            case PEERS -> s.first() + " and " + s.second() + " are peers (平级): neither is senior.";
            case INCOMPARABLE -> s.first() + " and " + s.second() + " cannot be compared.";
        };
    }

    /** "zhang (inferred) and sun": the managers of a line list, for one sentence. */
    /** What the first of several lines of the chain of command is (primary-line.drl chose it). */
    static final String PRIMARY = "the primary line, which chain and team follow";

    static String managerList(List<ManagerLine> lines, String separator) {
        return String.join(separator, lines.stream().map(l -> l.id() + (l.inferred() ? " (inferred)" : "")).toList());
    }

    /** One manager line as the CLI prints it: "li reports to zhang (inferred)", with its kind and dates. */
    static String managerLine(String who, ManagerLine l) {
        String dates = l.from() == null && l.to() == null ? ""
                : ", " + (l.from() == null ? "" : "from " + l.from()) + (l.from() != null && l.to() != null ? " " : "")
                + (l.to() == null ? "" : "to " + l.to());
        String kind = l.type() == LineType.SOLID ? (l.inferred() ? " (inferred)" : "")
                : " (" + l.type() + " line, " + l.type().chinese() + ")";
        return who + " reports to " + l.id() + kind + (dates.isEmpty() ? "" : " (" + dates.substring(2) + ")");
    }

    static String reportsTo(ReportsTo r) {
        return r.answer() ? "Yes: " + r.person() + " reports to " + r.manager() + " through " + String.join(" → ", r.path())
                + (r.line() == LineType.SOLID ? "" : " (" + r.line() + " line, " + r.line().chinese() + ")")
                : "No: " + r.person() + " does not report to " + r.manager() + ".";
    }

    static String chain(Chain c) {
        return c.chain().isEmpty() ? c.person() + " has no manager: the top of the tree."
                : c.person() + " → " + String.join(" → ", c.chain()) + (c.cycle() ? " (cycle: stopped)" : "");
    }

    static String team(String who, boolean all, List<String> ids) {
        return ids.isEmpty() ? "Nobody reports to " + who + (all ? "." : " directly.")
                : ids.size() + (all ? " people report to " + who + " at every level: " : " people report directly to " + who + ": ")
                + String.join(", ", ids);
    }

    static String peers(String who, List<String> ids) {
        return ids.isEmpty() ? who + " has no peers (平级) in the facts."
                : who + "'s peers (平级, same company and rank): " + String.join(", ", ids);
    }

    /** {@code line} and then the reasons, as the CLI prints an answer. */
    static String plain(String line, List<Reason> reasons) {
        StringBuilder b = new StringBuilder(line).append('\n');
        appendReasons(b, reasons);
        return b.toString();
    }

    static void appendReasons(StringBuilder b, List<Reason> rs) {
        for (Reason r : rs) {
            b.append("  because ").append(r.text()).append('\n');
            b.append("      rule: ").append(r.rule()).append(r.source().isEmpty() ? "" : " [" + r.source() + "]")
                    .append(r.facts().isEmpty() ? "" : "  facts: " + String.join(", ", r.facts())).append('\n');
        }
    }

    static List<Object> reasons(List<Reason> rs) {
        List<Object> out = new ArrayList<>(rs.size());
        for (Reason r : rs) {
            Map<String, Object> o = obj("rule", r.rule());
            o.put("source", r.source());
            o.put("text", r.text());
            o.put("facts", r.facts());
            out.add(o);
        }
        return out;
    }

    static Map<String, Object> obj(String k, Object v) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put(k, v);
        return o;
    }
}
