package org.orgrules.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orgrules.OrgExpert;

/** Suites are data: what they may say, where each expectation was written, and how a mistake is named. */
class SuiteFormatTest {
    private static final OrgExpert EXPERT = OrgExpert.bundled();

    private static Path write(Path dir, String text) throws IOException {
        Path f = dir.resolve("s.yaml");
        Files.writeString(f, text);
        return f;
    }

    @Test
    void eachExpectationKeepsItsLineAndInlineFactsTheirs(@TempDir Path dir) throws IOException {
        Suite s = SuiteReader.read(write(dir, """
                company: Acme
                people:
                  - {id: d, title: 生产总监}
                  - {id: m, title: 生产经理}
                cases:
                  - name: the director outranks the manager
                    expect:
                      - senior: [d, m]
                        answer: FIRST_SENIOR
                      - reports-to: m
                        managers: [d]
                        inferred: true
                """));
        Case c = s.cases().get(0);
        assertThat(c.line()).isEqualTo(6);
        assertThat(c.expectations()).extracting(Expectation::line).containsExactly(8, 10);
        assertThat(c.facts().people().get(1).getOrigin()).isEqualTo(dir.resolve("s.yaml") + ":4");
        assertThat(new SuiteRunner(EXPERT).run(c)).allMatch(Result::passed);
    }

    @Test
    void aWrongExpectationFailsWithExpectedActualAndTheReasons(@TempDir Path dir) throws IOException {
        Suite s = SuiteReader.read(write(dir, """
                people:
                  - {id: d, title: 生产总监, company: A}
                  - {id: m, title: 生产经理, company: A}
                cases:
                  - name: wrong on purpose
                    expect:
                      - senior: [d, m]
                        answer: PEERS
                      - check:
                        must: [K2.2]
                """));
        List<Result> rs = new SuiteRunner(EXPERT).run(s);
        assertThat(rs).noneMatch(Result::passed);
        assertThat(rs.get(0).expected()).isEqualTo("answer PEERS");
        assertThat(rs.get(0).actual()).isEqualTo("answer FIRST_SENIOR");
        assertThat(rs.get(0).reasons()).anyMatch(r -> r.source().equals("K3.1"));
        assertThat(rs.get(0).covers()).isEmpty();
        assertThat(rs.get(1).expected()).contains("K2.2");
    }

    @Test
    void anyQueryIsCheckedByTheTextAndJsonOfItsReplyAndAWrongOneFails(@TempDir Path dir) throws IOException {
        Suite s = SuiteReader.read(write(dir, """
                people:
                  - {id: d, title: 生产总监, company: A}
                  - {id: m, title: 生产经理, company: A, manager: d}
                cases:
                  - name: text and json
                    expect:
                      - senior: [d, m]
                        text: d is senior to m
                        json: {answer: FIRST_SENIOR, senior: d}
                      - chain: m
                        json: {cycle: false}
                      - approver: [m, 生产计划]
                        text: d approves
                      - senior: [d, m]
                        answer: FIRST_SENIOR
                        json: {senior: m}
                """));
        List<Result> rs = new SuiteRunner(EXPERT).run(s);
        assertThat(rs.subList(0, 3)).allMatch(Result::passed);
        assertThat(rs.get(3).passed()).isFalse();
        assertThat(rs.get(3).expected()).isEqualTo("answer FIRST_SENIOR, senior m");
        assertThat(rs.get(3).actual()).isEqualTo("answer FIRST_SENIOR, senior d");
        assertThatThrownBy(() -> SuiteReader.read(write(dir, """
                people: [{id: d, title: 生产总监, company: A}]
                cases:
                  - name: a title reading has no reply text
                    expect:
                      - title: 生产总监
                        text: anything
                """))).isInstanceOf(SuiteException.class).hasMessageContaining("'text' is not expected of title");
    }

    @Test
    void anUnknownPersonFailsTheExpectationRatherThanTheRun(@TempDir Path dir) throws IOException {
        Suite s = SuiteReader.read(write(dir, """
                people: [{id: a, title: 经理}]
                cases:
                  - name: nobody
                    expect:
                      - chain: ghost
                        is: []
                """));
        Result r = new SuiteRunner(EXPERT).run(s).get(0);
        assertThat(r.passed()).isFalse();
        assertThat(r.actual()).startsWith("error:").contains("ghost");
    }

    @Test
    void factsByPathAreRelativeToTheSuiteFile(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("org"));
        Files.writeString(dir.resolve("org/acme.csv"), "id,title,company,manager_id\nd,生产总监,A,\nm,生产经理,A,d\n");
        Suite s = SuiteReader.read(write(dir, """
                facts: org/acme.csv
                cases:
                  - name: by path
                    expect:
                      - team: d
                        is: [m]
                """));
        assertThat(new SuiteRunner(EXPERT).run(s)).allMatch(Result::passed);
    }

    @Test
    void malformedSuitesNameTheirFileAndLine(@TempDir Path dir) throws IOException {
        assertThatThrownBy(() -> SuiteReader.read(write(dir, """
                people: [{id: a, title: 经理}]
                cases:
                  - name: x
                    expect:
                      - senior: [a, a]
                        answr: PEERS
                """))).isInstanceOfSatisfying(SuiteException.class, e -> {
                    assertThat(e.line()).isEqualTo(6);
                    assertThat(e.getMessage()).startsWith(dir.resolve("s.yaml") + ":6: ").contains("answr");
                });
        assertThatThrownBy(() -> SuiteReader.read(write(dir, """
                people: [{id: a, title: 经理}]
                cases:
                  - name: x
                    expect:
                      - senior: [a, a]
                        answer: BIGGER
                """))).hasMessageContaining(":6: ").hasMessageContaining("BIGGER");
        assertThatThrownBy(() -> SuiteReader.read(write(dir, """
                cases:
                  - name: no facts anywhere
                    expect:
                      - chain: a
                        is: []
                """))).hasMessageContaining(":2: ").hasMessageContaining("no facts");
        assertThatThrownBy(() -> SuiteReader.read(write(dir, """
                people: [{id: a, title: 经理}]
                cases:
                  - name: asserts nothing
                    expect:
                      - team: a
                        all: true
                """))).hasMessageContaining(":5: ").hasMessageContaining("expects nothing");
        assertThatThrownBy(() -> SuiteReader.read(write(dir, "cases: [\n  - name: x\n"))).isInstanceOf(SuiteException.class)
                .hasMessageContaining("not valid YAML");
        assertThatThrownBy(() -> SuiteReader.read(write(dir, """
                people: [{id: a, title: 经理}]
                cases:
                  - name: x
                    expect:
                      - ask: "what is the meaning of life"
                        answer: PEERS
                """))).hasMessageContaining(":5: ").hasMessageContaining("not one 'ask' understands");
    }
}
