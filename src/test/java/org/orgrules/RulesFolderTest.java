package org.orgrules;

import org.orgrules.view.Org;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orgrules.engine.RuleProblem;
import org.orgrules.engine.RuleSource;
import org.orgrules.engine.RulesException;
import org.orgrules.model.Answer;

/** The rules are read from their folder at run time: an analyst's edit changes answers with no Java build. */
public class RulesFolderTest {

    public static Path copyRules(Path to) throws IOException {
        return org.orgrules.bench.Trees.copy(Path.of("rules"), to);
    }

    @Test
    void editingTheLadderTableChangesTheAnswer(@TempDir Path dir) throws IOException {
        copyRules(dir);
        Path ladder = dir.resolve("vocabulary/ladder.yaml");
        // an analyst promotes managers above directors
        String text = Files.readString(ladder);
        Files.writeString(ladder, text.replace("- [MANAGER, 50, 经理]", "- [MANAGER, 65, 经理]"));
        assertThat(Files.readString(ladder)).isNotEqualTo(text);
        Org edited = OrgExpert.fromFolder(dir).of(List.of());
        assertThat(edited.whoIsSenior("产品经理", "技术总监").answer()).isEqualTo(Answer.FIRST_SENIOR);
        assertThat(Fixtures.org().whoIsSenior("产品经理", "技术总监").answer()).isEqualTo(Answer.SECOND_SENIOR);
    }

    @Test
    void aDrlSyntaxErrorNamesTheAnalystsFileAndLine(@TempDir Path dir) throws IOException {
        copyRules(dir);
        Files.writeString(dir.resolve("broken.drl"), """
                package org.orgrules.rules;
                import org.orgrules.model.Person;

                rule "A broken rule"
                when
                    Person( id == )
                then
                end
                """);
        assertThatThrownBy(() -> OrgExpert.fromFolder(dir))
                .isInstanceOfSatisfying(RulesException.class, e -> {
                    RuleProblem p = e.problems().get(0);
                    assertThat(p.file()).endsWith("broken.drl");
                    assertThat(p.line()).isEqualTo(6);
                    assertThat(p.toString()).startsWith(dir.resolve("broken.drl") + ":6");
                });
    }

    @Test
    void aRuleThatKeepsFiringIsStoppedAndNamed(@TempDir Path dir) throws IOException {
        copyRules(dir);
        Files.writeString(dir.resolve("loop.drl"), """
                package org.orgrules.rules;
                import org.orgrules.model.Person;

                rule "A rule that modifies what it matches"
                when
                    $p : Person()
                then
                    update($p);
                end
                """);
        OrgExpert expert = OrgExpert.of(org.orgrules.engine.RuleBase.build(RuleSource.folder(dir), 10_000, 10),
                org.orgrules.facts.LoadLimits.defaults());
        assertThatThrownBy(() -> expert.of(Fixtures.rows("a|经理|A|")))
                .isInstanceOf(RulesException.class)
                .hasMessageContaining("A rule that modifies what it matches")
                .hasMessageContaining("loop.drl:4");
    }

    @Test
    void theBundledRulesAreTheFolderRules() {
        assertThat(OrgExpert.bundled().rules().rules()).hasSameSizeAs(Fixtures.expert().rules().rules());
    }

    @Test
    void everyRuleCitesTheStatementItEncodes() {
        assertThat(Fixtures.expert().rules().rules()).allSatisfy(r -> assertThat(r.source()).as(r.name()).isNotBlank());
    }
}
