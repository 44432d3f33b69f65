package org.orgrules;

import org.orgrules.view.UnknownSubjectException;
import org.orgrules.view.Org;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.orgrules.engine.Classification;
import org.orgrules.model.Approval;
import org.orgrules.model.PositionApproval;
import org.orgrules.model.ApprovalStep;
import org.orgrules.model.ChainStep;
import org.orgrules.model.ChainApprover;
import org.orgrules.model.ClassOfRank;
import org.orgrules.model.Directs;
import org.orgrules.model.Duty;
import org.orgrules.model.FollowsArrangements;
import org.orgrules.model.Head;
import org.orgrules.model.Kpi;
import org.orgrules.model.KpiAdvice;
import org.orgrules.model.LineAssignment;
import org.orgrules.model.ManagementClass;
import org.orgrules.model.ManagementLevel;
import org.orgrules.model.Matter;
import org.orgrules.model.Person;
import org.orgrules.model.PmKind;
import org.orgrules.model.ProductLine;
import org.orgrules.model.Reason;
import org.orgrules.model.RuleRef;
import org.orgrules.model.Violation;
import org.orgrules.model.Words;

/**
 * The rest of the article's knowledge, asked of an {@link Org}: functional direction (K2.4), approval
 * routing (K2.6), management class (K3.1, K3.2), product lines (K5.1, K5.2), KPI advice (K8) and
 * duties (K1.2, K2.5, K5.1, K6.1, Q4, Q9). The rules in {@code rules/} derive the facts; this class only
 * indexes them and words the answers.
 *
 * <pre>{@code
 * Knowledge k = Knowledge.of(org);
 * k.approver("李经理", "生产计划").approvers();   // [zhang], K2.6
 * k.directedBy("质检部").directors();            // the production director(s), K2.4
 * k.kpis("grace").kpis();                        // K8.3 for a SaaS product manager
 * }</pre>
 *
 * People are named by id, by exact name, or as surname + title ("李经理": the one person whose name
 * starts with 李 and whose title contains 经理). Immutable and thread-safe; answers are records.
 */
public final class Knowledge {
    /** The reason "rule" for how a reference like 李经理 was resolved to a person. */
    public static final String NAMES = "orgrules: a person is named by id, exact name, or surname + title (李经理)";


    /** Every answer has a one-line text and the reasons behind it. */
    public interface Answer {
        String text();
        List<Reason> reasons();
    }

    /** Whom {@code person} directs by functional direction (K2.4): whole departments and people. */
    public record Directing(String person, List<String> departments, List<String> people, String text,
                            List<Reason> reasons) implements Answer {
        public Directing { departments = List.copyOf(departments); people = List.copyOf(people); reasons = List.copyOf(reasons); }
    }

    /** Who directs {@code subject} (a person or a department) beyond the reporting line (K2.4). */
    public record DirectedBy(String subject, String subjectKind, List<String> directors, String text, List<Reason> reasons)
            implements Answer {
        public DirectedBy { directors = List.copyOf(directors); reasons = List.copyOf(reasons); }
    }

    /**
     * Who approves the {@code matter} {@code person} drafts (K2.6). {@code drafter} is false when the
     * person is not in the matter's drafter role; {@code viaChain} true when no director exists and the
     * next senior person in the chain approves; {@code approvers} is empty when nobody can.
     */
    public record ApproverAnswer(String person, String matter, String matterChinese, String matterEnglish,
                                 boolean drafter, List<String> approvers, boolean viaChain, String text,
                                 List<Reason> reasons) implements Answer {
        public ApproverAnswer { approvers = List.copyOf(approvers); reasons = List.copyOf(reasons); }
    }

    /** The management class of a person or a bare title (K3.1, K3.2); {@code level} null when unknown. */
    public record ClassAnswer(String subject, ManagementLevel level, String chinese, String text, List<Reason> reasons)
            implements Answer {
        public ClassAnswer { reasons = List.copyOf(reasons); }
    }

    /** A product line handed to a product manager, and who handed it (null when the facts do not say). */
    public record LineOwner(String line, String company, String manager, String assignedBy) {}

    /** Who owns product line {@code line} (K5.2); empty {@code owners} when no product manager does. */
    public record Owners(String line, List<LineOwner> owners, String text, List<Reason> reasons) implements Answer {
        public Owners { owners = List.copyOf(owners); reasons = List.copyOf(reasons); }
    }

