package org.orgrules.query;

import org.orgrules.knowledge.ApproverAnswer;
import org.orgrules.knowledge.Directing;
import org.orgrules.knowledge.Duties;
import org.orgrules.knowledge.DutyItem;
import org.orgrules.knowledge.KindItem;
import org.orgrules.knowledge.KpiAnswer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.orgrules.knowledge.Knowledge;
import org.orgrules.view.Org;
import org.orgrules.view.UnknownSubjectException;
import org.orgrules.engine.Classification;
import org.orgrules.engine.RuleInfo;
import org.orgrules.model.ManagerLine;
import org.orgrules.model.Matter;
import org.orgrules.model.Person;
import org.orgrules.model.Reason;
import org.orgrules.model.ReportsTo;
import org.orgrules.model.Seniority;

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

    // ------------------------------------------------------------------ the holders of a role

    /**
     * The people of the facts who hold the role {@code title}: the same title, or a title the ladder
     * reads as the same rank of the same function ("生产总监" and "Production Director").
     */
    static List<Person> holders(Org org, String title) {
        String t = title == null ? "" : title.strip();
        if (t.isEmpty()) return List.of();
        Classification c = org.rules().classify(t, "");
        return org.people().stream().filter(p -> p.getTitle().equalsIgnoreCase(t) || sameRole(c, org.classification(p.getId()))).toList();
    }

    /** The person named {@code ref} (id, name, surname + title), or empty. */
    static java.util.Optional<Person> person(Org org, String ref) {
        if (ref == null || ref.isBlank()) return java.util.Optional.empty();
        java.util.Optional<Person> p = org.person(ref);
        return p.isPresent() ? p : org.resolver().find(ref);
    }

    private static RuleInfo ruleOf(Org org, String source) {
        return org.rules().rules().stream().filter(r -> r.source().equals(source)).findFirst().orElse(null);
    }

    private static String ids(List<Person> ps) {
        return String.join(", ", ps.stream().map(Person::getId).toList());
    }

    private static Reply reply(Query q, String question, String text, List<Reason> rs, Map<String, Object> fields) {
        Map<String, Object> o = new LinkedHashMap<>(fields);
        o.put("text", text);
        o.put("reasons", Wording.reasons(rs));
        return new Reply(q, text, rs, o, Wording.plain(text, rs), 0).asked(question);
    }

    // ------------------------------------------------------------------ who reports to a role (K2.3)

    /** Who reports to {@code q.person()}: a person, each holder of a title, else what K2.3 says of the role. */
    static Reply team(Org org, Query.Team q, String question) {
        List<Person> hs = holders(org, q.person());
        if (!hs.isEmpty()) {
            List<String> parts = new ArrayList<>();
            Map<String, Object> by = new LinkedHashMap<>();
            for (Person h : hs) {
                List<String> ids = q.all() ? org.allReports(h.getId()) : org.directReports(h.getId());
                by.put(h.getId(), ids);
                parts.add(h.getId() + " ← " + (ids.isEmpty() ? "nobody" : String.join(", ", ids)));
            }
            return reply(q, question, "Reporting " + (q.all() ? "at every level" : "directly") + " to each " + q.person()
                    + " in the facts: " + String.join("; ", parts), List.of(), Map.of("holders", by));
        }
        Classification c = org.rules().classify(q.person(), "");
        RuleInfo k23 = ruleOf(org, "K2.3");
        if (c.hasRank() && "DIRECTOR".equals(c.rankName()) && c.function() != null && k23 != null) {
            String fn = c.function().word().chinese() + "经理 / " + c.function().word().english() + " Manager";
            String text = "The " + fn + "s of the company report to the " + q.person() + ", unless the facts name another manager"
                    + "; nobody in the facts is a " + q.person() + ".";
            return reply(q, question, text, List.of(new Reason(k23.name(), k23.source(), q.person() + " is the "
                    + c.function().functionKey() + " director; the director of a function manages its managers")), Map.of("holders", Map.of()));
        }
        throw new BadQueryException("no person with id or name '" + q.person() + "', and no rule says who reports to a '" + q.person() + "'");
    }

    // ------------------------------------------------------------------ does a role report to a role (K2.3)

    /** Does A report to B, where either may be a role: for each holder of A, else what K2.3 says of the two roles. */
    static Reply reportsTo(Org org, Query.ReportsTo q, String question) {
        List<Person> as = person(org, q.person()).map(List::of).orElseGet(() -> holders(org, q.person()));
        List<Person> bs = person(org, q.manager()).map(List::of).orElseGet(() -> holders(org, q.manager()));
        if (!as.isEmpty() && !bs.isEmpty()) {
            List<String> yes = new ArrayList<>(), no = new ArrayList<>();
            List<Reason> rs = new ArrayList<>();
            Map<String, Object> paths = new LinkedHashMap<>();
            for (Person a : as) {
                ReportsTo found = null;
                for (Person b : bs) {
                    ReportsTo r = org.reportsTo(a.getId(), b.getId());
                    if (r.answer()) { found = r; break; }
                }
                if (found != null) {
                    yes.add(a.getId());
                    paths.put(a.getId(), found.path());
                    rs.addAll(found.reasons());
                } else {
                    no.add(a.getId());
                    paths.put(a.getId(), List.of());
                }
            }
            boolean all = no.isEmpty();
            String text = (all ? "Yes" : yes.isEmpty() ? "No" : "Not all")
                    + (as.size() == 1 ? "" : ": of the " + as.size() + " holding " + q.person() + ", " + (yes.isEmpty() ? "none" : String.join(", ", yes))
                    + (yes.size() == 1 ? " reports" : " report") + " to " + (bs.size() == 1 ? bs.get(0).getId() : "a " + q.manager()
                    + " (" + ids(bs) + ")") + (no.isEmpty() ? "" : "; " + String.join(", ", no) + " not"))
                    + (as.size() == 1 && all ? ", through " + String.join(" → ", ((List<?>) paths.get(as.get(0).getId())).stream().map(Object::toString).toList()) : "")
                    + ".";
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("answer", all);
            o.put("paths", paths);
            return reply(q, question, text, rs, o);
        }
        Classification ca = as.isEmpty() ? org.rules().classify(q.person(), "") : org.classification(as.get(0).getId());
        Classification cb = bs.isEmpty() ? org.rules().classify(q.manager(), "") : org.classification(bs.get(0).getId());
        RuleInfo k23 = ruleOf(org, "K2.3");
        if ("MANAGER".equals(ca.rankName()) && "DIRECTOR".equals(cb.rankName()) && ca.functionKey() != null
                && ca.functionKey().equals(cb.functionKey()) && k23 != null) {
            String text = "Yes: a " + q.person() + " reports directly to the " + q.manager() + " of the same company, unless the facts name another manager.";
            return reply(q, question, text, List.of(new Reason(k23.name(), k23.source(), "both are of " + ca.functionKey()
                    + "; the director of a function manages its managers")), Map.of("answer", true));
        }
        String missing = as.isEmpty() && person(org, q.person()).isEmpty() ? q.person() : q.manager();
        throw new UnknownSubjectException("no person with id or name '" + missing + "' in the facts, and no rule says whether a '"
                + q.person() + "' reports to a '" + q.manager() + "'");
    }

    // ------------------------------------------------------------------ whom a role directs (K2.4)

    /** Whom each holder of the role {@code q.who()} directs by functional direction. */
    static Reply directs(Org org, Query.Directs q, String question) {
        List<Person> hs = holders(org, q.who());
        if (hs.isEmpty()) {
            throw new UnknownSubjectException("no person with id or name '" + q.who() + "', and nobody in the facts is a '" + q.who() + "'");
        }
        Knowledge kn = Knowledge.of(org);
        List<Reason> rs = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        Set<String> depts = new java.util.TreeSet<>();
        for (Person h : hs) {
            Directing d = kn.directs(h.getId());
            parts.add(d.text());
            depts.addAll(d.departments());
            for (Reason r : d.reasons()) if (!rs.contains(r)) rs.add(r);
        }
        return reply(q, question, "Each " + q.who() + " in the facts: " + String.join(" ", parts), rs, Map.of("departments", List.copyOf(depts)));
    }

    // ------------------------------------------------------------------ who approves a role's plan (K2.6)

    /** Who approves the matter a role drafts, or the matter whoever drafts it: from K2.6 and each holder in the facts. */
    static Reply approver(Org org, Query.Approver q, String question) {
        Knowledge kn = Knowledge.of(org);
        Matter m = kn.matter(q.matter());
        List<Person> hs = q.drafter().isBlank() ? holdersOf(org, m) : holders(org, q.drafter());
        List<Reason> rs = new ArrayList<>();
        Set<String> approvers = new LinkedHashSet<>();
        Map<String, Object> by = new LinkedHashMap<>();
        for (Person h : hs) {
            ApproverAnswer a = kn.approver(h.getId(), m.key());
            if (!a.drafter()) continue;
            by.put(h.getId(), a.approvers());
            approvers.addAll(a.approvers());
            for (Reason r : a.reasons()) if (!rs.contains(r)) rs.add(r);
        }
        String role = m.drafterFunction().toLowerCase(Locale.ROOT) + " " + m.drafterRank().toLowerCase(Locale.ROOT);
        String approverRole = m.approverFunction().toLowerCase(Locale.ROOT) + " director";
        if (rs.isEmpty()) {
            rs.add(new Reason(m.origin().rule(), m.origin().source(), "a " + m.label() + " is drafted by a " + role
                    + " and approved by the " + approverRole + ", then executed by the " + role, List.of()));
        }
        String text = "The " + approverRole + " approves the " + m.label() + " that a " + role + " drafts"
                + (by.isEmpty() ? "; nobody in the facts drafts one." : ": in the facts, " + String.join("; ", by.entrySet().stream()
                        .map(e -> e.getKey() + " → " + String.join(" and ", (List<String>) e.getValue())).toList()) + ".");
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("matter", m.key());
        o.put("approvers", List.copyOf(approvers));
        o.put("byDrafter", by);
        return reply(q, question, text, rs, o);
    }

    private static List<Person> holdersOf(Org org, Matter m) {
        List<Person> out = new ArrayList<>();
        for (Person p : org.people()) {
            Classification c = org.classification(p.getId());
            if (m.drafterFunction().equals(c.functionKey()) && m.drafterRank().equals(c.rankName())) out.add(p);
        }
        return out;
    }

    // ------------------------------------------------------------------ the KPIs for a role (K8)

    /** The KPIs for a role that is no person and no kind: each kind's, and each holder's in the facts. */
    static Reply kpis(Org org, Query.Kpis q, String question) {
        Knowledge kn = Knowledge.of(org);
        List<Person> hs = holders(org, q.who());
        if (kn.kinds().isEmpty() || (hs.isEmpty() && !org.rules().classify(q.who(), "").hasRank())) {
            throw new UnknownSubjectException("no person with id or name '" + q.who() + "', nor a kind of product manager, nor a title the ladder reads");
        }
        List<Reason> rs = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        Map<String, Object> byKind = new LinkedHashMap<>();
        for (KindItem k : kn.kinds()) {
            KpiAnswer a = kn.kpis(k.names().isEmpty() ? k.key() : k.names().get(0));
            byKind.put(k.key(), a.kpis().stream().map(i -> i.english() + " / " + i.chinese()).toList());
            parts.add(k.english() + " (" + k.chinese() + "): " + String.join("; ", a.kpis().stream().map(i -> (i.phase() == null ? ""
                    : "[" + i.phase().toLowerCase(Locale.ROOT) + "] ") + i.english()).toList()));
            for (Reason r : a.reasons()) if (!rs.contains(r)) rs.add(r);
        }
        Map<String, Object> byPerson = new LinkedHashMap<>();
        for (Person h : hs) {
            KpiAnswer a = kn.kpis(h.getId());
            byPerson.put(h.getId(), a.kindKnown() ? a.pmKind() : null);
        }
        String text = "The product director evaluates each " + q.who() + " by the KPIs of their kind — " + String.join(" | ", parts)
                + (byPerson.isEmpty() ? "." : ". In the facts: " + String.join(", ", byPerson.entrySet().stream()
                        .map(e -> e.getKey() + " (" + (e.getValue() == null ? "kind unknown" : e.getValue()) + ")").toList())
                        + "; ask for one by name for their KPIs.");
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("kinds", byKind);
        o.put("holders", byPerson);
        return reply(q, question, text, rs, o);
    }

    // ------------------------------------------------------------------ comparing two roles (Q1, Q3, Q5)

    /** How A and B differ: their rank (who is senior) and each one's duties. */
    static Reply compare(Org org, String a, String b, Query q, boolean shared) {
        Knowledge kn = Knowledge.of(org);
        Seniority s = org.whoIsSenior(a, b);
        Duties da = kn.duties(a), db = kn.duties(b);
        List<DutyItem> ia = da.duties(), ib = db.duties();
        if (shared) {
            Set<String> sa = new LinkedHashSet<>(), sb = new LinkedHashSet<>();
            ia.forEach(i -> sa.add(i.source()));
            ib.forEach(i -> sb.add(i.source()));
            sa.retainAll(sb);
            if (!sa.isEmpty()) {
                ia = ia.stream().filter(i -> sa.contains(i.source())).toList();
                ib = ib.stream().filter(i -> sa.contains(i.source())).toList();
            }
        }
        List<Reason> rs = new ArrayList<>(s.reasons());
        Set<String> sources = new LinkedHashSet<>();
        ia.forEach(i -> sources.add(i.source()));
        ib.forEach(i -> sources.add(i.source()));
        for (Reason r : da.reasons()) if (sources.contains(r.source()) && !rs.contains(r)) rs.add(r);
        for (Reason r : db.reasons()) if (sources.contains(r.source()) && !rs.contains(r)) rs.add(r);
        String text = Wording.sentence(s) + " " + da.subject() + ": " + duties(ia) + ". " + db.subject() + ": " + duties(ib) + ".";
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("first", a);
        o.put("second", b);
        o.put("answer", s.answer().name());
        o.put("senior", s.senior());
        o.put("firstDuties", ia.stream().map(i -> i.chinese() + " — " + i.english()).toList());
        o.put("secondDuties", ib.stream().map(i -> i.chinese() + " — " + i.english()).toList());
        Map<String, Object> fields = new LinkedHashMap<>(o);
        fields.put("text", text);
        fields.put("reasons", Wording.reasons(rs));
        return new Reply(q, text, rs, fields, Wording.plain(text, rs), 0);
    }

    private static String duties(List<DutyItem> items) {
        return items.isEmpty() ? "no duties in the article" : String.join("; ", items.stream().map(DutyItem::english).toList());
    }

    // ------------------------------------------------------------------ how many of a role (K2.2)

    /** How many holders of a role a company may have (K2.2: one director of each function), and how many the facts hold. */
    static Reply howMany(Org org, Query.HowMany q) {
        Classification c = org.rules().classify(q.title(), "");
        if (!c.hasRank()) {
            throw new UnknownSubjectException("the ladder reads no rank in '" + q.title() + "'");
        }
        RuleInfo k22 = ruleOf(org, "K2.2");
        boolean one = "DIRECTOR".equals(c.rankName()) && c.function() != null && k22 != null;
        List<Reason> rs = new ArrayList<>();
        String rule;
        if (one) {
            rule = "One: a company has only one " + q.title() + " (one director of each function; it may have several managers of it).";
            rs.add(new Reason(k22.name(), k22.source(), q.title() + " is the " + c.function().functionKey()
                    + " director; a company has one director of each function", List.of()));
        } else {
            rule = "No rule limits how many a company has: the limit of one is for the director of a function"
                    + ("MANAGER".equals(c.rankName()) && k22 != null ? ", and there may be several managers." : ".");
            if (k22 != null && "MANAGER".equals(c.rankName())) {
                rs.add(new Reason(k22.name(), k22.source(), "a company has one director of each function; it may have several managers", List.of()));
            }
        }
        Map<String, List<String>> byCompany = new java.util.TreeMap<>();
        for (Person p : holders(org, q.title())) byCompany.computeIfAbsent(p.getCompany(), k -> new ArrayList<>()).add(p.getId());
        String facts = byCompany.isEmpty() ? " None in the facts." : " In the facts: " + String.join("; ", byCompany.entrySet().stream()
                .map(e -> (e.getKey().isEmpty() ? "the company" : e.getKey()) + " has " + e.getValue().size() + " (" + String.join(", ", e.getValue()) + ")").toList())
                + (one && byCompany.values().stream().anyMatch(v -> v.size() > 1) ? " — more than one breaks K2.2 (see check)." : ".");
        String text = rule + facts;
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("title", q.title());
        o.put("onePerCompany", one);
        o.put("inFacts", byCompany);
        Map<String, Object> fields = new LinkedHashMap<>(o);
        fields.put("text", text);
        fields.put("reasons", Wording.reasons(rs));
        return new Reply(q, text, rs, fields, Wording.plain(text, rs), 0);
    }

    /** True when a title's reading is the role's: the same rank, level and function, both known. */
    private static boolean sameRole(Classification role, Classification c) {
        return role.hasRank() && role.function() != null && c.hasRank() && c.function() != null
                && role.rankName().equals(c.rankName()) && role.level() == c.level() && role.functionKey().equals(c.functionKey());
    }
}
