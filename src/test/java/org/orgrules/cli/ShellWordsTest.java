package org.orgrules.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** How a line of {@code shell} is split into words: as a POSIX shell would, without expansions. */
class ShellWordsTest {

    @Test
    void whiteSpaceSeparatesWordsAndRunsOfItCountOnce() {
        assertThat(ShellWords.split("  senior   li\tzhang ")).containsExactly("senior", "li", "zhang");
    }

    @Test
    void anIdeographicSpaceSeparatesWordsToo() {
        assertThat(ShellWords.split("senior 产品经理\u3000技术总监")).containsExactly("senior", "产品经理", "技术总监");
    }

    @Test
    void doubleQuotesKeepSpacesAndQuestionMarks() {
        assertThat(ShellWords.split("ask \"Who is senior, li or zhang?\""))
                .containsExactly("ask", "Who is senior, li or zhang?");
    }

    @Test
    void singleQuotesKeepEverythingInsideAsItIs() {
        assertThat(ShellWords.split("senior 'Technical \"Director\"' '\\n'"))
                .containsExactly("senior", "Technical \"Director\"", "\\n");
    }

    @Test
    void insideDoubleQuotesABackslashEscapesOnlyAQuoteOrABackslash() {
        assertThat(ShellWords.split("ask \"say \\\"hi\\\" \\\\ \\n\"")).containsExactly("ask", "say \"hi\" \\ \\n");
    }

    @Test
    void outsideQuotesABackslashTakesTheNextCharacterAsItIs() {
        assertThat(ShellWords.split("senior Technical\\ Director li \\'x")).containsExactly("senior", "Technical Director", "li", "'x");
    }

    @Test
    void quotedAndUnquotedPartsNextToEachOtherMakeOneWord() {
        assertThat(ShellWords.split("a\"b c\"d'e f'")).containsExactly("ab cde f");
    }

    @Test
    void emptyQuotesAreAnEmptyWord() {
        assertThat(ShellWords.split("owner \"\" ''")).containsExactly("owner", "", "");
    }

    @Test
    void aBlankLineHasNoWords() {
        assertThat(ShellWords.split("   ")).isEmpty();
        assertThat(ShellWords.split("")).isEmpty();
    }

    @Test
    void aQuoteLeftOpenOrABackslashAtTheEndIsAnError() {
        assertThatThrownBy(() -> ShellWords.split("ask \"Who is senior")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unterminated \" quote at column 5");
        assertThatThrownBy(() -> ShellWords.split("ask 'x")).hasMessageContaining("unterminated ' quote");
        assertThatThrownBy(() -> ShellWords.split("chain li\\")).hasMessageContaining("backslash");
    }

    @Test
    void chineseAndOtherCharactersPassThrough() {
        assertThat(ShellWords.split("ask 产品经理和技术总监哪个大?")).containsExactly("ask", "产品经理和技术总监哪个大?");
    }
}
