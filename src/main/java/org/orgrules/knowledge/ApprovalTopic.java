package org.orgrules.knowledge;

import static org.orgrules.knowledge.Telling.company;
import static org.orgrules.knowledge.Telling.facts;
import static org.orgrules.knowledge.Telling.noteResolution;
import static org.orgrules.knowledge.Telling.reason;
import static org.orgrules.knowledge.Telling.sorted;
import static org.orgrules.knowledge.Telling.who;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.orgrules.engine.Classification;
import org.orgrules.model.Approval;
import org.orgrules.model.ApprovalStep;
import org.orgrules.model.ChainApprover;
import org.orgrules.model.ChainRoute;
import org.orgrules.model.ChainStep;
import org.orgrules.model.Head;
import org.orgrules.model.Matter;
import org.orgrules.model.Person;
import org.orgrules.model.PositionApproval;
import org.orgrules.model.Reason;
import org.orgrules.model.RuleRef;
import org.orgrules.model.Violation;
import org.orgrules.view.Org;
import org.orgrules.view.UnknownSubjectException;

/** Approval routing (K2.6): who approves the matter a person drafts, by director or up the chain. */
final class ApprovalTopic {
    private final Org org;
    private final Map<String, List<Approval>> approvals = new HashMap<>();
    /** Approvals the rules derived per drafting position, by "company\u0001positionKey\u0001matterKey". */
    private final Map<String, List<PositionApproval>> byPosition = new HashMap<>();
    /** Each drafter's first steps up the chain, by drafter id (the same for every matter that goes up the chain). */
    private final Map<String, List<ApprovalStep>> steps = new HashMap<>();
    /** The drafting positions whose matter goes up the chain, by "company\u0001positionKey\u0001matterKey". */
    private final Set<String> routes = new HashSet<>();
    /** The steps a plan takes on up the chain, shared by the drafters of one rank, by "level\u0001fromId". */
    private final Map<String, List<ChainStep>> chainSteps = new HashMap<>();
    /** Who, reached by a plan of a rank, ranks above its drafter and approves it, by "level\u0001approverId". */
    private final Map<String, ChainApprover> chainApprovers = new HashMap<>();
    private final List<Matter> matters;

    ApprovalTopic(Org org) {
        this.org = org;
        for (PositionApproval a : org.derived(PositionApproval.class)) {
            byPosition.computeIfAbsent(a.company() + "\u0001" + a.positionKey() + "\u0001" + a.matter().key(), k -> new ArrayList<>()).add(a);
        }
        for (Approval a : org.derived(Approval.class)) approvals.computeIfAbsent(a.drafter().getId() + "\u0001" + a.matter().key(), k -> new ArrayList<>()).add(a);
        for (ChainApprover a : org.derived(ChainApprover.class)) chainApprovers.put(a.level() + "\u0001" + a.approver().getId(), a);
        for (ApprovalStep s : org.derived(ApprovalStep.class)) steps.computeIfAbsent(s.drafter().getId(), k -> new ArrayList<>()).add(s);
        for (ChainRoute r : org.derived(ChainRoute.class)) routes.add(r.company() + "\u0001" + r.positionKey() + "\u0001" + r.matter().key());
        for (ChainStep s : org.derived(ChainStep.class)) {
            chainSteps.computeIfAbsent(s.level() + "\u0001" + s.from().getId(), k -> new ArrayList<>()).add(s);
        }
        this.matters = sorted(org.derived(Matter.class), Comparator.comparing(Matter::key));
    }

    /** The matters the rules know (K2.6 and any an analyst added), by key. */
    public List<Matter> matters() { return matters; }

    /** The matter a name means ("生产计划", "production plan", "PRODUCTION_PLAN"). */
    public Matter matter(String name) {
        for (Matter m : matters) if (m.named(name)) return m;
        throw new UnknownSubjectException("unknown matter '" + name + "'; the rules know: "
                + String.join(", ", matters.stream().map(Matter::label).toList()));
    }

