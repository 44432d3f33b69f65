package org.orgrules.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import org.orgrules.Knowledge;
import org.orgrules.model.Reason;

/**
 * Prints the answers of {@link Knowledge} (directs, approver, class, owner, lines, kpis, duties):
 * with {@code --json} the answer record as a JSON object (plus {@code question} and {@code kind} for
 * {@code ask}), else its text, the items and the reasons.
 */
final class KnowledgeOutput {
    private final PrintWriter w;
    private final boolean json;

    KnowledgeOutput(PrintWriter w, boolean json) {
        this.w = w;
        this.json = json;
    }

    void print(Knowledge.Answer a) {
        print(null, null, a);
    }

    /** An answer to {@code ask}: the question and the kind of answer come first in JSON. */
    void print(String question, String kind, Knowledge.Answer a) {
        if (json) {
            ObjectNode o = Json.PRETTY.createObjectNode();
            if (question != null) {
                o.put("question", question);
                o.put("kind", kind);
            }
            o.setAll((ObjectNode) Json.PRETTY.valueToTree(a));
            try {
                w.println(Json.PRETTY.writeValueAsString(o));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            return;
        }
        w.println(a.text());
        if (a instanceof Knowledge.KpiAnswer k) {
            for (Knowledge.KpiItem i : k.kpis()) {
                w.println("  - " + (i.phase() == null ? "" : "[" + i.phase().toLowerCase(java.util.Locale.ROOT) + "] ")
                        + i.english() + " / " + i.chinese() + " [" + i.source() + "]");
            }
            for (Knowledge.KindItem i : k.kinds()) {
                w.println("  kind " + (i.names().isEmpty() ? i.key() : i.names().get(0)) + ": " + i.english() + " / " + i.chinese());
            }
        } else if (a instanceof Knowledge.Duties d) {
            for (Knowledge.DutyItem i : d.duties()) w.println("  - " + i.chinese() + " — " + i.english() + " [" + i.source() + "]");
            if (!d.steps().isEmpty()) w.println("  the seven sand-table production steps, in order:");
            for (Knowledge.DutyItem i : d.steps()) {
                w.println("  " + i.step() + ". " + i.chinese() + " — " + i.english() + " [" + i.source() + "]");
            }
        }
        for (Reason r : a.reasons()) {
            w.println("  because " + r.text());
            w.println("      rule: " + r.rule() + (r.source().isEmpty() ? "" : " [" + r.source() + "]")
                    + (r.facts().isEmpty() ? "" : "  facts: " + String.join(", ", r.facts())));
        }
    }
}
