package org.orgrules.knowledge;

import static org.orgrules.knowledge.Telling.functionName;
import static org.orgrules.knowledge.Telling.noteResolution;
import static org.orgrules.knowledge.Telling.reason;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.orgrules.engine.Classification;
import org.orgrules.model.Duty;
import org.orgrules.model.Person;
import org.orgrules.model.Reason;
import org.orgrules.model.RuleRef;
import org.orgrules.view.Org;
import org.orgrules.view.UnknownSubjectException;

/** Duties (K1.2, K2.5, K5.1, K6.1, Q4, Q9): what the article gives a role to do, and a production director's steps. */
final class DutyTopic {
    private final Org org;
    private final List<Duty> duties;

    DutyTopic(Org org) {
        this.org = org;
        this.duties = org.derived(Duty.class);
    }

    /** Where a rule is written; rules the rule base does not list sort last. */
    private org.orgrules.engine.RuleInfo declared(RuleRef r) {
        org.orgrules.engine.RuleInfo info = org.rules().rule(r.rule());
        return info != null ? info : new org.orgrules.engine.RuleInfo(r.rule(), r.source(), "\uffff", Integer.MAX_VALUE);
    }

    /** The duties of a person or a bare title ("生产总监"), and a production director's seven steps (Q4). */
    public Duties duties(String ref) {
        List<Reason> reasons = new ArrayList<>();
        Optional<Person> ap = org.resolver().find(ref);
        Classification c;
        String subject;
        if (ap.isPresent()) {
            Person a = ap.get();
            noteResolution(ref, a, reasons);
            c = org.classification(a.getId());
            subject = a.getId();
        } else {
            subject = ref == null ? "" : ref.strip();
            c = org.rules().classify(subject, "");
            if (!c.hasRank() && c.function() == null) {
                throw new UnknownSubjectException("no person with id or name '" + subject
                        + "', and the ladder knows no rank or function in the title '" + subject + "'");
            }
        }
        String role = (c.function() == null ? "" : functionName(c) + " ") + (c.hasRank() ? c.rankName() : "(no rank)");
        List<DutyItem> ds = new ArrayList<>(), ss = new ArrayList<>();
        Map<String, RuleRef> cited = new LinkedHashMap<>();
        for (Duty d : duties) {
            if (!d.appliesTo(c.functionKey(), c.rankName())) continue;
            (d.step() > 0 ? ss : ds).add(new DutyItem(d.chinese(), d.english(), d.step(), d.origin().source(), d.order()));
            cited.putIfAbsent(d.origin().rule(), d.origin());
        }
        ds.sort(Comparator.comparing((DutyItem d) -> sourceKey(d.source())).thenComparingInt(DutyItem::order));
        ss.sort(Comparator.comparingInt(DutyItem::step));
        // in the order the rules are written, not the order they fired (which differs between builds)
        List<RuleRef> citing = new ArrayList<>(cited.values());
        citing.sort(Comparator.comparing((RuleRef r) -> declared(r).file()).thenComparingInt(r -> declared(r).line()));
        for (RuleRef r : citing) {
            reasons.add(reason(r, "the article gives these duties to a " + role + ", as " + subject + " is", List.of()));
        }
        String text = ds.isEmpty() && ss.isEmpty() ? "The article gives no duties for " + subject + " (" + role + ")."
                : subject + " (" + role + ") has " + ds.size() + " dut" + (ds.size() == 1 ? "y" : "ies")
                        + (ss.isEmpty() ? "" : " and produces in " + ss.size() + " ordered steps: "
                        + String.join(" → ", ss.stream().map(s -> s.chinese().replaceAll("[:：].*", "")).toList())) + ".";
        return new Duties(subject, role, ds, ss, text, reasons);
    }

    /** Orders sources K1.2 < K2.5 < K2.10 < Q4 < Q10. */
    private static String sourceKey(String s) {
        Matcher m = Pattern.compile("^([A-Za-z]+)(\\d+)(?:\\.(\\d+))?").matcher(s);
        if (!m.find()) return "~" + s;
        return m.group(1) + String.format("%04d.%04d", Integer.parseInt(m.group(2)),
                m.group(3) == null ? 0 : Integer.parseInt(m.group(3)));
    }
}
