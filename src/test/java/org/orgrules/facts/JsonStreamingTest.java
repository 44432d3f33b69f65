package org.orgrules.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.orgrules.facts.Loads.ids;
import static org.orgrules.facts.Loads.person;
import static org.orgrules.facts.Loads.problems;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** JSON read one person at a time: whatever is wrong with one person costs only that person, at its line and column. */
class JsonStreamingTest {
    static final Duration HANG = Duration.ofSeconds(60);
    static final String GM = "{\"id\": \"gm\", \"title\": \"总经理\"},\n";
    static final String B = "{\"id\": \"b\", \"title\": \"Engineer\", \"manager\": \"gm\"}";

    static LoadResult json(String text) {
        return Loads.LOADER.read("t.json", Loads.in(text), "json");
    }

    /** gm on line 1, {@code person} on line 2, b on line 3. */
    static LoadResult around(String person) {
        return json("[" + GM + person + ",\n" + B + "]\n");
    }

    @Test
    void aBadValueCostsOnlyItsPersonWithLineAndColumn() {
        LoadResult r = around("{\"id\": \"a\", \"title\": tru, \"manager\": \"gm\"}");

        assertThat(ids(r)).containsExactly("gm", "b");
        assertThat(problems(r)).containsExactly("t.json:2: JSON syntax error: Unrecognized token 'tru': was expecting"
                + " (JSON String, Number, Array, Object or token 'null', 'true' or 'false') (column 22); this person was skipped");
    }

    @Test
    void aBadEscapeOnALaterLineOfAPersonNamesThatLine() {
        LoadResult r = around("{\"id\": \"a\",\n  \"title\": \"E\\qngineer\"}");

        assertThat(ids(r)).containsExactly("gm", "b");
        assertThat(problems(r)).singleElement().asString().startsWith("t.json:3: JSON syntax error: Unrecognized character escape 'q'")
                .contains("(column 15)").endsWith("; this person was skipped");
    }

    @Test
    void aBracketThatClosesTheWrongThingCostsOnlyItsPerson() {
        LoadResult r = around("{\"id\": \"a\", \"title\": [1}, \"manager\": \"gm\"}");

        assertThat(ids(r)).containsExactly("gm", "b");
        assertThat(problems(r)).containsExactly("t.json:2: JSON syntax error: '}' (column 24) closes the '[' before it; this person was skipped");
    }

    @Test
    void aSecondTopLevelValueIsAProblemAndIsNotRead() {
        LoadResult r = json("[" + GM + B + "]\n[{\"id\": \"x\", \"title\": \"CEO\"}]\n");

        assertThat(ids(r)).containsExactly("gm", "b");
        assertThat(problems(r)).containsExactly("t.json:3: a second value (column 1) follows the list of people; it was not read"
                + " – a JSON file holds one value: put all the people in one list");
    }

    @Test
    void aThousandAndOneDigitIdIsAValueWithinTheLimit() {
        String id = "7".repeat(1001);

        LoadResult r = around("{\"id\": " + id + ", \"title\": \"Engineer\", \"manager\": \"gm\", \"salary\": " + "9".repeat(1001) + "}");

        assertThat(problems(r)).isEmpty();
        assertThat(ids(r)).containsExactly("gm", id, "b");
    }

    @Test
    void aNumberOverTheValueLimitCostsOnlyItsPersonAndNamesTheLimit() {
        LoadResult r = around("{\"id\": \"a\", \"n\": " + "1".repeat(10_001) + "}");

        assertThat(ids(r)).containsExactly("gm", "b");
        assertThat(problems(r)).singleElement().asString().startsWith("t.json:2: a number (column ")
                .endsWith(" is over the limit of 10000 characters (LoadLimits.maxFieldChars); this person was skipped"
                        + " – raise it with --max-field-chars (LoadLimits.maxFieldChars) if the value is right");
    }

    @Test
    void raisingTheValueLimitLetsTheLongerNumberIn() {
        FactsLoader loader = new FactsLoader(LoadLimits.defaults().withMaxFieldChars(20_000));
        String id = "1".repeat(10_001);

        LoadResult r = loader.read("t.json", Loads.in("[" + GM + "{\"id\": " + id + ", \"title\": \"E\"}]"), "json");

        assertThat(problems(r)).isEmpty();
        assertThat(ids(r)).containsExactly("gm", id);
    }

    @Test
    void nestingPastAThousandCostsOnlyItsPerson() {
        LoadResult r = around("{\"id\": \"a\", \"x\": " + "[".repeat(1001) + "]".repeat(1001) + "}");

        assertThat(ids(r)).containsExactly("gm", "b");
        assertThat(problems(r)).containsExactly("t.json:2: lists and objects are nested more than 1000 deep (column 1018); this person was skipped");
    }

