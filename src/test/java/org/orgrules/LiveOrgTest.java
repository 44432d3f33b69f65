package org.orgrules;

import org.orgrules.view.UnknownPersonException;
import org.orgrules.view.Org;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.orgrules.bench.SyntheticOrg;
import org.orgrules.engine.Classification;
import org.orgrules.facts.FactsLoader;
import org.orgrules.facts.LoadResult;
import org.orgrules.model.Line;
import org.orgrules.model.LineType;
import org.orgrules.model.Person;

/** A live org answers after each change exactly as a full derivation of the changed facts does. */
class LiveOrgTest {
    private static final LocalDate DAY = LocalDate.of(2026, 6, 1);
    private static final String[] TITLES = {"生产总监", "生产经理", "技术总监", "技术经理", "产品总监", "产品经理", "质检经理",
        "Production Director", "Product Manager", "CTO", "Engineer", "总经理", "Chief Wizard", "质检员", "Technical Director"};

    /** Everything an org answers, as text: two orgs that print the same answer the same. */
    static List<String> answers(Org org, long seed) {
        List<String> out = new ArrayList<>();
        for (Person p : org.people()) {
            String id = p.getId();
            out.add(id + " " + p.getTitle() + " managers " + org.managersOf(id).stream()
                    .map(m -> m.id() + "/" + m.inferred() + "/" + m.type()).toList());
            out.add(id + " chain " + org.chainOfCommand(id).chain() + " " + org.chainOfCommand(id).cycle());
            Classification c = org.classification(id);
            out.add(id + " class " + c.rankName() + " " + c.level() + " " + c.functionKey());
            out.add(id + " reports " + org.directReports(id));
        }
        org.violations().stream().map(v -> v.severity() + " " + v.rule() + " " + v.people() + " " + v.message()).sorted().forEach(out::add);
        org.heads().stream().map(String::valueOf).sorted().forEach(out::add);
        // a duty's order is the order the rules derived it in: not an answer
        org.derived(Object.class).stream().map(o -> String.valueOf(o).replaceAll("order=\\d+", "")).sorted().forEach(out::add);
        Random r = new Random(seed);
        List<Person> people = org.people();
        for (int i = 0; i < 300; i++) {
            String a = people.get(r.nextInt(people.size())).getId(), b = people.get(r.nextInt(people.size())).getId();
            out.add(a + " ? " + b + " " + org.whoIsSenior(a, b).answer() + " " + org.isInChainOf(a, b) + " " + org.reportsTo(a, b).line()
                    + " " + org.reportsTo(a, b).path());
        }
        for (int i = 0; i < 20; i++) {
            String a = people.get(r.nextInt(people.size())).getId();
            out.add(a + " peers " + org.peers(a) + " all " + org.allReports(a).size());
        }
        return out;
    }

    /** One random change: a move (maybe into a cycle), no manager, a title, a company, a dotted or acting line. */
    static Person change(Person p, List<Person> people, Random r) {
        String other = people.get(r.nextInt(people.size())).getId();
        return switch (r.nextInt(6)) {
            case 0, 1 -> p.withManager(other);
            case 2 -> p.withManager(null);
            case 3 -> p.withTitle(TITLES[r.nextInt(TITLES.length)]);
            case 4 -> new Person(p.getId(), p.getName(), p.getTitle(), p.getDepartment(), r.nextBoolean() ? "Other Co" : p.getCompany(),
                    p.getManagerId(), p.getOrigin(), p.getAttributes());
            default -> p.withLines(List.of(new Line(other, r.nextBoolean() ? LineType.DOTTED : LineType.ACTING, null, null)));
        };
    }

    /** The answers that differ, a few of each side: what a failure shows. */
    static void same(List<String> live, List<String> full, String what) {
        List<String> onlyLive = new ArrayList<>(live), onlyFull = new ArrayList<>(full);
        onlyLive.removeAll(full);
        onlyFull.removeAll(live);
        assertThat(onlyLive.subList(0, Math.min(8, onlyLive.size()))).as(what + ": live answers not in the full derivation; full has "
                + onlyFull.subList(0, Math.min(8, onlyFull.size()))).isEmpty();
        assertThat(live).as(what).isEqualTo(full);
    }

    private static void checkRandomUpdates(OrgExpert expert, LoadResult loaded, int updates, long seed) {
        Random r = new Random(seed);
        try (LiveOrg live = expert.live(loaded, DAY)) {
            List<Person> people = new ArrayList<>(live.org().people());
            same(answers(live.org(), seed), answers(expert.of(loaded, DAY), seed), "before any update");
            for (int u = 0; u < updates; u++) {
                int i = r.nextInt(people.size());
                Person changed = change(people.get(i), people, r);
                people.set(i, changed);
                Org after = live.update(changed);
                Org full = expert.of(new LoadResult(people, List.of(), loaded.facts()), DAY);
                same(answers(after, seed + u), answers(full, seed + u), "after update " + u + ": " + changed);
            }
        }
    }

