package org.orgrules.knowledge;

import static org.orgrules.knowledge.Telling.facts;
import static org.orgrules.knowledge.Telling.isProductManager;
import static org.orgrules.knowledge.Telling.noteResolution;
import static org.orgrules.knowledge.Telling.reason;
import static org.orgrules.knowledge.Telling.sorted;
import static org.orgrules.knowledge.Telling.who;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.orgrules.model.Kpi;
import org.orgrules.model.KpiAdvice;
import org.orgrules.model.Person;
import org.orgrules.model.PmKind;
import org.orgrules.model.Reason;
import org.orgrules.model.Violation;
import org.orgrules.view.Org;
import org.orgrules.view.UnknownSubjectException;

/** KPI advice (K8): the KPIs the product director should use for a product manager or a kind of them. */
final class KpiTopic {
    private final Org org;
    private final Map<String, List<KpiAdvice>> advice = new HashMap<>();
    private final List<PmKind> kinds;
    private final List<Kpi> kpiData;

    KpiTopic(Org org) {
        this.org = org;
        for (KpiAdvice a : org.derived(KpiAdvice.class)) advice.computeIfAbsent(a.pm().getId(), k -> new ArrayList<>()).add(a);
        this.kinds = sorted(org.derived(PmKind.class), Comparator.comparing(PmKind::key));
        this.kpiData = org.derived(Kpi.class);
    }

    /** The kinds of product manager the KPI advice knows. */
    public List<KindItem> kinds() {
        return kinds.stream().map(k -> new KindItem(k.key(), k.english(), k.chinese(), k.names())).toList();
    }

    /** The KPIs the product director should use for product manager {@code ref}, or for a kind ("saas"). */
    public KpiAnswer kpis(String ref) {
        List<Reason> reasons = new ArrayList<>();
        Optional<Person> ap = org.resolver().find(ref);
        if (ap.isEmpty()) {
            PmKind kind = kindNamed(ref);
            if (kind == null) {
                throw new UnknownSubjectException("no person with id or name '" + ref + "', nor a kind of product manager; kinds: "
                        + String.join(", ", kinds.stream().map(k -> k.names().isEmpty() ? k.key() : k.names().get(0)).toList()));
            }
            List<KpiItem> items = kpiItems(kind, null, reasons);
            return new KpiAnswer(ref.strip(), kind.key(), null, true, items, List.of(), "For a " + kind.label()
                    + " the product director should use: " + joinKpis(items) + ".", reasons);
        }
        Person a = ap.get();
        noteResolution(ref, a, reasons);
        String given = a.attr("pm_kind");
        PmKind kind = given == null ? null : kindNamed(given);
        if (kind == null) {
            boolean pm = isProductManager(org, a);
            String why = given == null ? "the facts give no pm_kind for " + a.getId()
                    : "'" + given + "' (pm_kind of " + a.getId() + ") is not a kind the advice knows";
            for (Violation v : org.violationsOf(a.getId())) if (v.message().contains("pm_kind")) reasons.add(v.asReason());
            String kindsText = String.join("; ", kinds.stream().map(k -> (k.names().isEmpty() ? k.key() : k.names().get(0))
                    + " (" + k.chinese() + ")").toList());
            for (PmKind k : kinds) { reasons.add(reason(k.origin(), "the KPI advice distinguishes " + kindsText, List.of())); break; }
            return new KpiAnswer(a.getId(), null, a.attr("phase"), false, List.of(), kinds(),
                    "Kind unknown: " + why + (pm ? "" : " (and " + a.getId() + " is not a product manager)")
                            + ". Give pm_kind: " + kindsText + "; for in-house also phase: exploration | maturity.", reasons);
        }
        String phase = a.attr("phase");
        List<KpiItem> items = new ArrayList<>();
        for (KpiAdvice ad : advice.getOrDefault(a.getId(), List.of())) {
            items.add(new KpiItem(ad.kpi().english(), ad.kpi().chinese(), ad.kpi().phase().isEmpty() ? null : ad.kpi().phase(),
                    ad.kpi().origin().source()));
        }
        items.sort(Comparator.comparing((KpiItem i) -> i.phase() == null ? "" : i.phase()).thenComparing(KpiItem::english));
        Set<String> cited = new LinkedHashSet<>();
        for (KpiAdvice ad : advice.getOrDefault(a.getId(), List.of())) {
            if (cited.add(ad.rule().rule())) {
                reasons.add(reason(ad.rule(), who(a) + " is of the kind " + kind.label() + (phase == null ? "" : " in the " + phase
                        + " phase") + " (pm_kind: " + given + ")", facts(a)));
            }
        }
        for (KpiAdvice ad : advice.getOrDefault(a.getId(), List.of())) {
            if (cited.add(ad.kpi().origin().rule())) {
                reasons.add(reason(ad.kpi().origin(), "the article's KPIs for the kind " + kind.label(), List.of()));
            }
        }
        boolean phased = items.stream().anyMatch(i -> i.phase() != null);
        String text = "For " + a.getId() + " (" + kind.label() + (phase == null ? "" : ", " + phase + " phase")
                + ") the product director should use: " + joinKpis(items)
                + (phased && (phase == null || phase.isBlank()) ? " (no phase given: both phases listed)" : "") + ".";
        return new KpiAnswer(a.getId(), kind.key(), phase, true, items, List.of(), text, reasons);
    }

    private PmKind kindNamed(String text) {
        String t = text == null ? "" : text.strip();
        for (PmKind k : kinds) if (k.named(t)) return k;
        // "SaaS product manager", "SaaS产品经理": the kind word with the role around it
        String stripped = t.replaceAll("(?i)\\s*(product\\s*managers?|pms?|产品经理)$", "").strip();
        for (PmKind k : kinds) if (!stripped.equals(t) && k.named(stripped)) return k;
        return null;
    }

    private List<KpiItem> kpiItems(PmKind kind, String phase, List<Reason> reasons) {
        List<KpiItem> items = new ArrayList<>();
        Set<String> cited = new LinkedHashSet<>();
        for (Kpi k : kpiData) {
            if (!k.kind().equals(kind.key()) || !k.appliesIn(phase)) continue;
            items.add(new KpiItem(k.english(), k.chinese(), k.phase().isEmpty() ? null : k.phase(), k.origin().source()));
            if (cited.add(k.origin().rule())) reasons.add(reason(k.origin(), "the article's KPIs for the kind " + kind.label(), List.of()));
        }
        items.sort(Comparator.comparing((KpiItem i) -> i.phase() == null ? "" : i.phase()).thenComparing(KpiItem::english));
        return items;
    }

    private static String joinKpis(List<KpiItem> items) {
        return String.join("; ", items.stream().map(i -> (i.phase() == null ? "" : "[" + i.phase().toLowerCase(Locale.ROOT) + "] ")
                + i.english() + " / " + i.chinese() + " (" + i.source() + ")").toList());
    }
}
