package org.orgrules.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A person as a loader makes them: the origin kept as file and line, the position key shared. */
class PersonReadTest {
    private static Person read(String id, String title, String department, String file, int line) {
        return Person.read(id, null, title, department, "acme", null, file, line, Map.of(), null, null, List.of());
    }

    @Test
    void theOriginOfAPersonReadAtALineIsFileColonLine() {
        Person p = read("li", "生产经理", "生产部", "facts/acme.csv", 12);
        assertThat(p.getOrigin()).isEqualTo("facts/acme.csv:12");
        assertThat(p.describe()).isEqualTo("li (生产经理, facts/acme.csv:12)");
    }

    @Test
    void aCopyKeepsTheOrigin() {
        Person p = read("li", "生产经理", "生产部", "facts/acme.csv", 12);
        assertThat(p.withManager("wang").getOrigin()).isEqualTo("facts/acme.csv:12");
        assertThat(p.withTitle("生产总监").describe()).isEqualTo("li (生产总监, facts/acme.csv:12)");
        assertThat(p.withLines(List.of()).withDates(null, null).getOrigin()).isEqualTo("facts/acme.csv:12");
    }

    @Test
    void aPersonMadeWithAWholeOriginKeepsItAsGiven() {
        Person p = new Person("li", null, "生产经理", "", "acme", null, "scenario 3");
        assertThat(p.getOrigin()).isEqualTo("scenario 3");
        assertThat(new Person("li", null, "生产经理", "", "acme", null, null).getOrigin()).isEmpty();
    }

    @Test
    void aNegativeLineIsWrittenAsGiven() {
        assertThat(read("li", "生产经理", "", "x.csv", -1).getOrigin()).isEqualTo("x.csv:-1");
    }

    @Test
    void theHoldersOfAPositionShareOnePositionKey() {
        Person a = read("a", "生产经理", "生产部", "f.csv", 1);
        Person b = read("b", new String("生产经理"), new String("生产部"), "f.csv", 2);
        assertThat(a.getPositionKey()).isEqualTo(Position.key("生产经理", "生产部"));
        assertThat(b.getPositionKey()).isSameAs(a.getPositionKey());
        assertThat(read("c", "生产总监", "生产部", "f.csv", 3).getPositionKey()).isEqualTo(Position.key("生产总监", "生产部"));
        assertThat(read("d", "生产经理", "", "f.csv", 4).getPositionKey()).isEqualTo("生产经理");
    }

    @Test
    void twoPositionsOfOneCacheSlotEachGetTheirOwnKey() {
        // whatever slot they share, a key is only reused for the same title and department
        for (int i = 0; i < 10_000; i++) {
            Person p = read("p" + i, "Title " + i, "Dept " + (i % 7), "f.csv", i);
            assertThat(p.getPositionKey()).isEqualTo(Position.key("Title " + i, "Dept " + (i % 7)));
        }
    }
}