    /** The product lines of a person (K5.2); for a product director also the lines handed out in the company. */
    public record Lines(String person, List<String> lines, List<LineOwner> handedOut, String text, List<Reason> reasons)
            implements Answer {
        public Lines { lines = List.copyOf(lines); handedOut = List.copyOf(handedOut); reasons = List.copyOf(reasons); }
    }

    /** A KPI the product director should use, with its K-source; {@code phase} for in-house systems. */
    public record KpiItem(String english, String chinese, String phase, String source) {}

    /** A kind of product manager the advice knows. */
    public record KindItem(String key, String english, String chinese, List<String> names) {
        public KindItem { names = List.copyOf(names); }
    }

    /**
     * The KPIs for a product manager or a kind (K8.1–K8.3); {@code pmKind} the kind's key. {@code kindKnown} false when the facts give no
     * kind (or one the rules do not know): {@code kinds} then lists the kinds to choose from.
     */
    public record KpiAnswer(String subject, String pmKind, String phase, boolean kindKnown, List<KpiItem> kpis,
                            List<KindItem> kinds, String text, List<Reason> reasons) implements Answer {
        public KpiAnswer { kpis = List.copyOf(kpis); kinds = List.copyOf(kinds); reasons = List.copyOf(reasons); }
    }

    /** A duty in the article's Chinese with an English gloss; {@code step} > 0 for an ordered step. */
    public record DutyItem(String chinese, String english, int step, String source,
                           @com.fasterxml.jackson.annotation.JsonIgnore int order) {}

    /** The duties of a person or a bare title, and for a production director the sand-table steps (Q4). */
    public record Duties(String subject, String role, List<DutyItem> duties, List<DutyItem> steps, String text,
                         List<Reason> reasons) implements Answer {
        public Duties { duties = List.copyOf(duties); steps = List.copyOf(steps); reasons = List.copyOf(reasons); }
    }

    private final Org org;
    private final List<Directs> directs;
    private final Map<String, List<Approval>> approvals = new HashMap<>();
    /** Approvals the rules derived per drafting position, by "company\u0001positionKey\u0001matterKey". */
    private final Map<String, List<PositionApproval>> byPosition = new HashMap<>();
    private final Map<String, List<ApprovalStep>> steps = new HashMap<>();
    /** The steps a plan takes on up the chain, shared by the drafters of one rank, by "level\u0001fromId". */
    private final Map<String, List<ChainStep>> chainSteps = new HashMap<>();
    /** Who approves a plan of a rank once it reaches someone, by "level\u0001reachedId". */
    private final Map<String, List<ChainApprover>> chainApprovers = new HashMap<>();
    private final List<Matter> matters;
    private final List<FollowsArrangements> follows;
    /** By "company\u0001positionKey" when a charter decided, else by positionKey (the default by rank). */
    private final Map<String, ManagementClass> classes = new HashMap<>();
    private final List<ClassOfRank> classOfRank;
    private final List<LineAssignment> assignments;
    private final List<ProductLine> productLines;
    private final Map<String, List<KpiAdvice>> advice = new HashMap<>();
    private final List<PmKind> kinds;
    private final List<Kpi> kpiData;
    private final List<Duty> duties;
    private final Map<String, Integer> names = new HashMap<>();
    private final Set<String> departments = new HashSet<>();
    /** The people by "company\u0001positionKey", built on the first question about functional direction. */
    private volatile Map<String, List<Person>> holders;

