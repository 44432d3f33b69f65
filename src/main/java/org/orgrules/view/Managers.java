package org.orgrules.view;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.orgrules.model.Line;
import org.orgrules.model.LineType;
import org.orgrules.model.LineUse.Use;
import org.orgrules.model.ManagerLine;
import org.orgrules.model.Person;
import org.orgrules.model.PositionLine;
import org.orgrules.model.Reason;
import org.orgrules.model.ReportingLine;

/** Each person's direct lines: the primary one and the others, with their kinds, dates and reasons. */
final class Managers {
    private final Index x;
    private final Wording words;

    Managers(Index x, Wording words) {
        this.x = x;
        this.words = words;
    }

    /** Direct managers of person {@code i}: the primary line first, then any others. */
    List<ManagerLine> of(int i) {
        List<ManagerLine> out = new ArrayList<>();
        Map<ReportingLine, Reason> why = words.primaryReasons(i);
        if (x.primary[i] != null) out.add(managerLine(x.primary[i], List.copyOf(why.values())));
        for (ReportingLine l : x.others(i)) {
            Reason r = why.get(l);
            out.add(managerLine(l, r == null ? List.of()
                    : List.of(new Reason(r.rule(), r.source(), "not " + x.people[i].getId() + "'s primary line: " + r.text(), r.facts()))));
        }
        return out;
    }

    /** The people with a line of the chain of command to person {@code i} that is not their primary line. */
    List<String> otherLineReports(int i) {
        List<String> out = new ArrayList<>();
        String id = x.people[i].getId();
        for (Map.Entry<Integer, List<ReportingLine>> e : x.moreLines.entrySet()) {
            for (ReportingLine l : e.getValue()) {
                if (x.uses.counts(l.type(), Use.CHAIN) && l.managerId().equals(id)) {
                    out.add(x.people[e.getKey()].getId());
                    break;
                }
            }
        }
        // the holders of a position with a line to them (K2.3) whose primary line goes elsewhere
        if (x.uses.counts(LineType.SOLID, Use.CHAIN)) {
            java.util.Set<List<PositionLine>> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            for (int[] holders : x.holders.values()) {
                if (holders.length == 0 || x.inferred[holders[0]] == null || !seen.add(x.inferred[holders[0]])) continue;
                PositionLine to = null;
                for (PositionLine g : x.inferred[holders[0]]) if (g.managerId().equals(id)) to = g;
                if (to == null) continue;
                for (int h : holders) {
                    Person p = x.people[h];
                    if (!to.holds(p) || to.of(p).equals(x.primary[h])) continue;
                    // only someone with other lines of their own may be listed already
                    if (!x.moreLines.containsKey(h) || !out.contains(p.getId())) out.add(p.getId());
                }
            }
        }
        Collections.sort(out);
        return out;
    }

    private ManagerLine managerLine(ReportingLine l, List<Reason> more) {
        Person p = l.person();
        LocalDate from = p.getFrom(), to = p.getTo();
        if (l.type() != LineType.SOLID || !l.managerId().equals(p.getManagerId())) {
            from = null;
            to = null;
            for (Line y : p.getLines()) {
                if (y.managerId().equals(l.managerId()) && y.type() == l.type()) { from = y.from(); to = y.to(); break; }
            }
        }
        List<Reason> reasons = new ArrayList<>(1 + more.size());
        reasons.add(words.lineReason(l));
        reasons.addAll(more);
        return new ManagerLine(l.managerId(), l.inferred(), reasons, l.type(), from, to);
    }
}
