package org.orgrules.knowledge;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.orgrules.engine.Classification;
import org.orgrules.model.Person;
import org.orgrules.model.Reason;
import org.orgrules.model.RuleRef;
import org.orgrules.view.Org;

/** What the topics share: how a person, a company and a function are named in the answers, and their reasons. */
final class Telling {
    private Telling() {}

    static <T> List<T> sorted(Collection<T> c, Comparator<? super T> by) {
        List<T> l = new ArrayList<>(c);
        l.sort(by);
        return List.copyOf(l);
    }

    static String who(Person p) {
        StringBuilder b = new StringBuilder(p.getId()).append(" (");
        if (!p.getName().equals(p.getId())) b.append(p.getName()).append(", ");
        return b.append(p.getTitle().isEmpty() ? "no title" : p.getTitle()).append(')').toString();
    }

    static List<String> facts(Person... ps) {
        List<String> f = new ArrayList<>();
        for (Person p : ps) if (p != null && !p.getOrigin().isEmpty() && !f.contains(p.getOrigin())) f.add(p.getOrigin());
        return f;
    }

    static Reason reason(RuleRef r, String text, List<String> facts) {
        return new Reason(r.rule(), r.source(), text, facts);
    }

    /** When {@code ref} was not {@code p}'s id: the reason saying whom it named. */
    static void noteResolution(String ref, Person p, List<Reason> reasons) {
        if (!ref.strip().equals(p.getId())) reasons.add(new Reason(Knowledge.NAMES, "", "'" + ref + "' is " + who(p), facts(p)));
    }

    static String company(Person p) {
        return p.getCompany().isEmpty() ? "the company" : p.getCompany();
    }

    static String functionName(Classification c) {
        return c.function() == null ? "" : c.function().word().chinese() + "/" + c.function().word().english();
    }

    static boolean isProductManager(Org org, Person p) {
        Classification c = org.classification(p.getId());
        return "MANAGER".equals(c.rankName()) && "PRODUCT".equals(c.functionKey());
    }
}
