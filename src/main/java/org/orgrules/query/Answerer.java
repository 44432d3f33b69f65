package org.orgrules.query;

import org.orgrules.view.Org;
import org.orgrules.OrgExpert;
import org.orgrules.explain.Explanation;

/**
 * Answers {@link Query queries} over one org: what the CLI, the shell, the suites and the HTTP
 * service call. Thread-safe, like the {@link Org} it reads.
 */
public final class Answerer {
    private final OrgExpert expert;
    private final Org org;

    public Answerer(OrgExpert expert, Org org) {
        this.expert = expert;
        this.org = org;
    }

    public Org org() { return org; }

    /** The answer to {@code q}; an unknown person or subject throws, as the org does. */
    public Reply answer(Query q) {
        return q.answer(org);
    }

    /**
     * The answer to a question in words, Chinese or English, read by the grammar of the expert's
     * rules: the folder's {@code questions.yaml} when it has one (read again when it changes), else
     * the bundled one.
     *
     * @throws BadQueryException when the question is not understood
     */
    public Reply ask(String question) {
        return Questions.of(expert.rules().source().path().orElse(null)).ask(org, question);
    }

    /** The chain of reasoning behind the answer to {@code q}. */
    public Explanation explain(Query q) {
        return q.explain(expert.explainer(org), org);
    }
}
