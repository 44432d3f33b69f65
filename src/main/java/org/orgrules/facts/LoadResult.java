package org.orgrules.facts;

import java.util.ArrayList;
import java.util.List;
import org.orgrules.model.Person;

/**
 * What a load gave: the people that were read, and every problem found on the way. A bad row is a
 * problem, not a reason to drop the good ones, so both lists can be non-empty. No two people share
 * an id — a later one with the same id is a problem instead — unless their rows are dated: then they
 * are the versions of one person, and {@link #asOf} takes the org on a given day.
 *
 * <p>{@link #notices()} say what was set aside on purpose: people whose status says they have left
 * or are inactive, disabled accounts, objects that are not people, and (from {@link #asOf}) the
 * people not in the org on the day asked. They are not problems: {@link #ok()} does not look at them.
 */
public record LoadResult(List<Person> people, List<LoadProblem> problems, List<Object> facts, List<LoadNotice> notices) {

    public LoadResult {
        people = people == null ? List.of() : List.copyOf(people);
        problems = problems == null ? List.of() : List.copyOf(problems);
        facts = facts == null ? List.of() : List.copyOf(facts);
        notices = notices == null ? List.of() : List.copyOf(notices);
    }

    /** A result with no notices. */
    public LoadResult(List<Person> people, List<LoadProblem> problems, List<Object> facts) {
        this(people, problems, facts, List.of());
    }

    /** A result with people only (no company facts such as charters or product lines). */
    public LoadResult(List<Person> people, List<LoadProblem> problems) {
        this(people, problems, List.of());
    }

    /**
     * The org as of {@code day}: each person once, in the version (row) in effect that day, with the
     * further lines in effect that day; people not yet started or already gone are left out. The same
     * result when no row or line is dated.
     */
    public LoadResult asOf(java.time.LocalDate day) {
        java.util.Objects.requireNonNull(day, "day");
        List<Person> snapshot = Versions.asOf(people, day);
        if (snapshot == people) return this;
        List<LoadNotice> all = new ArrayList<>(notices);
        LoadNotice out = Versions.notInEffect(people, snapshot, day);
        if (out != null) all.add(out);
        return new LoadResult(snapshot, problems, facts, all);
    }

    /** True when some row or line has a from or to date (then {@link #asOf} picks the day's). */
    public boolean dated() {
        return Versions.dated(people);
    }

    /** How many people (or entries) the notices say were set aside or left out. */
    public int setAside() {
        int n = 0;
        for (LoadNotice x : notices) n += x.count();
        return n;
    }

    /** True when nothing was wrong. */
    public boolean ok() {
        return problems.isEmpty();
    }

    /**
     * Both results together: this one's people and problems, then {@code other}'s. As within one
     * load, a person of {@code other} whose id is already taken here is not added; a
     * "duplicate id" problem at that person's origin says so.
     */
    public LoadResult plus(LoadResult other) {
        if (other == null || (other.people.isEmpty() && other.problems.isEmpty() && other.facts.isEmpty()
                && other.notices.isEmpty())) return this;
        if (people.isEmpty() && problems.isEmpty() && facts.isEmpty() && notices.isEmpty()) return other;
        List<Person> all = new ArrayList<>(people.size() + other.people.size());
        all.addAll(people);
        all.addAll(other.people);
        List<LoadProblem> allProblems = new ArrayList<>(problems);
        allProblems.addAll(other.problems);
        all = Versions.merge(all, allProblems);
        List<Object> allFacts = new ArrayList<>(facts);
        allFacts.addAll(other.facts);
        List<LoadNotice> allNotices = new ArrayList<>(notices);
        allNotices.addAll(other.notices);
        return new LoadResult(all, allProblems, allFacts, allNotices);
    }
}
