package org.orgrules.knowledge;

import java.util.List;
import java.util.Optional;
import org.orgrules.model.Matter;
import org.orgrules.model.Person;
import org.orgrules.model.Reason;
import org.orgrules.view.Org;
import org.orgrules.view.UnknownSubjectException;

/**
 * The rest of the article's knowledge, asked of an {@link Org}: functional direction (K2.4,
 * {@link DirectionTopic}), approval routing (K2.6, {@link ApprovalTopic}), management class (K3.1,
 * K3.2, {@link ClassTopic}), product lines (K5.1, K5.2, {@link ProductLineTopic}), KPI advice (K8,
 * {@link KpiTopic}) and duties (K1.2, K2.5, K5.1, K6.1, Q4, Q9, {@link DutyTopic}). The rules in
 * {@code rules/} derive the facts; these classes only index them and word the answers.
 *
 * <pre>{@code
 * Knowledge k = Knowledge.of(org);
 * k.approver("李经理", "生产计划").approvers();   // [zhang], K2.6
 * k.directedBy("质检部").directors();            // the production director(s), K2.4
 * k.kpis("grace").kpis();                        // K8.3 for a SaaS product manager
 * }</pre>
 *
 * People are named by id, by exact name, or as surname + title ("李经理": the one person whose name
 * starts with 李 and whose title contains 经理), as the org's {@link org.orgrules.view.PersonResolver}
 * reads them. Immutable and thread-safe; answers are records.
 */
public final class Knowledge {
    /** The reason "rule" for how a reference like 李经理 was resolved to a person. */
    public static final String NAMES = "orgrules: a person is named by id, exact name, or surname + title (李经理)";

    /** Every answer has a one-line text and the reasons behind it. */
    public interface Answer {
        String text();
        List<Reason> reasons();
    }

    private final Org org;
    private final DirectionTopic direction;
    private final ApprovalTopic approvals;
    private final ClassTopic classes;
    private final ProductLineTopic lines;
    private final KpiTopic kpis;
    private final DutyTopic duties;

    /** The knowledge of {@code org}, indexed now: see {@link #of}, which keeps one per org. */
    public Knowledge(Org org) {
        this.org = org;
        this.direction = new DirectionTopic(org);
        this.approvals = new ApprovalTopic(org);
        this.classes = new ClassTopic(org);
        this.lines = new ProductLineTopic(org);
        this.kpis = new KpiTopic(org);
        this.duties = new DutyTopic(org);
    }

    /**
     * The knowledge of an org: indexes what the rules already derived, once per org (the first call
     * walks every person; later calls, from any thread, get the same immutable index).
     */
    public static Knowledge of(Org org) {
        return org.index(Knowledge.class, Knowledge::new);
    }

    // ------------------------------------------------------------------ people

    /**
     * The person a reference names: an id, an exact (unique) name, or surname + title ("李经理", "张总监").
     *
     * @throws UnknownSubjectException when it names nobody, or several people
     */
    public Person person(String ref) { return org.resolver().person(ref); }

    /** As {@link #person}, but empty when nobody fits (still an error when several do). */
    public Optional<Person> findPerson(String ref) { return org.resolver().find(ref); }

    // ------------------------------------------------------------------ the topics

    /** Whom {@code ref} directs by functional direction (K2.4): departments and people. Never a reporting line. */
    public Directing directs(String ref) { return direction.directs(ref); }

    /** Who directs {@code ref} (a person or a department) beyond the reporting line (K2.4). */
    public DirectedBy directedBy(String ref) { return direction.directedBy(ref); }

    /** The matters the rules know (K2.6 and any an analyst added), by key. */
    public List<Matter> matters() { return approvals.matters(); }

    /** The matter a name means ("生产计划", "production plan", "PRODUCTION_PLAN"). */
    public Matter matter(String name) { return approvals.matter(name); }

    /** Who approves the {@code matterName} that {@code ref} drafts (K2.6). */
    public ApproverAnswer approver(String ref, String matterName) { return approvals.approver(ref, matterName); }

    /** The management class of a person, or of a bare title by its rank (K3.1, K3.2). */
    public ClassAnswer managementClass(String ref) { return classes.managementClass(ref); }

    /** Every product line known: declared by a company or handed to someone. */
    public List<String> productLines() { return lines.productLines(); }

    /** Who owns product line {@code line} (K5.2). */
    public Owners owner(String line) { return lines.owner(line); }

    /** The product lines of {@code ref}; for the product director of a company, also every line handed out there. */
    public Lines lines(String ref) { return lines.lines(ref); }

    /** The kinds of product manager the KPI advice knows. */
    public List<KindItem> kinds() { return kpis.kinds(); }

    /** The KPIs the product director should use for product manager {@code ref}, or for a kind ("saas"). */
    public KpiAnswer kpis(String ref) { return kpis.kpis(ref); }

    /** The duties of a person or a bare title ("生产总监"), and a production director's seven steps (Q4). */
    public Duties duties(String ref) { return duties.duties(ref); }
}
