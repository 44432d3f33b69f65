package org.orgrules.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The question grammar is data (rules/questions.yaml): it loads, its examples are its tests, and it stays quick. */
class QuestionGrammarTest {

    @Test
    void theShippedGrammarLoadsWithEveryExampleReadByItsOwnForm() throws IOException {
        // loading checks each example against its form; the folder copy and the bundled copy agree
        Questions folder = Questions.of(Path.of("rules"));
        assertThat(folder.source()).isEqualTo(Path.of("rules", Questions.FILE).toString());
        assertThat(Questions.bundled().source()).startsWith("bundled:");
        assertThat(Files.readString(Path.of("rules", Questions.FILE))).contains("examples:");
        assertThat(Questions.examples()).isNotEmpty().contains("What breaks the rules?");
    }

    @Test
    void traditionalChineseIsReadAsSimplifiedAndItsWordsAreKept() {
        assertThat(Questions.parse("產品經理和技術總監哪個大?")).isEqualTo(new Questions.Parsed("senior", List.of("產品經理", "技術總監")));
        assertThat(Questions.parse("李明向誰匯報?")).isEqualTo(new Questions.Parsed("reports-to", List.of("李明")));
    }

    @Test
    void aFolderWithoutAGrammarUsesTheBundledOneAndAFolderGrammarIsUsed(@TempDir Path dir) throws IOException {
        assertThat(Questions.of(dir).source()).startsWith("bundled:");
        Files.writeString(dir.resolve(Questions.FILE), """
                parts:
                  END: '\\s*[?？]*$'
                forms:
                  - query: team
                    pattern: '^(.+?)带的人{END}'
                    args: [1]
                    examples: {"zhang带的人?": [zhang]}
                """);
        Questions g = Questions.of(dir);
        assertThat(g.read("zhang带的人?")).isEqualTo(new Questions.Parsed("team", List.of("zhang")));
        assertThat(g.read("Who reports to zhang?")).isNull();
    }

    @Test
    void aBadGrammarNamesItsFileAndLine() {
        assertThatThrownBy(() -> Questions.read(new StringReader("""
                forms:
                  - query: team
                    pattern: '^(.+?)带的人$'
                    args: [1]
                    examples: {"谁带zhang?": [zhang]}
                """), "q.yaml"))
                .isInstanceOf(BadQueryException.class).hasMessageContaining("q.yaml:5: example \"谁带zhang?\"");
        assertThatThrownBy(() -> Questions.read(new StringReader("forms:\n  - query: weather\n    pattern: 'x'\n    args: []\n"), "q.yaml"))
                .isInstanceOf(BadQueryException.class).hasMessageContaining("q.yaml:2:").hasMessageContaining("not a query");
        assertThatThrownBy(() -> Questions.read(new StringReader("forms:\n  - query: team\n    pattern: '(x'\n    args: [1]\n"), "q.yaml"))
                .isInstanceOf(BadQueryException.class).hasMessageContaining("q.yaml:3:").hasMessageContaining("not a regular expression");
    }

    /** A hang guard, not a timing test: 500 repetitive characters must not backtrack for minutes. */
    @ParameterizedTest
    @ValueSource(strings = {"和的", "的比", "谁向", "是的", "和", " vs ", "a or ", "比大还是", "的的的和", "？"})
    void fiveHundredRepetitiveCharactersAreReadQuickly(String unit) {
        String q = unit.repeat(Questions.MAX_CHARS / unit.length()).substring(0, Questions.MAX_CHARS);
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            Questions.parse(q);
            Questions.parse(q.substring(0, 499) + "?");
        });
    }

    @Test
    void aQuestionOverTheBoundIsRefusedWithItsLength() {
        assertThatThrownBy(() -> Questions.parse("和".repeat(501))).isInstanceOf(BadQueryException.class).hasMessageContaining("501 characters");
    }
}