    private Knowledge(Org org) {
        this.org = org;
        this.directs = org.derived(Directs.class);
        for (PositionApproval a : org.derived(PositionApproval.class)) {
            byPosition.computeIfAbsent(a.company() + "\u0001" + a.positionKey() + "\u0001" + a.matter().key(), k -> new ArrayList<>()).add(a);
        }
        for (Approval a : org.derived(Approval.class)) approvals.computeIfAbsent(a.drafter().getId() + "\u0001" + a.matter().key(), k -> new ArrayList<>()).add(a);
        for (ChainApprover a : org.derived(ChainApprover.class)) {
            chainApprovers.computeIfAbsent(a.level() + "\u0001" + a.reached().getId(), k -> new ArrayList<>()).add(a);
        }
        for (ApprovalStep s : org.derived(ApprovalStep.class)) steps.computeIfAbsent(s.drafter().getId() + "\u0001" + s.matter().key(), k -> new ArrayList<>()).add(s);
        for (ChainStep s : org.derived(ChainStep.class)) {
            chainSteps.computeIfAbsent(s.level() + "\u0001" + s.from().getId(), k -> new ArrayList<>()).add(s);
        }
        this.matters = sorted(org.derived(Matter.class), Comparator.comparing(Matter::key));
        this.follows = org.derived(FollowsArrangements.class);
        for (ManagementClass c : org.derived(ManagementClass.class)) {
            classes.putIfAbsent((c.company() == null ? "" : c.company() + "\u0001") + c.positionKey(), c);
        }
        this.classOfRank = org.derived(ClassOfRank.class);
        this.assignments = sorted(org.derived(LineAssignment.class),
                Comparator.comparing(LineAssignment::line).thenComparing(LineAssignment::getManagerId));
        this.productLines = org.derived(ProductLine.class);
        for (KpiAdvice a : org.derived(KpiAdvice.class)) advice.computeIfAbsent(a.pm().getId(), k -> new ArrayList<>()).add(a);
        this.kinds = sorted(org.derived(PmKind.class), Comparator.comparing(PmKind::key));
        this.kpiData = org.derived(Kpi.class);
        this.duties = org.derived(Duty.class);
        Set<String> twice = new HashSet<>();
        List<Person> people = org.people();
        for (int i = 0; i < people.size(); i++) {
            if (names.putIfAbsent(people.get(i).getName(), i) != null) twice.add(people.get(i).getName());
            if (!people.get(i).getDepartment().isEmpty()) departments.add(people.get(i).getDepartment());
        }
        twice.forEach(names::remove);
    }

    /**
     * The knowledge of an org: indexes what the rules already derived, once per org (the first call
     * walks every person; later calls, from any thread, get the same immutable index).
     */
    public static Knowledge of(Org org) {
        return org.index(Knowledge.class, Knowledge::new);
    }

    private static <T> List<T> sorted(Collection<T> c, Comparator<? super T> by) {
        List<T> l = new ArrayList<>(c);
        l.sort(by);
        return List.copyOf(l);
    }

    // ------------------------------------------------------------------ people

    /**
     * The person a reference names: an id, an exact (unique) name, or surname + title ("李经理", "张总监":
     * the one person whose name starts with the surname and whose title contains the rest).
     *
     * @throws UnknownSubjectException when it names nobody, or several people
     */
    public Person person(String ref) {
        return findPerson(ref).orElseThrow(() -> new UnknownSubjectException("no person with id or name '" + ref
                + "' in the facts (a person is named by id, exact name, or surname + title such as 李经理)"));
    }

    private static final Pattern LATIN_TITLE_NAME = Pattern.compile("(?i)^(?:(\\p{L}[\\p{L} ]*?)\\s+(\\p{L}+)|(\\p{L}+)\\s+the\\s+(\\p{L}[\\p{L} ]*))$");

    /** As {@link #person}, but empty when nobody fits (still an error when several do). */
    public Optional<Person> findPerson(String ref) {
        if (ref == null || ref.isBlank()) return Optional.empty();
        String r = ref.strip();
        Optional<Person> byId = org.person(r);
        if (byId.isPresent()) return byId;
        Integer byName = names.get(r);
        if (byName != null) return Optional.of(org.people().get(byName));
        List<Person> fits = new ArrayList<>();
        if (r.codePoints().allMatch(Character::isIdeographic) && r.length() >= 2) {
            // 李经理: surname (1 or 2 characters) + a title word
            for (int k = 1; k <= Math.min(2, r.length() - 1) && fits.isEmpty(); k++) {
                String surname = r.substring(0, k), word = r.substring(k);
                for (Person p : org.people()) {
                    if (p.getName().startsWith(surname) && p.getTitle().contains(word)) fits.add(p);
                }
            }
        } else {
            // "Manager Li" / "Li the manager": a title word and a name word, any case
            Matcher m = LATIN_TITLE_NAME.matcher(r);
            if (m.matches()) {
                String word = m.group(1) != null ? m.group(1) : m.group(4);
                String surname = m.group(2) != null ? m.group(2) : m.group(3);
                for (Person p : org.people()) {
                    if (nameHasWord(p, surname) && Words.contains(p.getTitle(), word)) fits.add(p);
                }
            }
        }
        if (fits.size() == 1) return Optional.of(fits.get(0));
        if (fits.size() > 1) {
            throw new UnknownSubjectException("'" + r + "' could be any of " + String.join(", ",
                    fits.stream().limit(10).map(Person::describe).toList()) + "; name one by id");
        }
        return Optional.empty();
    }

