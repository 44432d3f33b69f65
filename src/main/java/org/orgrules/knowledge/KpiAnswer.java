package org.orgrules.knowledge;

import java.util.List;
import org.orgrules.model.Reason;

/**
 * The KPIs for a product manager or a kind (K8.1–K8.3); {@code pmKind} the kind's key. {@code kindKnown} false when the facts give no
 * kind (or one the rules do not know): {@code kinds} then lists the kinds to choose from.
 */
public record KpiAnswer(String subject, String pmKind, String phase, boolean kindKnown, List<KpiItem> kpis,
                        List<KindItem> kinds, String text, List<Reason> reasons) implements Knowledge.Answer {
    public KpiAnswer { kpis = List.copyOf(kpis); kinds = List.copyOf(kinds); reasons = List.copyOf(reasons); }
}
