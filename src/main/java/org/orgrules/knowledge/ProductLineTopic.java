package org.orgrules.knowledge;

import static org.orgrules.knowledge.Telling.company;
import static org.orgrules.knowledge.Telling.facts;
import static org.orgrules.knowledge.Telling.isProductManager;
import static org.orgrules.knowledge.Telling.noteResolution;
import static org.orgrules.knowledge.Telling.reason;
import static org.orgrules.knowledge.Telling.sorted;
import static org.orgrules.knowledge.Telling.who;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.orgrules.model.Head;
import org.orgrules.model.LineAssignment;
import org.orgrules.model.Person;
import org.orgrules.model.ProductLine;
import org.orgrules.model.Reason;
import org.orgrules.model.Violation;
import org.orgrules.view.Org;
import org.orgrules.view.UnknownSubjectException;

/** Product lines (K5.1, K5.2): who owns a line, which lines a person has or, as product director, handed out. */
final class ProductLineTopic {
    private final Org org;
    private final List<LineAssignment> assignments;
    private final List<ProductLine> productLines;

    ProductLineTopic(Org org) {
        this.org = org;
        this.assignments = sorted(org.derived(LineAssignment.class),
                Comparator.comparing(LineAssignment::line).thenComparing(LineAssignment::getManagerId));
        this.productLines = org.derived(ProductLine.class);
    }

    /** Every product line known: declared by a company or handed to someone. */
    public List<String> productLines() {
        TreeSet<String> all = new TreeSet<>();
        productLines.forEach(l -> all.add(l.name()));
        assignments.forEach(a -> all.add(a.line()));
        return List.copyOf(all);
    }

    /** Who owns product line {@code line} (K5.2). */
    public Owners owner(String line) {
        String l = line == null ? "" : line.strip();
        List<LineOwner> owners = new ArrayList<>();
        List<Reason> reasons = new ArrayList<>();
        boolean known = false;
        for (ProductLine p : productLines) if (p.name().equalsIgnoreCase(l)) { known = true; l = p.name(); }
        for (LineAssignment a : assignments) {
            if (!a.line().equalsIgnoreCase(l)) continue;
            known = true;
            l = a.line();
            if (!isProductManager(org, a.manager())) continue;
            owners.add(new LineOwner(a.line(), a.company(), a.manager().getId(), a.assignedBy()));
            reasons.add(reason(a.rule(), "product line '" + a.line() + "' is handed to " + who(a.manager())
                    + (a.assignedBy() == null ? "" : " by " + a.assignedBy()), facts(a.manager())));
        }
        if (!known) {
            List<String> all = productLines();
            throw new UnknownSubjectException("no product line '" + l + "' in the facts" + (all.isEmpty() ? ""
                    : "; known lines: " + String.join(", ", all.subList(0, Math.min(20, all.size())))));
        }
        for (Violation v : org.violations()) {
            if (v.source().equals("K5.2") && v.message().contains("'" + l + "'")) reasons.add(v.asReason());
        }
        String text = owners.isEmpty() ? "Product line '" + l + "' has no product manager."
                : "Product line '" + l + "' is owned by " + String.join(" and ", owners.stream().map(LineOwner::manager).toList()) + ".";
        return new Owners(l, owners, text, reasons);
    }

    /** The product lines of {@code ref}; for the product director of a company, also every line handed out there. */
    public Lines lines(String ref) {
        Person a = org.resolver().person(ref);
        List<Reason> reasons = new ArrayList<>();
        noteResolution(ref, a, reasons);
        List<String> own = new ArrayList<>();
        for (LineAssignment la : assignments) {
            if (la.manager().getId().equals(a.getId())) {
                own.add(la.line());
                reasons.add(reason(la.rule(), "product line '" + la.line() + "' is handed to " + who(a)
                        + (la.assignedBy() == null ? "" : " by " + la.assignedBy()), facts(a)));
            }
        }
        List<LineOwner> handed = new ArrayList<>();
        Head head = null;
        for (Head h : org.heads()) if (h.personId().equals(a.getId()) && h.functionKey().equals("PRODUCT")) head = h;
        if (head != null) {
            for (LineAssignment la : assignments) {
                if (la.company().equals(a.getCompany()) && !la.manager().getId().equals(a.getId())) {
                    handed.add(new LineOwner(la.line(), la.company(), la.manager().getId(), la.assignedBy()));
                }
            }
            reasons.add(reason(head.rule(), who(a) + " is the head (一把手) of the product department of " + company(a)
                    + " and hands product lines to its product managers (K5.2)", facts(a)));
        }
        String text = (own.isEmpty() ? a.getId() + " has no product lines"
                : a.getId() + "'s product lines: " + String.join(", ", own))
                + (head == null ? "." : "; as product director " + a.getId() + " has handed out " + handed.size() + " line"
                        + (handed.size() == 1 ? "" : "s") + (handed.isEmpty() ? "" : ": " + String.join(", ", handed.stream()
                        .map(h -> h.line() + " → " + h.manager()).toList())) + ".");
        return new Lines(a.getId(), own, handed, text, reasons);
    }
}