    private static boolean nameHasWord(Person p, String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (String part : (p.getName() + " " + p.getId()).toLowerCase(Locale.ROOT).split("[\\s._-]+")) {
            if (part.equals(w)) return true;
        }
        return false;
    }

    private String who(Person p) {
        StringBuilder b = new StringBuilder(p.getId()).append(" (");
        if (!p.getName().equals(p.getId())) b.append(p.getName()).append(", ");
        return b.append(p.getTitle().isEmpty() ? "no title" : p.getTitle()).append(')').toString();
    }

    private static List<String> facts(Person... ps) {
        List<String> f = new ArrayList<>();
        for (Person p : ps) if (p != null && !p.getOrigin().isEmpty() && !f.contains(p.getOrigin())) f.add(p.getOrigin());
        return f;
    }

    private static Reason reason(RuleRef r, String text, List<String> facts) {
        return new Reason(r.rule(), r.source(), text, facts);
    }

    private Reason resolvedAs(String ref, Person p) {
        return new Reason(NAMES, "", "'" + ref + "' is " + who(p), facts(p));
    }

    private void noteResolution(String ref, Person p, List<Reason> reasons) {
        if (!ref.strip().equals(p.getId())) reasons.add(resolvedAs(ref, p));
    }

    private String company(Person p) {
        return p.getCompany().isEmpty() ? "the company" : p.getCompany();
    }

    private static String functionName(Classification c) {
        return c.function() == null ? "" : c.function().word().chinese() + "/" + c.function().word().english();
    }

    // ------------------------------------------------------------------ functional direction (K2.4)

    /** Whom {@code ref} directs by functional direction (K2.4): departments and people. Never a reporting line. */
    public Directing directs(String ref) {
        Person a = person(ref);
        List<Reason> reasons = new ArrayList<>();
        noteResolution(ref, a, reasons);
        TreeSet<String> depts = new TreeSet<>(), people = new TreeSet<>();
        Directs firstByPosition = null;
        for (Directs d : directs) {
            if (!d.director().getId().equals(a.getId())) continue;
            if (d.positionKey() == null) {
                depts.add(d.department());
                reasons.add(reason(d.rule(), who(a) + " directs the " + d.department() + " department (" + d.functionKey()
                        + ") of " + company(a) + ", which follows the arrangements of the director of "
                        + org.classification(a.getId()).functionKey(), facts(a)));
            } else {
                if (firstByPosition == null) firstByPosition = d;
                for (Person p : holders(d.company(), d.positionKey())) {
                    if (d.reaches(p)) people.add(p.getId());
                }
            }
        }
        if (!people.isEmpty()) {
            reasons.add(reason(firstByPosition.rule(), who(a) + " directs " + people.size() + " people of those departments who rank below "
                    + a.getId() + ": " + String.join(", ", people), facts(a)));
        }
        if (!depts.isEmpty()) reasons.add(notReporting(
                "functional direction is not a reporting line: it changes no chain of command, reports-to or seniority"));
        String text = depts.isEmpty() && people.isEmpty()
                ? a.getId() + " directs nobody beyond their reporting line."
                : a.getId() + " directs " + (depts.isEmpty() ? "" : "the " + String.join(", ", depts) + " department"
                        + (depts.size() > 1 ? "s" : "")) + (depts.isEmpty() || people.isEmpty() ? "" : " and ")
                        + (people.isEmpty() ? "" : people.size() + " people: " + String.join(", ", people))
                        + " (functional direction, not reporting).";
        return new Directing(a.getId(), List.copyOf(depts), List.copyOf(people), text, reasons);
    }

