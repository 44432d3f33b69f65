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
        for (ReportingLine l : x.moreLines.getOrDefault(i, List.of())) {
            Reason r = why.get(l);
            out.add(managerLine(l, r == null ? List.of()
                    : List.of(new Reason(r.rule(), r.source(), "not " + x.people[i].getId() + "'s primary line: " + r.text(), r.facts()))));
        }
        return out;
    }

    /** The people with a line of the chain of command to person {@code i} that is not their primary line. */
    List<String> otherLineReports(int i) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<Integer, List<ReportingLine>> e : x.moreLines.entrySet()) {
            for (ReportingLine l : e.getValue()) {
                if (x.uses.counts(l.type(), Use.CHAIN) && l.managerId().equals(x.people[i].getId())) {
                    out.add(x.people[e.getKey()].getId());
                    break;
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
