package org.orgrules.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Transliterator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shape of a title, before any vocabulary: normal form, roles and complements, aliases. */
class TitleTextTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "產品總監|产品总监",
            "技术总监（ＣＴＯ）|技术总监 (cto)",
            "Under-Secretary-General|under secretary general",
            "  Senior   Product  Manager |senior product manager",
            "Director – Sales|director - sales",
            "總經理|总经理",
    })
    void theNormalFormIsSimplifiedHalfWidthLowerCaseSingleSpaced(String title, String normal) {
        assertThat(TitleText.normalize(title)).isEqualTo(normal);
    }

    @Test
    void theRoleEndsWhereAComplementStarts() {
        assertThat(roles("Director of Legal Affairs")).containsExactly("director");
        assertThat(roles("Head, Treaty Section")).containsExactly("head");
        assertThat(roles("Assistant to the General Manager")).containsExactly("assistant");
        assertThat(roles("Director - Sales")).containsExactly("director");
        assertThat(roles("Treaty Section Chief")).containsExactly("treaty section chief");
    }

    @Test
    void aTitleThatJoinsRolesHasOnePartEach() {
        assertThat(roles("President and CEO")).containsExactly("president", "ceo");
        assertThat(roles("副总经理兼财务总监")).containsExactly("副总经理", "财务总监");
        assertThat(roles("Secretary/Treasurer")).containsExactly("secretary", "treasurer");
        assertThat(roles("R&D Manager")).as("an ampersand inside a word joins nothing").containsExactly("r&d manager");
    }

    @Test
    void bracketsAndTheOtherLanguageHalfAreAliases() {
        TitleText t = TitleText.of("技术总监（CTO）");
        assertThat(t.hasAlias()).isTrue();
        assertThat(aliases(t)).containsExactly("cto");
        assertThat(aliases(TitleText.of("产品经理 Product Manager"))).containsExactly("product manager");
        assertThat(aliases(TitleText.of("Product Manager 产品经理"))).containsExactly("产品经理");
        assertThat(TitleText.of("HR经理").hasAlias()).as("no space, no second half").isFalse();
    }

    @Test
    void wordsMatchInNormalFormWholeWordsOnlyAndWithWildcards() {
        String t = TitleText.normalize("Chief Legal and Compliance Officer");
        assertThat(Words.occurrences(t, "Chief * Officer")).hasSize(1);
        assertThat(Words.occurrences(TitleText.normalize("Chief of Staff and Legal Officer"), "Chief * Officer")).isEmpty();
        assertThat(Words.occurrences(TitleText.normalize("Directorate Clerk"), "Director")).isEmpty();
        assertThat(Words.occurrences(TitleText.normalize("首席营销官"), "首席*官")).hasSize(1);
        assertThat(Words.contains("產品總監", "产品总监")).isTrue();
    }

    @Test
    void theTraditionalToSimplifiedTableIsIcusOneToOneMapping() {
        Transliterator icu = Transliterator.getInstance("Traditional-Simplified");
        Map<Integer, Integer> expected = new HashMap<>();
        for (int cp = 0x3400; cp <= 0x9FFF; cp++) {
            if (cp > 0x4DBF && cp < 0x4E00) continue;
            String s = new String(Character.toChars(cp));
            String r = icu.transliterate(s);
            if (!r.equals(s) && r.codePointCount(0, r.length()) == 1) expected.put(cp, r.codePointAt(0));
        }
        assertThat(TitleText.simplifiedTable()).isEqualTo(expected);
    }

    private static List<String> roles(String title) {
        TitleText t = TitleText.of(title);
        return t.parts().stream().filter(p -> !p.alias()).map(p -> t.text().substring(p.start(), p.roleEnd())).toList();
    }

    private static List<String> aliases(TitleText t) {
        return t.parts().stream().filter(TitleText.Part::alias).map(p -> t.text().substring(p.start(), p.end())).toList();
    }
}