    @Test
    void eachChangeToTheSampleOrgAnswersAsAFullDerivation() {
        LoadResult sample = new FactsLoader().load(Path.of("facts"));
        checkRandomUpdates(Fixtures.expert(), sample, 60, 11);
    }

    @Test
    void eachChangeToASyntheticOrgWithViolationsAnswersAsAFullDerivation() {
        SyntheticOrg syn = SyntheticOrg.generate(1500, 5);
        List<Person> people = new ArrayList<>();
        for (SyntheticOrg.Row row : syn.rows()) {
            people.add(new Person(row.id(), row.name(), row.title(), row.department(), row.company(), row.managerId(), "syn:" + row.id()));
        }
        checkRandomUpdates(Fixtures.expert(), new LoadResult(people, List.of()), 80, 23);
    }

    @Test
    void theLinesInferredForAPositionFollowEachChangeOfItsDirectorsAndOfWhoNamesNoManager() {
        // production managers of two companies name no manager (K2.3 gives them one per position); the
        // updates add and remove directors, and move managers in and out of naming none
        List<Person> people = new ArrayList<>();
        for (String co : List.of("A", "B")) {
            people.add(new Person(co + "ceo", "CEO " + co, "总经理", "", co, null, "t"));
            people.add(new Person(co + "pd", "PD " + co, "生产总监", "生产部", co, co + "ceo", "t"));
            for (int i = 0; i < 6; i++) {
                people.add(new Person(co + "pm" + i, "PM " + co + i, i % 2 == 0 ? "生产经理" : "Production Manager", "生产部", co,
                        i < 4 ? null : co + "pd", "t"));
            }
            people.add(new Person(co + "tm", "TM " + co, "技术经理", "技术部", co, null, "t"));
        }
        OrgExpert expert = Fixtures.expert();
        LoadResult loaded = new LoadResult(people, List.of());
        List<java.util.function.UnaryOperator<Person>> steps = List.of(
                p -> p.getId().equals("Bpm5") ? p.withManager(null) : null,            // one more holder naming none
                p -> p.getId().equals("Apm0") ? p.withManager("Apd") : null,           // one holder fewer
                p -> p.getId().equals("Atm") ? p.withTitle("生产总监") : null,          // a second production director in A
                p -> p.getId().equals("Bpd") ? p.withTitle("技术总监") : null,          // B's production managers lose their director
                p -> p.getId().equals("Btm") ? p.withTitle("技术总监") : null,          // B's technical manager becomes its director
                p -> p.getId().equals("Apm1") ? p.withTitle("技术经理") : null,         // a holder moves to another position
                p -> p.getId().equals("Bpm2") ? p.withTitle("Production Director") : null, // a holder becomes the director
                p -> p.getId().equals("Atm") ? p.withTitle("技术经理") : null,          // back
                p -> p.getId().equals("Bpd") ? p.withTitle("生产总监") : null);
        try (LiveOrg live = expert.live(loaded, DAY)) {
            int u = 0;
            for (var step : steps) {
                Person changed = applyTo(people, step);
                Org after = live.update(changed);
                same(answers(after, u), answers(expert.of(new LoadResult(people, List.of()), DAY), u), "after step " + u + ": " + changed);
                u++;
            }
            assertThat(live.org().managersOf("Bpm0")).extracting(m -> m.id() + "/" + m.inferred()).containsExactly("Bpd/true", "Bpm2/true");
        }
    }

    @Test
    void aMoveUnderOnesOwnReportMakesACycleAndMovingBackBreaksIt() {
        LoadResult sample = new FactsLoader().load(Path.of("facts"));
        OrgExpert expert = Fixtures.expert();
        try (LiveOrg live = expert.live(sample, DAY)) {
            Org org = live.org();
            String boss = "zhang";
            String report = org.directReports(boss).get(0);
            Person original = org.person(boss).orElseThrow();
            Org cyclic = live.update(original.withManager(report));
            assertThat(cyclic.violations()).extracting(v -> v.rule()).contains("Reporting lines never form a cycle");
            List<Person> people = new ArrayList<>(org.people());
            people.set(people.indexOf(original), original.withManager(report));
            same(answers(cyclic, 3), answers(expert.of(new LoadResult(people, List.of(), sample.facts()), DAY), 3), "in a cycle");
            Org back = live.update(original);
            assertThat(back.violations()).extracting(v -> v.rule()).doesNotContain("Reporting lines never form a cycle");
            same(answers(back, 4), answers(expert.of(sample, DAY), 4), "moved back");
        }
    }

