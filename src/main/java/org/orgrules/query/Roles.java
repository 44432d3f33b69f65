package org.orgrules.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.orgrules.Org;
import org.orgrules.engine.Classification;
import org.orgrules.engine.RuleInfo;
import org.orgrules.model.ManagerLine;
import org.orgrules.model.Person;
import org.orgrules.model.Reason;

/**
 * "Whom does X report to?" asked in words, where X may be a person, a title that people hold, or
 * a role no one in the facts holds: the answer for the person, for each holder, or what K2.3 says
 * of the role.
 */
final class Roles {
    private Roles() {}

    /** The reply's JSON holds only the answer's own fields; {@code ask} adds the text and reasons. */
    static Reply managers(Org org, Query.Managers q) {
        String who = q.person();
        if (org.person(who).isPresent()) {
            Person p = org.person(who).get();
            List<ManagerLine> lines = org.managersOf(p.getId());
            String text = lines.isEmpty() ? p.getId() + " reports to nobody: the top of the tree."
                    : p.getId() + " reports to " + Wording.managerList(lines, " and ") + "."
                            + (org.primaryLineReasons(p.getId()).isEmpty() ? "" : " " + lines.get(0).id() + " is " + Wording.PRIMARY + ".");
            List<Reason> rs = lines.stream().flatMap(l -> l.reasons().stream()).toList();
            return new Reply(q, text, rs, Map.of("managers", lines.stream().map(ManagerLine::id).toList()), "", 0);
        }
        // A role's holders: the title as written, or any title the ladder reads as the same rank and
        // function (质检经理 for "QA manager", "Product Manager" for 产品经理)
        Classification role = org.rules().classify(who, "");
        List<Person> holders = org.people().stream().filter(p -> p.getTitle().equalsIgnoreCase(who)
                || sameRole(role, org.classification(p.getId()))).toList();
        if (!holders.isEmpty()) {
            List<String> parts = new ArrayList<>();
            List<Reason> rs = new ArrayList<>();
            rs.add(new Reason(Org.NAMES, "", "'" + who + "' names no person, so it was read as a role: "
                    + (role.hasRank() && role.function() != null ? "everyone whose title the ladder reads as "
                    + role.functionKey() + " " + role.rankName() : "everyone with that title")));
            for (Person h : holders) {
                List<ManagerLine> lines = org.managersOf(h.getId());
                parts.add(h.getId() + " → " + (lines.isEmpty() ? "nobody" : Wording.managerList(lines, ", ")));
                lines.forEach(l -> rs.addAll(l.reasons()));
            }
            return new Reply(q, "Each " + who + " in the facts reports to: " + String.join("; ", parts), rs, Map.of(), "", 0);
        }
        Classification c = role;
        RuleInfo k23 = org.rules().rules().stream().filter(r -> r.source().equals("K2.3")).findFirst().orElse(null);
        if (c.hasRank() && "MANAGER".equals(c.rankName()) && c.function() != null && k23 != null) {
            String fn = c.function().word().chinese() + "总监 / " + c.function().word().english() + " Director";
            return new Reply(q, "A " + who + " reports to the " + fn + " of the same company, unless the facts name another manager.",
                    List.of(new Reason(k23.name(), k23.source(), who + " is a " + c.function().functionKey()
                            + " manager; the director of that function manages them")), Map.of(), "", 0);
        }
        throw new BadQueryException("no person with id or name '" + who + "', and no rule says whom a '" + who + "' reports to");
    }

    /** True when a title's reading is the role's: the same rank, level and function, both known. */
    private static boolean sameRole(Classification role, Classification c) {
        return role.hasRank() && role.function() != null && c.hasRank() && c.function() != null
                && role.rankName().equals(c.rankName()) && role.level() == c.level() && role.functionKey().equals(c.functionKey());
    }
}