    /** The people of {@code company} who hold the position {@code positionKey}. */
    private List<Person> holders(String company, String positionKey) {
        Map<String, List<Person>> h = holders;
        if (h == null) {
            h = new HashMap<>();
            for (Person p : org.people()) h.computeIfAbsent(p.getCompany() + "\u0001" + p.getPositionKey(), k -> new ArrayList<>()).add(p);
            holders = h;
        }
        return h.getOrDefault(company + "\u0001" + positionKey, List.of());
    }

    /** The reason that functional direction is not reporting, cited from the K2.4 rule in {@code rules/direction.drl}. */
    private Reason notReporting(String text) {
        for (FollowsArrangements f : follows) return reason(f.origin(), text, List.of());
        return new Reason("orgrules: functional direction adds no reporting line", "K2.4", text);
    }

    /**
     * Who directs {@code ref} beyond the reporting line (K2.4): {@code ref} is a person, a department of the
     * facts ("质检部"), or a department named by its function ("质检部门", "QA department").
     */
    public DirectedBy directedBy(String ref) {
        List<Reason> reasons = new ArrayList<>();
        Optional<Person> ap = findPerson(ref);
        if (ap.isPresent()) {
            Person a = ap.get();
            noteResolution(ref, a, reasons);
            TreeSet<String> ds = new TreeSet<>();
            for (Directs d : directs) {
                if (d.reaches(a)) {
                    ds.add(d.director().getId());
                    reasons.add(reason(d.rule(), who(a) + " is in the " + (d.department().isEmpty() ? d.functionKey()
                            : d.department()) + " function (" + d.functionKey() + "), which follows the arrangements of "
                            + who(d.director()) + ", the director of " + org.classification(d.director().getId()).functionKey()
                            + " of " + company(a), facts(a, d.director())));
                }
            }
            reasons.add(notReporting("this is functional direction, not a reporting line: "
                    + a.getId() + "'s chain of command is unchanged"));
            String text = ds.isEmpty() ? "Nobody directs " + a.getId() + " beyond their reporting line."
                    : a.getId() + " follows the arrangements of " + String.join(" and ", ds)
                            + " (functional direction, not a reporting line).";
            return new DirectedBy(a.getId(), "person", List.copyOf(ds), text, reasons);
        }
        String r = ref == null ? "" : ref.strip();
        String dept = departments.contains(r) ? r : null;
        String fk;
        if (dept != null) {
            Classification c = org.rules().classify("", dept);
            fk = c.functionKey();
        } else {
            Classification c = org.rules().classify("", r);
            fk = c.functionKey();
            if (fk == null) {
                throw new UnknownSubjectException("no person or department '" + r + "' in the facts, and no function word in it"
                        + " (e.g. 质检部门, technical department)");
            }
        }
        TreeSet<String> ds = new TreeSet<>();
        for (Directs d : directs) {
            if (d.positionKey() != null) continue;
            boolean match = dept != null ? d.department().equals(dept) : d.functionKey().equals(fk);
            if (match && ds.add(d.director().getId())) {
                reasons.add(reason(d.rule(), "the " + d.department() + " department (" + d.functionKey() + ") of "
                        + (d.company().isEmpty() ? "the company" : d.company()) + " follows the arrangements of "
                        + who(d.director()), facts(d.director())));
            }
        }
        String subject = dept != null ? dept : r;
        if (ds.isEmpty()) {
            for (FollowsArrangements f : follows) {
                if (f.directedFunction().equals(fk)) {
                    reasons.add(reason(f.origin(), "a " + fk + " department follows the arrangements of the " + f.directorFunction()
                            + " director; " + (dept != null ? "the company of " + dept + " has none in the facts"
                            : "no such department with a " + f.directorFunction() + " director is in the facts"), List.of()));
                    reasons.add(notReporting("this is functional direction, not a reporting line"));
                    return new DirectedBy(subject, "department", List.of(), "The " + subject + " follows the arrangements of the "
                            + directorTitle(f.directorFunction()) + " (K2.4); none is in the facts.", reasons);
                }
            }
            return new DirectedBy(subject, "department", List.of(), "Nobody directs the " + subject
                    + " beyond its reporting line.", reasons);
        }
        reasons.add(notReporting("this is functional direction, not a reporting line"));
        return new DirectedBy(subject, "department", List.copyOf(ds), "The " + subject + " follows the arrangements of "
                + String.join(" and ", ds) + " (functional direction, not a reporting line).", reasons);
    }