    @Test
    void theHoldersOfAnUnknownTitleAreListedAsTheyComeAndGo() {
        LoadResult sample = new FactsLoader().load(Path.of("facts"));
        try (LiveOrg live = Fixtures.expert().live(sample, DAY)) {
            List<Person> people = new ArrayList<>(live.org().people());
            List<String> ids = new ArrayList<>();
            Org now = live.org();
            for (int i = 0; i < 3; i++) {                 // three people take the title, one at a time
                Person q = people.get(i);          // all in one department: one position, its holders listed together
                Person p = new Person(q.getId(), q.getName(), "Chief Wizard", "Magic", q.getCompany(), q.getManagerId(), q.getOrigin(), q.getAttributes());
                ids.add(p.getId());
                now = live.update(p);
                people.set(i, p);
                assertThat(wizards(now)).isEqualTo(ids.stream().sorted().toList());
            }
            Person back = people.get(1).withTitle("生产经理");   // one leaves the title (the department stays)
            ids.remove(back.getId());
            now = live.update(back);
            people.set(1, back);
            assertThat(wizards(now)).isEqualTo(ids.stream().sorted().toList());
            // a new position the rules derive nothing of (no rank, no function) is still classified, for each holder
            for (String id : ids) assertThat(now.classification(id)).as(id).isNotNull();
            same(answers(now, 5), answers(Fixtures.expert().of(new LoadResult(people, List.of(), sample.facts()), DAY), 5), "wizards");
        }
    }

    @Test
    void aHeadIsTheDirectorAsTheyAreNowAfterAChangeThatKeepsTheirPosition() {
        // core/heads.drl looks the directors of a position up (named.holdersAt) instead of joining every
        // person: a change to a director that keeps the company and position (a new manager, a new name)
        // must still reach the Head, which holds the person
        List<Person> people = new ArrayList<>(List.of(
                new Person("ceo", "CEO", "总经理", "", "A", null, "t"),
                new Person("vp", "VP", "总经理", "", "A", null, "t"),
                new Person("pd", "PD", "生产总监", "生产部", "A", "ceo", "t"),
                new Person("pm", "PM", "生产经理", "生产部", "A", null, "t")));
        OrgExpert expert = Fixtures.expert();
        try (LiveOrg live = expert.live(new LoadResult(people, List.of()), DAY)) {
            Person moved = people.get(2).withManager("vp");
            people.set(2, moved);
            Org after = live.update(moved);
            assertThat(after.heads()).extracting(h -> h.person().getManagerId()).containsExactly("vp");
            Person renamed = new Person("pd", "PD Renamed", "生产总监", "生产部", "A", "vp", "t");
            people.set(2, renamed);
            after = live.update(renamed);
            assertThat(after.heads()).extracting(h -> h.person().getName()).containsExactly("PD Renamed");
            same(answers(after, 3), answers(expert.of(new LoadResult(people, List.of()), DAY), 3), "director changed in place");
        }
    }

    @Test
    void thePlanGoesUpTheChainAsItIsAfterEachMoveRenameAndRetitle() {
        // knowledge/approval.drl walks up the chain per pair of positions and asks for the pair's people
        // (named.linesOfPair): with no production director, each change of someone on the way must
        // reach the steps, as a full derivation of the changed facts derives them
        List<Person> people = new ArrayList<>(List.of(
                new Person("g", "G", "总经理", "", "C", null, "t"),
                new Person("s", "S", "高级经理", "", "C", "g", "t"),
                new Person("c", "C1", "生产经理", "生产部", "C", "g", "t"),
                new Person("b", "B1", "生产经理", "生产部", "C", "c", "t"),
                new Person("a", "A1", "生产经理", "生产部", "C", "b", "t"),
                new Person("w", "W", "操作工", "生产部", "C", "a", "t")));
        OrgExpert expert = Fixtures.expert();
        List<java.util.function.UnaryOperator<Person>> steps = List.of(
                p -> p.getId().equals("b") ? p.withManager("s") : null,        // the way up turns through a senior manager
                p -> p.getId().equals("c") ? new Person("c", "C renamed", "生产经理", "生产部", "C", "g", "t") : null,
                p -> p.getId().equals("s") ? p.withTitle("操作工") : null,      // the senior manager no longer ranks above
                p -> p.getId().equals("a") ? p.withManager(null) : null,       // a drafter who names nobody
                p -> p.getId().equals("b") ? p.withManager("a") : null,        // a cycle: the plan stops where it enters it
                p -> p.getId().equals("s") ? p.withTitle("生产总监") : null);   // a director again: no walk
        try (LiveOrg live = expert.live(new LoadResult(people, List.of()), DAY)) {
            int u = 0;
            for (var step : steps) {
                Person changed = applyTo(people, step);
                Org after = live.update(changed);
                Org full = expert.of(new LoadResult(people, List.of()), DAY);
                assertThat(steps(after)).as("after step " + u + ": " + changed).isEqualTo(steps(full));
                assertThat(steps(after).isEmpty()).as("a walk until the last step brings a director: " + u).isEqualTo(u == steps.size() - 1);
                same(answers(after, u), answers(full, u), "after step " + u + ": " + changed);
                u++;
            }
        }
    }

