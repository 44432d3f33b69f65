package org.orgrules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orgrules.cli.Main;
import org.orgrules.engine.RulesException;

/** A rule that keeps firing is stopped at a configurable fire limit, with an error naming it. */
class FireLimitTest {

    private static Path loopingRules(Path dir) throws IOException {
        RulesFolderTest.copyRules(dir);
        Files.writeString(dir.resolve("loop.drl"), """
                package org.orgrules.rules;
                import org.orgrules.model.Person;

                rule "A rule that modifies what it matches"
                    @source("K6.2")
                when
                    $p : Person()
                then
                    update($p);
                end
                """);
        return dir;
    }

    @Test
    void theBuilderTakesTheFireLimit(@TempDir Path dir) throws IOException {
        OrgExpert expert = OrgExpert.builder().rules(loopingRules(dir)).fireLimit(5_000).build();
        assertThatThrownBy(() -> expert.of(Fixtures.rows("a|经理|A|")))
                .isInstanceOf(RulesException.class)
                .hasMessageContaining("A rule that modifies what it matches")
                .hasMessageContaining("stopped after 5000 firings")
                .hasMessageContaining("loop.drl:4");
        assertThat(expert.rebuilt().rules().fireLimit(1_000_000)).as("kept by a rebuild").isEqualTo(5_000);
        assertThatThrownBy(() -> OrgExpert.builder().fireLimit(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theCliTakesTheFireLimitAndExits2NamingTheRule(@TempDir Path dir) throws IOException {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = Main.run(new String[] {"--rules", loopingRules(dir).toString(), "--facts", "facts", "--fire-limit", "5000",
                "chain", "li"}, new PrintWriter(out), new PrintWriter(err));
        assertThat(code).isEqualTo(2);
        // the loop re-activates other rules on the people it updates; the rule named is the one updating
        assertThat(err.toString()).startsWith(dir + "/loop.drl:4: rule \"A rule that modifies what it matches\" keeps firing: "
                + "stopped after 5000 firings").doesNotContain("Exception");
        StringWriter out2 = new StringWriter(), err2 = new StringWriter();
        Path one = dir.resolve("one.csv");
        Files.writeString(one, "id,title,company,manager_id\na,经理,A,\n");
        assertThat(Main.run(new String[] {"--rules", dir.toString(), "--facts", one.toString(), "--fire-limit", "3000", "chain", "a"},
                new PrintWriter(out2), new PrintWriter(err2))).isEqualTo(2);
        assertThat(err2.toString()).startsWith(dir + "/loop.drl:4: rule \"A rule that modifies what it matches\" keeps firing: stopped after 3000 firings");
    }
}