    private String directorTitle(String functionKey) {
        Classification c = org.rules().classify(functionKey.toLowerCase(Locale.ROOT) + " director", "");
        return c.function() != null && c.function().functionKey().equals(functionKey)
                ? c.function().word().chinese() + "总监 / " + c.function().word().english() + " director"
                : functionKey + " director";
    }

    // ------------------------------------------------------------------ approvals (K2.6)

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
        Person a = person(ref);
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
        Set<String> byChain = new HashSet<>();
        for (ApprovalStep s : steps.getOrDefault(a.getId() + "\u0001" + m.key(), List.of())) {
            for (ChainApprover ca : chainApprovers.getOrDefault(s.level() + "\u0001" + s.candidate().getId(), List.of())) {
                if (byChain.add(ca.approver().getId())) found.add(new Approval(a, m, ca.approver(), true, ca.rule()));
            }
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
            for (ApprovalStep s : stepsOf(a, m, c)) {
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
                for (ApprovalStep s : stepsOf(a, m, c)) {
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
     * Everyone the plan {@code drafter} drafts went up to, nearest first: the drafter's own steps, then the
     * steps the rules derived for every drafter of that rank (a walk over what the rules decided).
     */
    private List<ApprovalStep> stepsOf(Person drafter, Matter m, Classification c) {
        List<ApprovalStep> out = new ArrayList<>(steps.getOrDefault(drafter.getId() + "\u0001" + m.key(), List.of()));
        Set<String> seen = new HashSet<>();
        for (ApprovalStep s : out) seen.add(s.candidate().getId());
        String prefix = c.level() + "\u0001";
        for (int i = 0; i < out.size(); i++) {
            for (ChainStep s : chainSteps.getOrDefault(prefix + out.get(i).candidate().getId(), List.of())) {
                if (seen.add(s.candidate().getId())) out.add(new ApprovalStep(drafter, m, s.level(), s.candidate(), s.rule()));
            }
        }
        return out;
    }

    private List<String> headsOf(String companyName, String functionKey) {
        TreeSet<String> out = new TreeSet<>();
        for (Head h : org.heads()) if (h.company().equals(companyName) && h.functionKey().equals(functionKey)) out.add(h.personId());
        return List.copyOf(out);
    }

    // ------------------------------------------------------------------ management class (K3.1, K3.2)

    /** The management class of a person, or of a bare title by its rank (K3.1, K3.2). */
    public ClassAnswer managementClass(String ref) {
        Optional<Person> ap = findPerson(ref);
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

    // ------------------------------------------------------------------ product lines (K5.1, K5.2)

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
            if (!isProductManager(a.manager())) continue;
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

    private boolean isProductManager(Person p) {
        Classification c = org.classification(p.getId());
        return "MANAGER".equals(c.rankName()) && "PRODUCT".equals(c.functionKey());
    }

    /** The product lines of {@code ref}; for the product director of a company, also every line handed out there. */
    public Lines lines(String ref) {
        Person a = person(ref);
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

    // ------------------------------------------------------------------ KPI advice (K8)

    /** The kinds of product manager the KPI advice knows. */
    public List<KindItem> kinds() {
        return kinds.stream().map(k -> new KindItem(k.key(), k.english(), k.chinese(), k.names())).toList();
    }

    /** The KPIs the product director should use for product manager {@code ref}, or for a kind ("saas"). */
    public KpiAnswer kpis(String ref) {
        List<Reason> reasons = new ArrayList<>();
        Optional<Person> ap = findPerson(ref);
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
            boolean pm = isProductManager(a);
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

    // ------------------------------------------------------------------ duties

    /** Where a rule is written; rules the rule base does not list sort last. */
    private org.orgrules.engine.RuleInfo declared(RuleRef r) {
        org.orgrules.engine.RuleInfo info = org.rules().rule(r.rule());
        return info != null ? info : new org.orgrules.engine.RuleInfo(r.rule(), r.source(), "\uffff", Integer.MAX_VALUE);
    }

    /** The duties of a person or a bare title ("生产总监"), and a production director's seven steps (Q4). */
    public Duties duties(String ref) {
        List<Reason> reasons = new ArrayList<>();
        Optional<Person> ap = findPerson(ref);
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