    @Test
    void aMillionDeepValueOutsideThePeopleIsSkippedInConstantStack() {
        String deep = "[".repeat(1_000_000) + "]".repeat(1_000_000);

        LoadResult r = assertTimeoutPreemptively(HANG, () -> json("{\"meta\": " + deep + ", \"people\": [" + GM + B + "]}"));

        assertThat(problems(r)).isEmpty();
        assertThat(ids(r)).containsExactly("gm", "b");
    }

    @Test
    void aStringOfTwentyOneMillionCharactersCostsOnlyItsPersonWithItsKey() {
        String name = "s".repeat(21_000_000);

        LoadResult r = assertTimeoutPreemptively(HANG, () -> around("{\"id\": \"a\",\n \"name\": \"" + name + "\"}"));

        assertThat(ids(r)).containsExactly("gm", "b");
        assertThat(problems(r)).containsExactly("t.json:3: the value of 'name' is 21000000 characters long, over the limit of 10000"
                + " (LoadLimits.maxFieldChars); this row was skipped – raise it with --max-field-chars (LoadLimits.maxFieldChars) if the value is right");
    }

    @Test
    void valuesAreMeasuredInCharactersAsRead() {
        String escaped = "\\u00e9".repeat(3000);            // 18,000 as written: 3,000 characters
        String emoji = "😀".repeat(6000);                    // 12,000 Java chars: 6,000 characters

        LoadResult r = around("{\"id\": \"a\", \"name\": \"" + escaped + "\", \"title\": \"" + emoji + "\"}");

        assertThat(problems(r)).isEmpty();
        assertThat(person(r, "a").getName()).isEqualTo("é".repeat(3000));
        assertThat(person(r, "a").getTitle()).isEqualTo(emoji);
    }

    @Test
    void aByteThatIsNotUtf8CostsOnlyItsPersonEvenOnOneLine() {
        LoadResult r = Loads.LOADER.read("t.json", Loads.withLatin1Byte("[{\"id\":\"gm\",\"title\":\"GM\"},{\"id\":\"a\",\"name\":\"Ren",
                "\",\"title\":\"E\"},{\"id\":\"b\",\"title\":\"E\"}]"), "json");

        assertThat(ids(r)).containsExactly("gm", "b");
        assertThat(problems(r)).containsExactly("t.json:1: not valid UTF-8: the first bad byte (0xE9) is on this line;"
                + " 1 person with bad bytes was skipped (line 1) – save the file as UTF-8");
    }

    @Test
    void aMissingCommaStopsReadingWhereItIsAndKeepsThePeopleBefore() {
        LoadResult r = json("[" + GM + B + "\n  {\"id\": \"c\", \"title\": \"E\"}]");

        assertThat(ids(r)).containsExactly("gm", "b");
        assertThat(problems(r)).containsExactly("t.json:3: JSON syntax error: expected ',' or ']' after a person, found '{' (column 3);"
                + " the rest of the file was not read (the 2 people before it were kept)");
    }

    @Test
    void aStringThatIsNeverClosedSaysWhereItStarts() {
        LoadResult r = json("[" + GM + "{\"id\": \"a\", \"title\": \"E}]\n");

        assertThat(ids(r)).containsExactly("gm");
        assertThat(problems(r)).singleElement().asString()
                .startsWith("t.json:3: JSON syntax error: a string that starts on line 2, column 22 is not closed")
                .endsWith("the rest of the file was not read (the person before it was kept)");
    }

    @Test
    void aTrailingCommaIsReportedAndEveryPersonKept() {
        LoadResult r = json("{\"company\": \"X\", \"people\": [" + GM + B + ",\n]}");

        assertThat(ids(r)).containsExactly("gm", "b");
        assertThat(person(r, "b").getCompany()).isEqualTo("X");
        assertThat(problems(r)).containsExactly("t.json:3: a ',' before the ']' (column 1) that closes the list has no person after it; it was ignored");
    }

    @Test
    void aPersonOfManyValuesOverTheTextLimitIsSkippedAndNamed() {
        StringBuilder big = new StringBuilder("{\"id\": \"a\"");
        for (int i = 0; i < 200_000; i++) big.append(", \"k").append(i).append("\": 1");
        big.append('}');

        LoadResult r = around(big.toString());

        assertThat(ids(r)).containsExactly("gm", "b");
        assertThat(problems(r)).containsExactly("t.json:2: this person is over 1048576 characters of JSON (64 values at the limit of 10000,"
                + " LoadLimits.maxFieldChars); they were skipped – raise it with --max-field-chars (LoadLimits.maxFieldChars) if the data is right");
    }
}