    /** Who approves the {@code matterName} that {@code ref} drafts (K2.6). */
    public ApproverAnswer approver(String ref, String matterName) {
        Person a = org.resolver().person(ref);
        Matter m = matter(matterName);
        List<Reason> reasons = new ArrayList<>();
        noteResolution(ref, a, reasons);
        Classification c = org.classification(a.getId());
        boolean drafter = m.drafterFunction().equals(c.functionKey()) && m.drafterRank().equals(c.rankName());
        if (!drafter) {
            List<String> heads = headsOf(a.getCompany(), m.approverFunction());
            reasons.add(reason(m.origin(), "a " + m.label() + " is drafted by a " + m.drafterFunction() + " "
                    + m.drafterRank() + " and approved by the " + m.approverFunction() + " director; " + who(a) + " is "
                    + (c.hasRank() ? c.rankName() : "of no known rank")
                    + (c.functionKey() == null ? "" : " of " + c.functionKey()), facts(a)));
            String text = a.getId() + " does not draft the " + m.label() + " (a " + m.drafterFunction() + " "
                    + m.drafterRank() + " does); " + (heads.isEmpty() ? company(a) + " has no " + m.approverFunction()
                    + " director to approve it." : "the " + m.approverFunction() + " director of " + company(a)
                    + ", " + String.join(" and ", heads) + ", approves it.");
            return new ApproverAnswer(a.getId(), m.key(), m.chinese(), m.english(), false, heads, false, text, reasons);
        }
        List<Approval> found = new ArrayList<>(approvals.getOrDefault(a.getId() + "\u0001" + m.key(), List.of()));
        List<ApprovalStep> walk = stepsOf(a, m);     // once: at 100 k up one chain it is 100 k steps
        for (ApprovalStep s : walk) {
            ChainApprover ca = chainApprovers.get(s.level() + "\u0001" + s.candidate().getId());
            if (ca != null) found.add(new Approval(a, m, ca.approver(), true, ca.rule()));
        }
        for (PositionApproval pa : byPosition.getOrDefault(a.getCompany() + "\u0001" + a.getPositionKey() + "\u0001" + m.key(), List.of())) {
            if (!pa.approver().getId().equals(a.getId())) found.add(pa.of(a));
        }
        found.sort(Comparator.comparing(Approval::getApproverId));
        List<Approval> others = new ArrayList<>();
        List<org.orgrules.model.ApproverChoice> choice = org.derived(org.orgrules.model.ApproverChoice.class);
        if (found.size() > 1 && !choice.isEmpty()) {
            // several directors (a K2.2 violation): approval.drl says the one in the drafter's chain of command approves
            List<Approval> inChain = found.stream().filter(ap -> org.isInChainOf(a.getId(), ap.approver().getId())).toList();
            if (inChain.size() == 1) {
                others = found.stream().filter(ap -> ap != inChain.get(0)).toList();
                found = new ArrayList<>(inChain);
            }
        }
        if (found.isEmpty()) {
            for (ApprovalStep s : walk) {
                reasons.add(reason(s.rule(), "with no " + m.approverFunction() + " director in " + company(a) + ", the "
                        + m.label() + " went up to " + who(s.candidate()) + ", who does not rank above " + a.getId(),
                        facts(s.candidate())));
            }
            for (Violation v : org.violationsOf(a.getId())) {
                if (v.source().equals(m.origin().source()) && v.message().contains(m.label())) reasons.add(v.asReason());
            }
            return new ApproverAnswer(a.getId(), m.key(), m.chinese(), m.english(), true, List.of(), false,
                    "Nobody can approve the " + m.label() + " " + a.getId() + " drafts: " + company(a) + " has no "
                            + m.approverFunction() + " director and nobody up the chain ranks above " + a.getId() + ".",
                    reasons);
        }
        boolean viaChain = found.get(0).viaChain();
        List<String> ids = new ArrayList<>();
        for (Approval ap : found) {
            ids.add(ap.approver().getId());
            if (ap.viaChain()) {
                for (ApprovalStep s : walk) {
                    if (!s.candidate().getId().equals(ap.approver().getId())) {
                        reasons.add(reason(s.rule(), "with no " + m.approverFunction() + " director in " + company(a)
                                + ", the " + m.label() + " went up to " + who(s.candidate()), facts(s.candidate())));
                    }
                }
                reasons.add(reason(ap.rule(), company(a) + " has no " + m.approverFunction() + " director, so the next senior person in "
                        + a.getId() + "'s chain of command, " + who(ap.approver()) + ", approves the " + m.label()
                        + " " + who(a) + " drafts", facts(a, ap.approver())));
            } else {
                reasons.add(reason(ap.rule(), who(a) + " drafts the " + m.label() + "; " + who(ap.approver()) + ", the "
                        + m.approverFunction() + " director of " + company(a) + ", approves it; then " + a.getId()
                        + " executes it", facts(a, ap.approver())));
            }
        }
        List<Approval> all = new ArrayList<>(found);
        all.addAll(others);
        if (!others.isEmpty()) reasons.addAll(org.primaryLineReasons(a.getId()));
        for (Approval o : others) {
            RuleRef chose = choice.get(0).rule();
            reasons.add(new Reason(chose.rule(), chose.source(), who(o.approver()) + " is also a " + m.approverFunction()
                    + " director of " + company(a) + ", but not in " + a.getId() + "'s chain of command, which follows "
                    + a.getId() + "'s primary line; " + who(found.get(0).approver()) + " is", facts(o.approver())));
        }
        if (all.size() > 1) {
            for (Violation v : org.violationsOf(all.get(0).approver().getId())) {
                if (v.people().contains(all.get(1).approver().getId())) reasons.add(v.asReason());
            }
        }
        String text = viaChain
                ? String.join(" and ", ids) + " approves the " + m.label() + " " + a.getId() + " drafts: " + company(a)
                        + " has no " + m.approverFunction() + " director, so the next senior person in the chain approves."
                : String.join(" and ", ids) + " approve" + (ids.size() == 1 ? "s" : "") + " the " + m.label() + " "
                        + a.getId() + " drafts, as the " + m.approverFunction() + " director of " + company(a) + ".";
        return new ApproverAnswer(a.getId(), m.key(), m.chinese(), m.english(), true, ids, viaChain, text, reasons);
    }

