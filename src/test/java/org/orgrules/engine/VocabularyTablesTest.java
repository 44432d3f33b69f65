package org.orgrules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.orgrules.model.Duty;
import org.orgrules.model.FunctionWord;
import org.orgrules.model.RankWord;
import org.orgrules.model.RuleRef;

/** The vocabulary tables: rows become the model's facts, cite their group, and a bad table names its FILE:LINE. */
class VocabularyTablesTest {
    private static final String LADDER = """
            # a header comment
            - group: "Directors rank above managers: 总监 / Director"
              source: K2.1
              ranks:
                - [DIRECTOR, 60, 总监]
                - [MANAGER, 50, 部长, unsure: "a minister, or a department head"]
                - [MANAGER, 48, 主任, unsure alone: "an office head"]
              functions:
                - [PRODUCTION, 生产, Production, 生产]
                - [TECHNICAL, 技术, Technical, Engineer, role]
              units: [Department, 部, "No"]
            """;

    private static VocabularyTables parse(String... texts) {
        List<RuleFile> files = new java.util.ArrayList<>();
        for (int i = 0; i < texts.length; i += 2) files.add(new RuleFile("vocabulary/" + texts[i], "rules/vocabulary/" + texts[i], texts[i + 1]));
        return VocabularyTables.parse(files);
    }

    private static RuleProblem only(String... texts) {
        try {
            parse(texts);
        } catch (RulesException e) {
            assertThat(e.problems()).hasSize(1);
            return e.problems().get(0);
        }
        throw new AssertionError("the table was read without a problem");
    }

    @Test
    void rowsBecomeFactsCitingTheirGroupAndItsLine() {
        VocabularyTables t = parse("ladder.yaml", LADDER);
        RuleRef ref = new RuleRef("Directors rank above managers: 总监 / Director", "K2.1");
        assertThat(t.facts()).first().isEqualTo(new RankWord("总监", "DIRECTOR", 60, true, false, "", ref));
        assertThat(t.facts()).contains(new RankWord("部长", "MANAGER", 50, false, false, "a minister, or a department head", ref),
                new RankWord("主任", "MANAGER", 48, false, true, "an office head", ref),
                new FunctionWord("Engineer", "TECHNICAL", "技术", "Technical", true, ref));
        // a scalar is read as written: No is a word, not false
        assertThat(t.facts()).anyMatch(f -> f instanceof org.orgrules.model.UnitWord u && u.word().equals("No"));
        assertThat(t.groups()).singleElement().satisfies(g -> {
            assertThat(g.file()).isEqualTo("rules/vocabulary/ladder.yaml");
            assertThat(g.line()).isEqualTo(2);
        });
        assertThat(t.where(t.facts().get(1))).isEqualTo(new VocabularyTables.Where("rules/vocabulary/ladder.yaml", 6));
    }

