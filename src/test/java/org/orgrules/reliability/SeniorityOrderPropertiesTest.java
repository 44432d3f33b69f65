package org.orgrules.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.orgrules.view.Org;
import org.orgrules.OrgExpert;
import org.orgrules.model.Answer;
import org.orgrules.model.Line;
import org.orgrules.model.LineType;
import org.orgrules.model.Person;

/**
 * Seniority is a strict partial order on every org, whatever the facts: over random small orgs whose
 * lines invert ranks (a director under a manager), form cycles, name unknown managers or oneself,
 * add acting lines (which carry command) and dotted ones (which do not), and whose titles are often
 * not on the ladder, every pair is antisymmetric and every triple transitive.
 */
class SeniorityOrderPropertiesTest {
    private static final String[] TITLES = {
        "董事长", "总经理", "生产总监", "Technical Director", "产品总监", "高级经理", "产品经理", "生产经理",
        "Manager", "组长", "车间操作工", "程序员", "Chief Happiness Wizard", "首席布道师", "Evangelist", "",
    };
    private static OrgExpert expert;

    static synchronized OrgExpert expert() {
        if (expert == null) expert = OrgExpert.fromFolder(Path.of("rules"));
        return expert;
    }

    /** A random org: size, seed, the share of titles off the ladder, of extra lines, of a second company. */
    record Shape(int size, long seed, double unknown, double extra, double otherCompany) {
        List<Person> people() {
            Random r = new Random(seed);
            List<Person> out = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                String title = r.nextDouble() < unknown ? TITLES[12 + r.nextInt(4)] : TITLES[r.nextInt(12)];
                int m = r.nextInt(size + 2);                      // size: nobody, size+1: an unknown id
                String manager = m == size ? "" : m == size + 1 ? "ghost" : "p" + m;
                List<Line> lines = new ArrayList<>();
                if (r.nextDouble() < extra) {
                    lines.add(new Line("p" + r.nextInt(size), r.nextBoolean() ? LineType.ACTING : LineType.DOTTED, null, null));
                }
                String company = r.nextDouble() < otherCompany ? "B" : "A";
                out.add(new Person("p" + i, "p" + i, title, "", company, manager, "test:p" + i, null, null, null, lines));
            }
            return out;
        }
    }

    @Provide
    Arbitrary<Shape> orgs() {
        return Combinators.combine(
                Arbitraries.integers().between(2, 11),
                Arbitraries.longs(),
                Arbitraries.of(0.0, 0.25, 0.6),
                Arbitraries.of(0.0, 0.3),
                Arbitraries.of(0.0, 0.15)).as(Shape::new);
    }

    @Property(tries = 250)
    void seniorityIsAStrictPartialOrderOnEveryTriple(@ForAll("orgs") Shape shape) {
        Org org = expert().of(shape.people());
        List<String> ids = org.people().stream().map(Person::getId).toList();
        int n = ids.size();
        boolean[][] senior = new boolean[n][n];
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                Answer full = org.whoIsSenior(ids.get(a), ids.get(b)).answer();
                assertThat(org.seniority(ids.get(a), ids.get(b))).as("fast and full answers agree").isEqualTo(full);
                senior[a][b] = full == Answer.FIRST_SENIOR;
                if (full == Answer.SECOND_SENIOR) {
                    assertThat(org.whoIsSenior(ids.get(b), ids.get(a)).answer())
                            .as("%s and %s asked the other way round", ids.get(a), ids.get(b)).isEqualTo(Answer.FIRST_SENIOR);
                }
            }
        }
        for (int a = 0; a < n; a++) {
            assertThat(senior[a][a]).as("%s is not senior to themself", ids.get(a)).isFalse();
            for (int b = 0; b < n; b++) {
                assertThat(senior[a][b] && senior[b][a]).as("%s and %s are not each senior to the other", ids.get(a), ids.get(b)).isFalse();
                if (!senior[a][b]) continue;
                for (int c = 0; c < n; c++) {
                    assertThat(!senior[b][c] || senior[a][c])
                            .as("%s > %s > %s, so %s > %s: %s", ids.get(a), ids.get(b), ids.get(c), ids.get(a), ids.get(c),
                                    org.whoIsSenior(ids.get(a), ids.get(c)).reasons())
                            .isTrue();
                }
            }
        }
    }
}