    /**
     * Everyone the {@code m} that {@code drafter} drafts goes up to, nearest first, once each: the drafter's
     * own first steps, then the steps the rules derived for every drafter of that rank (a walk over what
     * the rules decided). None when the matter does not go up the drafter's chain (a director approves it).
     */
    private List<ApprovalStep> stepsOf(Person drafter, Matter m) {
        if (!routes.contains(drafter.getCompany() + "\u0001" + drafter.getPositionKey() + "\u0001" + m.key())) return List.of();
        List<ApprovalStep> out = new ArrayList<>(steps.getOrDefault(drafter.getId(), List.of()));
        Set<String> seen = new HashSet<>();
        for (ApprovalStep s : out) seen.add(s.candidate().getId());
        for (int i = 0; i < out.size(); i++) {
            ApprovalStep at = out.get(i);
            for (ChainStep s : chainSteps.getOrDefault(at.level() + "\u0001" + at.candidate().getId(), List.of())) {
                if (seen.add(s.candidate().getId())) out.add(new ApprovalStep(drafter, s.level(), s.candidate(), s.rule()));
            }
        }
        return out;
    }

    private List<String> headsOf(String companyName, String functionKey) {
        TreeSet<String> out = new TreeSet<>();
        for (Head h : org.heads()) if (h.company().equals(companyName) && h.functionKey().equals(functionKey)) out.add(h.personId());
        return List.copyOf(out);
    }
}
