package org.orgrules.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.lifecycle.AfterContainer;
import org.orgrules.view.Org;
import org.orgrules.OrgExpert;
import org.orgrules.model.Answer;
import org.orgrules.model.Chain;
import org.orgrules.model.Person;
import org.orgrules.model.Violation;

/**
 * Properties of every org, over random orgs of 1 to 10,000 people with cycles, self-managers and
 * dangling manager ids. Tries are few (each org goes through the rules): the point is variety of
 * shape, not volume. Tagged "slow" (~20 s): {@code .ci/run} runs it in the step after {@code mvn verify}.
 */
@net.jqwik.api.Tag("slow")
class OrgPropertiesTest {
    private static OrgExpert expert;
    static final AtomicInteger LARGEST = new AtomicInteger();

    static synchronized OrgExpert expert() {
        if (expert == null) expert = OrgExpert.bundled();
        return expert;
    }

    @Provide
    Arbitrary<RandomOrgs> orgs() {
        return Combinators.combine(
                Arbitraries.integers().between(1, 10_000).withDistribution(RandomDistribution.biased()),
                Arbitraries.longs(),
                Arbitraries.of(0.0, 0.002, 0.05, 0.5),
                Arbitraries.of(0.0, 0.01, 0.2)).as(RandomOrgs::new);
    }

    @AfterContainer
    static void report() {
        System.out.println("OrgPropertiesTest: the largest random org had " + LARGEST.get() + " people");
    }

    private static Org load(List<Person> people) {
        LARGEST.accumulateAndGet(people.size(), Math::max);
        return expert().of(people);
    }

    @Property(tries = 15)
    void seniorityIsAntisymmetricPeersSymmetricChainsRepeatNobodyAndAllReportsInvertsTheChain(@ForAll("orgs") RandomOrgs random) {
        List<Person> people = random.people();
        Org org = load(people);
        Random r = new Random(random.seed());
        List<String> ids = people.stream().map(Person::getId).toList();

        Map<String, Set<String>> below = new HashMap<>();
        for (String p : ids) {
            Chain c = org.chainOfCommand(p);
            assertThat(new HashSet<>(c.chain())).as("chain of %s repeats nobody", p).hasSameSizeAs(c.chain());
            assertThat(c.chain()).doesNotContain(p);
            for (String m : c.chain()) below.computeIfAbsent(m, k -> new TreeSet<>()).add(p);
        }
        for (int k = 0; k < Math.min(60, ids.size()); k++) {
            String x = ids.get(r.nextInt(ids.size()));
            assertThat(org.allReports(x)).as("allReports(%s)", x)
                    .containsExactlyElementsOf(below.getOrDefault(x, Collections.emptySortedSet()));
        }
        for (int k = 0; k < Math.min(300, ids.size() * 2); k++) {
            String a = ids.get(r.nextInt(ids.size())), b = ids.get(r.nextInt(ids.size()));
            assertThat(org.whoIsSenior(b, a).answer()).as("senior(%s, %s) against senior(%s, %s)", b, a, a, b)
                    .isEqualTo(swapped(org.whoIsSenior(a, b).answer()));
        }
        for (int k = 0; k < Math.min(40, ids.size()); k++) {
            String a = ids.get(r.nextInt(ids.size()));
            for (String b : org.peers(a)) {
                assertThat(org.peers(b)).as("%s is a peer of %s, so the reverse", b, a).contains(a);
                assertThat(org.whoIsSenior(a, b).answer()).isEqualTo(Answer.PEERS);
            }
        }
    }

    @Property(tries = 6)
    void answersDoNotDependOnRowOrder(@ForAll("orgs") RandomOrgs random) {
        List<Person> people = random.people();
        List<Person> shuffled = new ArrayList<>(people);
        Collections.shuffle(shuffled, new Random(random.seed() + 1));

        assertSameAnswers(load(people), load(shuffled), people, random.seed());
    }

    @Property(tries = 6)
    void answersDoNotDependOnTheFileFormat(@ForAll("orgs") RandomOrgs random) throws Exception {
        List<Person> people = random.people();
        Path dir = Files.createTempDirectory("orgrules-format");
        try {
            Path csv = RandomOrgs.writeCsv(people, dir.resolve("org.csv"));
            Path yaml = RandomOrgs.writeYaml(people, dir.resolve("org.yaml"));
            Org fromCsv = expert().load(csv), fromYaml = expert().load(yaml);
            LARGEST.accumulateAndGet(people.size(), Math::max);

            assertThat(fromCsv.loadProblems()).isEmpty();
            assertThat(fromYaml.loadProblems()).isEmpty();
            assertThat(fromCsv.people()).extracting(OrgPropertiesTest::fields)
                    .containsExactlyElementsOf(fromYaml.people().stream().map(OrgPropertiesTest::fields).toList());
            assertThat(violations(fromCsv)).isEqualTo(violations(fromYaml));
            assertSameAnswers(fromCsv, fromYaml, people, random.seed());
        } finally {
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) Files.delete(f);
            }
            Files.delete(dir);
        }
    }

    private static void assertSameAnswers(Org a, Org b, List<Person> people, long seed) {
        Random r = new Random(seed);
        List<String> ids = people.stream().map(Person::getId).toList();
        for (String p : ids) {
            assertThat(b.chainOfCommand(p).chain()).as("chain of %s", p).isEqualTo(a.chainOfCommand(p).chain());
            assertThat(b.managersOf(p)).as("managers of %s", p).extracting(m -> m.id() + (m.inferred() ? "?" : ""))
                    .isEqualTo(a.managersOf(p).stream().map(m -> m.id() + (m.inferred() ? "?" : "")).toList());
        }
        for (int k = 0; k < Math.min(200, ids.size() * 2); k++) {
            String x = ids.get(r.nextInt(ids.size())), y = ids.get(r.nextInt(ids.size()));
            assertThat(b.whoIsSenior(x, y).answer()).isEqualTo(a.whoIsSenior(x, y).answer());
            assertThat(b.isInChainOf(x, y)).isEqualTo(a.isInChainOf(x, y));
        }
        for (int k = 0; k < Math.min(30, ids.size()); k++) {
            String x = ids.get(r.nextInt(ids.size()));
            assertThat(b.peers(x)).isEqualTo(a.peers(x));
            assertThat(b.allReports(x)).isEqualTo(a.allReports(x));
        }
        assertThat(violations(b)).isEqualTo(violations(a));
    }

    /** The violations, sorted, with the file:line origins in messages left out. */
    private static List<String> violations(Org org) {
        List<String> out = new ArrayList<>();
        for (Violation v : org.violations()) {
            String m = v.message().replaceAll("(?<=, )[^\\s,()]+:\\d+(?=\\))", "@");
            out.add(v.severity() + " " + v.rule() + " " + new TreeSet<>(v.people()) + " " + m);
        }
        Collections.sort(out);
        return out;
    }

    private static String fields(Person p) {
        return String.join("|", p.getId(), p.getName(), p.getTitle(), p.getDepartment(), p.getCompany(),
                String.valueOf(p.getManagerId()));
    }

    private static Answer swapped(Answer a) {
        return switch (a) {
            case FIRST_SENIOR -> Answer.SECOND_SENIOR;
            case SECOND_SENIOR -> Answer.FIRST_SENIOR;
            default -> a;
        };
    }
}
