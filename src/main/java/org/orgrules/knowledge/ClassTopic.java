package org.orgrules.knowledge;

import static org.orgrules.knowledge.Telling.company;
import static org.orgrules.knowledge.Telling.facts;
import static org.orgrules.knowledge.Telling.noteResolution;
import static org.orgrules.knowledge.Telling.reason;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.orgrules.engine.Classification;
import org.orgrules.model.ClassOfRank;
import org.orgrules.model.ManagementClass;
import org.orgrules.model.Person;
import org.orgrules.model.Reason;
import org.orgrules.view.Org;
import org.orgrules.view.UnknownSubjectException;

/** The class of rank (K3.1, K3.2): the management class of a person, or of a bare title by its rank. */
final class ClassTopic {
    private final Org org;
    /** By "company\u0001positionKey" when a charter decided, else by positionKey (the default by rank). */
    private final Map<String, ManagementClass> classes = new HashMap<>();
    private final List<ClassOfRank> classOfRank;

    ClassTopic(Org org) {
        this.org = org;
        for (ManagementClass c : org.derived(ManagementClass.class)) {
            classes.putIfAbsent((c.company() == null ? "" : c.company() + "\u0001") + c.positionKey(), c);
        }
        this.classOfRank = org.derived(ClassOfRank.class);
    }

    /** The management class of a person, or of a bare title by its rank (K3.1, K3.2). */
    public ClassAnswer managementClass(String ref) {
        Optional<Person> ap = org.resolver().find(ref);
        List<Reason> reasons = new ArrayList<>();
        if (ap.isPresent()) {
            Person a = ap.get();
            noteResolution(ref, a, reasons);
            ManagementClass mc = classes.get(a.getCompany() + "\u0001" + a.getPositionKey());
            if (mc == null) mc = classes.get(a.getPositionKey());
            if (mc == null) {
                return new ClassAnswer(a.getId(), null, null, a.getId() + " cannot be classed: the ladder gives '"
                        + a.getTitle() + "' no rank.", reasons);
            }
            reasons.add(reason(mc.rule(), mc.why(), facts(a)));
            return new ClassAnswer(a.getId(), mc.level(), mc.level().chinese(), a.getId() + " (" + a.getTitle() + ") is "
                    + mc.level() + " (" + mc.level().chinese() + ").", reasons);
        }
        String t = ref == null ? "" : ref.strip();
        Classification c = org.rules().classify(t, "");
        if (!c.hasRank()) {
            throw new UnknownSubjectException("no person with id or name '" + t + "', and the ladder gives the title '" + t
                    + "' no rank");
        }
        for (ClassOfRank k : classOfRank) {
            if (k.rank().equals(c.rankName())) {
                reasons.add(reason(k.origin(), "'" + t + "' has rank " + c.rankName() + ", which is " + k.level()
                        + " unless a company's charter says otherwise", List.of()));
                return new ClassAnswer(t, k.level(), k.level().chinese(), t + " is " + k.level() + " ("
                        + k.level().chinese() + ") by default; a company charter (公司章程) may say otherwise.", reasons);
            }
        }
        return new ClassAnswer(t, null, null, t + " has rank " + c.rankName() + ", which no rule classes.", reasons);
    }
}