    /** The derived steps of the walk up the chain (ApprovalStep, ChainStep), as text, in order. */
    private static List<String> steps(Org org) {
        List<String> out = new ArrayList<>();
        for (Object o : org.derived(Object.class)) {
            if (o instanceof org.orgrules.model.ApprovalStep || o instanceof org.orgrules.model.ChainStep) out.add(String.valueOf(o));
        }
        java.util.Collections.sort(out);
        return out;
    }

    /** Applies {@code step} to the first person it changes (it answers null for the others), in {@code people}; returns the changed person. */
    private static Person applyTo(List<Person> people, java.util.function.UnaryOperator<Person> step) {
        for (int i = 0; i < people.size(); i++) {
            Person changed = step.apply(people.get(i));
            if (changed != null) {
                people.set(i, changed);
                return changed;
            }
        }
        throw new IllegalStateException("the step changes nobody");
    }

    /** The people the violations about 'Chief Wizard' name (one per position: title and department), in order. */
    private static List<String> wizards(Org org) {
        return org.violations().stream().filter(v -> v.message().contains("'Chief Wizard'"))
                .flatMap(v -> v.people().stream()).sorted().toList();
    }

    @Test
    void anOrgHandedOutBeforeAnUpdateAnswersAsItDid() {
        try (LiveOrg live = Fixtures.expert().live(new FactsLoader().load(Path.of("facts")), DAY)) {
            Org before = live.org();
            Person li = before.person("li").orElseThrow();
            String boss = before.chainOfCommand("li").chain().get(0);
            Org after = live.update(li.withManager(null).withTitle("Chief Wizard"));
            assertThat(before.chainOfCommand("li").chain()).startsWith(boss);
            assertThat(after.chainOfCommand("li").chain()).isEmpty();
            assertThat(after.violationsOf("li")).isNotEmpty();
            assertThat(live.org()).isSameAs(after);
        }
    }

    @Test
    void readersOfEarlierOrgsAreUndisturbedWhileUpdatesGoOn() throws Exception {
        LoadResult sample = new FactsLoader().load(Path.of("facts"));
        try (LiveOrg live = Fixtures.expert().live(sample, DAY)) {
            Org first = live.org();
            List<String> expected = answers(first, 9);
            java.util.concurrent.atomic.AtomicReference<Throwable> failed = new java.util.concurrent.atomic.AtomicReference<>();
            java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
            java.util.concurrent.atomic.AtomicLong checks = new java.util.concurrent.atomic.AtomicLong();
            List<Thread> readers = new ArrayList<>();
            for (int t = 0; t < 3; t++) {
                Thread th = new Thread(() -> {
                    try {
                        while (!stop.get()) {
                            assertThat(answers(first, 9)).isEqualTo(expected);        // the first org never changes
                            Org now = live.org();                                      // the latest answers consistently
                            for (Person a : now.people()) {
                                String b = now.people().get(0).getId();
                                assertThat(now.isInChainOf(a.getId(), b)).isEqualTo(now.reportsTo(a.getId(), b).answer());
                            }
                            checks.incrementAndGet();
                        }
                    } catch (Throwable e) {
                        failed.compareAndSet(null, e);
                    }
                });
                th.start();
                readers.add(th);
            }
            Random r = new Random(3);
            List<Person> people = new ArrayList<>(first.people());
            for (int u = 0; u < 40; u++) {
                int i = r.nextInt(people.size());
                people.set(i, change(people.get(i), people, r));
                live.update(people.get(i));
            }
            stop.set(true);
            for (Thread th : readers) th.join();
            assertThat(failed.get()).isNull();
            assertThat(checks.get()).isPositive();
            same(answers(live.org(), 10), answers(Fixtures.expert().of(new LoadResult(people, List.of(), sample.facts()), DAY), 10),
                    "after 40 updates with readers");
        }
    }

    @Test
    void anUnknownPersonOrAClosedLiveOrgIsRefused() {
        LiveOrg live = Fixtures.expert().live(new FactsLoader().load(Path.of("facts")), DAY);
        assertThatThrownBy(() -> live.update(new Person("nobody", "N", "Clerk", "", "", null, "")))
                .isInstanceOf(UnknownPersonException.class);
        live.close();
        Person li = live.org().person("li").orElseThrow();
        assertThatThrownBy(() -> live.update(li.withManager(null))).isInstanceOf(IllegalStateException.class);
        assertThat(live.org().person("li")).isPresent();
    }
}
