package org.orgrules.serve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.orgrules.view.Org;
import org.orgrules.view.UnknownPersonException;
import org.orgrules.model.Person;
import org.orgrules.model.TitleReading;
import org.orgrules.model.Violation;
import org.orgrules.titles.TitleReview;

/**
 * What the web page's org chart reads, a little at a time so that it stays usable at 100 k people:
 * the top of the tree, one person's direct reports (a page of them), a search with a limit, and one
 * person's card. Lines are the derived ones (the rules may infer a manager the facts do not name).
 */
final class Directory {
    private Org rootsOf;
    private List<String> roots;

    /**
     * People at the top: nobody's direct report on the derived lines (people on a cycle are someone's,
     * and are found by search). One pass over the people, kept for the org it was made for.
     */
    synchronized List<String> roots(Org org) {
        if (rootsOf != org) {
            java.util.Set<String> reporting = new java.util.HashSet<>();
            for (Person p : org.people()) reporting.addAll(org.directReports(p.getId()));
            List<String> r = new ArrayList<>();
            for (Person p : org.people()) if (!reporting.contains(p.getId())) r.add(p.getId());
            roots = List.copyOf(r);
            rootsOf = org;
        }
        return roots;
    }

    Map<String, Object> top(Org org, int offset, int limit) {
        return page(org, "roots", null, roots(org), offset, limit);
    }

    Map<String, Object> children(Org org, String id, int offset, int limit) {
        require(org, id);
        return page(org, "children", id, org.directReports(id), offset, limit);
    }

    private static Map<String, Object> page(Org org, String key, String id, List<String> ids, int offset, int limit) {
        Map<String, Object> o = new LinkedHashMap<>();
        if (id != null) o.put("id", id);
        int from = Math.min(offset, ids.size()), to = (int) Math.min(ids.size(), (long) from + limit);
        List<Object> people = new ArrayList<>(to - from);
        for (String c : ids.subList(from, to)) people.add(brief(org, org.person(c).orElseThrow()));
        o.put(key, people);
        o.put("total", ids.size());
        o.put("offset", from);
        return o;
    }

    /**
     * People whose id, name, title or department contains {@code query} (case-insensitive), ids that
     * equal it first; at most {@code limit}, with {@code more} when there were others.
     */
    Map<String, Object> search(Org org, String query, int limit) {
        String q = query.strip().toLowerCase(Locale.ROOT);
        if (q.isEmpty()) throw ServeError.badRequest("search needs q, a part of an id, name, title or department");
        List<Object> found = new ArrayList<>();
        boolean more = false;
        org.person(query.strip()).ifPresent(p -> found.add(brief(org, p)));
        for (Person p : org.people()) {
            if (p.getId().equals(query.strip()) || !(contains(p.getId(), q) || contains(p.getName(), q)
                    || contains(p.getTitle(), q) || contains(p.getDepartment(), q))) continue;
            if (found.size() >= limit) {
                more = true;
                break;
            }
            found.add(brief(org, p));
        }
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("query", query);
        o.put("people", found);
        o.put("more", more);
        return o;
    }

    private static boolean contains(String s, String lowerQuery) {
        return s != null && s.toLowerCase(Locale.ROOT).contains(lowerQuery);
    }

    /** One person's card: the facts, the title as the ladder read it, the violations that name them. */
    Map<String, Object> person(Org org, String id) {
        Person p = require(org, id);
        Map<String, Object> o = brief(org, p);
        o.put("company", p.getCompany());
        o.put("manager", p.getManagerId());
        TitleReading t = TitleReview.read(org, p.getTitle(), p.getDepartment());
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("rank", t.rank());
        r.put("level", t.rank() == null ? null : t.level());
        r.put("function", t.function());
        r.put("unit", t.unit());
        r.put("confidence", t.confidence().name());
        r.put("doubts", t.doubts());
        o.put("reading", r);
        List<Object> vs = new ArrayList<>();
        for (Violation v : org.violationsOf(id)) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("rule", v.rule());
            m.put("source", v.source());
            m.put("severity", v.severity().name());
            m.put("people", v.people());
            m.put("message", v.message());
            vs.add(m);
        }
        o.put("violations", vs);
        return o;
    }

    private static Person require(Org org, String id) {
        if (id == null || id.isBlank()) throw ServeError.badRequest("which person? give id");
        return org.person(id).orElseThrow(() -> new UnknownPersonException(id));
    }

    private static Map<String, Object> brief(Org org, Person p) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("id", p.getId());
        o.put("name", p.getName());
        o.put("title", p.getTitle());
        o.put("department", p.getDepartment());
        o.put("reports", org.directReports(p.getId()).size());
        return o;
    }
}