    @Test
    void dutiesNameRanksAndFunctionsOfTheLadderOrAnyAndKeepTheirOrder() {
        VocabularyTables t = parse("duties.yaml", """
                - group: Managers plan
                  source: K6.1
                  duties:
                    - {function: any, rank: MANAGER, zh: 计划, en: plans}
                    - {function: PRODUCTION, rank: any, step: 2, zh: 检查, en: checks}
                """, "ladder.yaml", LADDER);
        List<Duty> duties = t.facts().stream().filter(Duty.class::isInstance).map(Duty.class::cast).toList();
        assertThat(duties).extracting(Duty::functionKey, Duty::rank, Duty::step, Duty::english)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("", "MANAGER", 0, "plans"),
                        org.assertj.core.groups.Tuple.tuple("PRODUCTION", "", 2, "checks"));
        assertThat(duties.get(0).order()).isLessThan(duties.get(1).order());
    }

    @Test
    void aLevelThatIsNotANumberIsAnErrorAtItsLineAndColumn() {
        RuleProblem p = only("ladder.yaml", LADDER.replace("[DIRECTOR, 60, 总监]", "[DIRECTOR, sixty, 总监]"));
        assertThat(p.toString()).isEqualTo("rules/vocabulary/ladder.yaml:5:18: a level is a whole number, not 'sixty'");
        assertThat(p.error()).isTrue();
    }

    @Test
    void aKeyNoTableKnowsIsAnError() {
        RuleProblem p = only("ladder.yaml", LADDER.replace("  units:", "  unit:"));
        assertThat(p.toString()).startsWith("rules/vocabulary/ladder.yaml:11:3: 'unit': a group has no such key (its keys: group, source, ranks");
    }

    @Test
    void aMissingFieldIsAnError() {
        assertThat(only("ladder.yaml", LADDER.replace("  source: K2.1\n", "")).toString())
                .isEqualTo("rules/vocabulary/ladder.yaml:2:3: a group has no 'source:'");
        assertThat(only("ladder.yaml", LADDER.replace("[DIRECTOR, 60, 总监]", "[DIRECTOR, 60]")).toString())
                .startsWith("rules/vocabulary/ladder.yaml:5:7: a rank row is [RANK, LEVEL, word]").endsWith("(this row has 2 values)");
        assertThat(only("duties.yaml", """
                - group: Managers plan
                  source: K6.1
                  duties:
                    - {function: any, rank: MANAGER, zh: 计划}
                """, "ladder.yaml", LADDER).toString()).isEqualTo("rules/vocabulary/duties.yaml:4:7: a duty has no 'en:'");
    }

    @Test
    void anUnknownRankOrFunctionIsAnError() {
        assertThat(only("classes.yaml", """
                - group: Directors are senior management
                  source: K3.2
                  classes:
                    - [DIRECTR, SENIOR_MANAGEMENT]
                """, "ladder.yaml", LADDER).toString())
                .startsWith("rules/vocabulary/classes.yaml:4:8: unknown rank 'DIRECTR' (no ranks: row of the ladder names it; the ranks: DIRECTOR, MANAGER)");
        assertThat(only("direction.yaml", """
                - group: Quality follows production
                  source: K2.4
                  follows:
                    - [PRODUCTION, QUALITY]
                """, "ladder.yaml", LADDER).toString())
                .startsWith("rules/vocabulary/direction.yaml:4:20: unknown function 'QUALITY'");
        assertThat(only("classes.yaml", """
                - group: Directors are senior management
                  source: K3.2
                  classes:
                    - [DIRECTOR, SENIOR]
                """, "ladder.yaml", LADDER).toString())
                .startsWith("rules/vocabulary/classes.yaml:4:18: a management class is one of SENIOR_MANAGEMENT");
    }

    @Test
    void yamlThatDoesNotParseAndTwoGroupsOfOneNameAreErrors() {
        assertThat(only("ladder.yaml", "- group: [unclosed\n").toString()).startsWith("rules/vocabulary/ladder.yaml:2:");
        RuleProblem twice = only("ladder.yaml", LADDER + LADDER.replace("# a header comment\n", ""));
        assertThat(twice.toString()).startsWith("rules/vocabulary/ladder.yaml:12:10: the group \"Directors rank above managers: 总监 / Director\" "
                + "is already written at rules/vocabulary/ladder.yaml:2");
    }

    @Test
    void theShippedTablesReadWithoutAProblemAndHoldTheWholeLadder() {
        VocabularyTables t = VocabularyTables.parse(RuleSource.folder(Path.of("rules")).readTables());
        assertThat(t.facts().stream().filter(RankWord.class::isInstance)).hasSizeGreaterThan(300);
        assertThat(t.groups()).extracting(VocabularyTables.Group::source).allSatisfy(s -> assertThat(s).isNotBlank());
        assertThat(RuleSource.bundled().readTables()).extracting(RuleFile::relativePath)
                .containsExactlyElementsOf(RuleSource.folder(Path.of("rules")).readTables().stream().map(RuleFile::relativePath).toList());
    }
}
