package org.orgrules.facts;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.orgrules.facts.Loads.csv;
import static org.orgrules.facts.Loads.ids;
import static org.orgrules.facts.Loads.person;
import static org.orgrules.facts.Loads.problems;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orgrules.model.Person;

class CsvLoadingTest {

    private static final String HEADER = "id,name,title,department,company,manager_id\n";

    @Test
    void goodFileLoadsEveryColumnWithItsOrigin() {
        LoadResult r = csv(HEADER
                + "gm,陈建国,总经理,总经理办公室,华夏精密制造,NO_MGR\n"
                + "zhang,张伟,生产总监,生产部,华夏精密制造,gm\n");

        assertThat(r.ok()).isTrue();
        Person zhang = person(r, "zhang");
        assertThat(zhang.getName()).isEqualTo("张伟");
        assertThat(zhang.getTitle()).isEqualTo("生产总监");
        assertThat(zhang.getDepartment()).isEqualTo("生产部");
        assertThat(zhang.getCompany()).isEqualTo("华夏精密制造");
        assertThat(zhang.getManagerId()).isEqualTo("gm");
        assertThat(zhang.getOrigin()).isEqualTo("t.csv:3");
        assertThat(person(r, "gm").getManagerId()).isNull();
    }

    @Test
    void headerNamesAreCaseInsensitiveTrimmedAndInAnyOrder() {
        LoadResult r = csv(" Manager_ID , TITLE,Company , Id ,NAME,Department\n"
                + "gm,生产经理,Acme,li,李明,生产部\n");

        assertThat(problems(r)).isEmpty();
        Person li = person(r, "li");
        assertThat(li.getTitle()).isEqualTo("生产经理");
        assertThat(li.getManagerId()).isEqualTo("gm");
        assertThat(li.getName()).isEqualTo("李明");
        assertThat(li.getCompany()).isEqualTo("Acme");
    }

    @Test
    void utf8ByteOrderMarkIsStripped() {
        LoadResult r = csv("\uFEFFid,title\nli,生产经理\n");

        assertThat(problems(r)).isEmpty();
        assertThat(ids(r)).containsExactly("li");
    }

    @Test
    void crlfLineEndingsWorkAndLinesAreCountedOnce() {
        LoadResult r = csv("id,title\r\na,Clerk\r\n\r\nb,Clerk\r\nc,Clerk,extra\r\n");

        assertThat(ids(r)).containsExactly("a", "b");
        assertThat(person(r, "b").getOrigin()).isEqualTo("t.csv:4");
        assertThat(person(r, "b").getTitle()).isEqualTo("Clerk");
        assertThat(problems(r)).singleElement().asString().startsWith("t.csv:5: this row has 3 values");
    }

    @Test
    void oldMacLineEndingsWork() {
        LoadResult r = csv("id,title\ra,Clerk\rb,Clerk\r");

        assertThat(ids(r)).containsExactly("a", "b");
        assertThat(person(r, "b").getOrigin()).isEqualTo("t.csv:3");
    }

    @Test
    void quotedValuesMayHoldCommasQuotesAndSpaces() {
        LoadResult r = csv(HEADER
                + "kenji,\"Nakamura, Kenji\",\"Product Manager\",\"R&D, Tokyo\",Acme,\n"
                + "bob,\"Bob \"\"the boss\"\" Smith\",CEO,,Acme,\n"
                + "ann, \"Ann, Lee\" ,Clerk,,Acme,\n");

        assertThat(problems(r)).isEmpty();
        assertThat(person(r, "kenji").getName()).isEqualTo("Nakamura, Kenji");
        assertThat(person(r, "kenji").getDepartment()).isEqualTo("R&D, Tokyo");
        assertThat(person(r, "bob").getName()).isEqualTo("Bob \"the boss\" Smith");
        assertThat(person(r, "ann").getName()).isEqualTo("Ann, Lee");
    }

    @Test
    void quotedValueMayRunOverLinesInAColumnThatIsNotUsed() {
        LoadResult r = csv("id,title,notes\n"
                + "a,Clerk,\"line one\nline two\"\n"
                + "b,Clerk,x\n");

        assertThat(problems(r)).isEmpty();
        assertThat(ids(r)).containsExactly("a", "b");
        assertThat(person(r, "b").getOrigin()).isEqualTo("t.csv:4");
    }

    @Test
    void noMgrInAnyCaseAndABlankManagerMeanNoManager() {
        LoadResult r = csv(HEADER
                + "a,,CEO,,X,NO_MGR\n"
                + "b,,CTO,,X,no_mgr\n"
                + "c,,CFO,,X,No_Mgr\n"
                + "d,,COO,,X,\n"
                + "e,,Clerk,,X,   \n"
                + "f,,Clerk,,X,a\n");

        assertThat(problems(r)).isEmpty();
        assertThat(r.people()).extracting(Person::getManagerId).containsExactly(null, null, null, null, null, "a");
    }

    @Test
    void valuesAreTrimmed() {
        LoadResult r = csv(HEADER + "  li  ,  李明 , 生产经理\t,\u3000生产部\u3000, Acme ,  zhang \n");

        assertThat(problems(r)).isEmpty();
        Person li = person(r, "li");
        assertThat(li.getName()).isEqualTo("李明");
        assertThat(li.getTitle()).isEqualTo("生产经理");
        assertThat(li.getDepartment()).isEqualTo("生产部");
        assertThat(li.getCompany()).isEqualTo("Acme");
        assertThat(li.getManagerId()).isEqualTo("zhang");
    }

    @Test
    void onlyIdAndTitleAreRequiredAndExtraColumnsAreIgnored() {
        LoadResult r = csv("hired,id,title,salary\n2020-01-01,li,生产经理,9000\n");

        assertThat(problems(r)).isEmpty();
        Person li = person(r, "li");
        assertThat(li.getName()).isEqualTo("li");
        assertThat(li.getCompany()).isEmpty();
        assertThat(li.getManagerId()).isNull();
    }

    @Test
    void rowsMayComeInAnyOrder() {
        LoadResult r = csv(HEADER + "li,,生产经理,,X,zhang\nzhang,,生产总监,,X,gm\ngm,,总经理,,X,\n");

        assertThat(problems(r)).isEmpty();
        assertThat(ids(r)).containsExactly("li", "zhang", "gm");
    }

    @Test
    void badRowIsReportedWithItsLineAndGoodRowsAreKept() {
        LoadResult r = csv(HEADER
                + "a,,Clerk,,X,\n"
                + "b,,Clerk,,X\n"                 // 5 values
                + "c,,Clerk,,X,,oops\n"           // 7 values
                + "d,,Clerk,,X,\n");

        assertThat(ids(r)).containsExactly("a", "d");
        assertThat(problems(r)).containsExactly(
                "t.csv:3: this row has 5 values but the header (line 1) has 6 columns; the row was skipped"
                        + " – is a comma in a value not quoted, or a value missing?",
                "t.csv:4: this row has 7 values but the header (line 1) has 6 columns; the row was skipped"
                        + " – is a comma in a value not quoted, or a value missing?");
    }

    @Test
    void rowWithoutIdIsReportedAndSkipped() {
        LoadResult r = csv(HEADER + "a,,Clerk,,X,\n ,Nobody,Clerk,,X,\nb,,Clerk,,X,\n");

        assertThat(ids(r)).containsExactly("a", "b");
        assertThat(problems(r)).containsExactly("t.csv:3: this row has no id; the row was skipped");
    }

    @Test
    void missingRequiredHeaderColumnIsReportedAtLineOne() {
        LoadResult r = csv("id,name,department\nli,李明,生产部\n");

        assertThat(r.people()).isEmpty();
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("t.csv");
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.message()).startsWith("the header has no 'title' column (found: id, name, department)");
        });
    }

    @Test
    void headerWithNeitherIdNorTitleNamesBoth() {
        LoadResult r = csv("li,生产经理\nwang,生产经理\n");

        assertThat(r.people()).isEmpty();
        assertThat(problems(r)).singleElement().asString().startsWith("t.csv:1: the header has no 'id' or 'title' column");
    }

    @Test
    void unbalancedQuoteIsReportedWhereTheRowStartsAndTheRowsAfterItAreRecovered() {
        LoadResult r = csv(HEADER
                + "a,,Clerk,,X,\n"
                + "b,\"Bob,Clerk,,X,\n"            // the quote is never closed on this line
                + "c,,Clerk,,X,\n"
                + "d,\"Dee\",Clerk,,X,\n"          // a later quote would close it
                + "e,,Clerk,,X,\n");

        assertThat(ids(r)).containsExactly("a", "c", "d", "e");
        assertThat(problems(r)).singleElement().asString().startsWith("t.csv:3: unbalanced quote")
                .endsWith("reading went on at line 4");
    }

    @Test
    void unbalancedQuoteRunningToTheEndOfTheFileLosesOnlyItsRow() {
        LoadResult r = csv(HEADER
                + "a,,Clerk,,X,\n"
                + "b,\"Bob,Clerk,,X,\n"
                + "c,,Clerk,,X,\n"
                + "d,,Clerk,,X,\n");

        assertThat(ids(r)).containsExactly("a", "c", "d");
        assertThat(problems(r)).singleElement().asString().startsWith("t.csv:3: unbalanced quote");
        assertThat(person(r, "d").getOrigin()).isEqualTo("t.csv:5");
    }

    @Test
    void unbalancedQuoteInAHugeFileIsCaughtWithoutReadingTheRestIntoOneValue() {
        StringBuilder text = new StringBuilder(HEADER).append("a,\"Al,Clerk,,X,\n");
        for (int i = 0; i < 20_000; i++) text.append("p").append(i).append(",,Clerk,,X,\n");
        FactsLoader small = new FactsLoader(LoadLimits.defaults().withMaxFieldChars(50));

        LoadResult r = small.read("big.csv", Loads.in(text.toString()), "csv");

        assertThat(r.people()).hasSize(20_000);
        assertThat(problems(r)).singleElement().asString().startsWith("big.csv:2: unbalanced quote");
    }

    @Test
    void textAfterAClosingQuoteIsReportedAndTheRestIsKept() {
        LoadResult r = csv(HEADER + "a,\"Al\"x,Clerk,,X,\nb,,Clerk,,X,\n");

        assertThat(ids(r)).containsExactly("b");
        assertThat(problems(r)).singleElement().asString().startsWith("t.csv:2: text after a closing quote");
    }

    @Test
    void blankLinesAreSkippedAndLineNumbersStayExact() {
        LoadResult r = csv("\n\nid,title\n\n   \na,Clerk\n\nb,Clerk");

        assertThat(problems(r)).isEmpty();
        assertThat(person(r, "a").getOrigin()).isEqualTo("t.csv:6");
        assertThat(person(r, "b").getOrigin()).isEqualTo("t.csv:8");
    }

    @Test
    void lineNumbersCountLinesInsideQuotedValues() {
        LoadResult r = csv("id,title,notes\na,Clerk,\"1\r\n2\n3\"\nb,Clerk,\n");

        assertThat(person(r, "b").getOrigin()).isEqualTo("t.csv:5");
    }

    @Test
    void emptyFileIsANoPeopleProblem() {
        assertThat(problems(csv(""))).containsExactly("t.csv: no people in file");
        assertThat(problems(csv("\n\n"))).containsExactly("t.csv: no people in file");
        assertThat(problems(csv("id,title\n"))).containsExactly("t.csv: no people in file (it has a header line but no rows)");
    }

    @Test
    void duplicateIdInOneFileKeepsTheFirst() {
        LoadResult r = csv("id,title\nli,生产经理\nli,生产总监\n");

        assertThat(r.people()).singleElement().extracting(Person::getTitle).isEqualTo("生产经理");
        assertThat(problems(r)).containsExactly("t.csv:3: duplicate id 'li' (first at t.csv:2)");
    }

    @Test
    void duplicateIdAcrossTwoFilesIsReportedAtTheSecond(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.csv"), "id,title\nx,Clerk\nli,生产经理\n");
        Files.writeString(dir.resolve("b.csv"), "id,title\ny,Clerk\n\nli,生产总监\n");

        LoadResult r = Loads.LOADER.load(dir);

        assertThat(ids(r)).containsExactly("x", "li", "y");
        assertThat(person(r, "li").getTitle()).isEqualTo("生产经理");
        String a = dir.resolve("a.csv").toString(), b = dir.resolve("b.csv").toString();
        assertThat(problems(r)).containsExactly(b + ":4: duplicate id 'li' (first at " + a + ":3)");
    }

    @Test
    void nonUtf8BytesAreReportedAtTheLineOfTheFirstBadByteAndOtherRowsAreKept() {
        byte[] latin1 = "id,name,title\nok1,Anna,Clerk\nbad,Renée,Clerk\nok2,Bob,Clerk\nbad2,Zoë,Clerk\n".getBytes(ISO_8859_1);

        LoadResult r = Loads.LOADER.read("latin1.csv", Loads.in(latin1), "csv");

        assertThat(ids(r)).containsExactly("ok1", "ok2");
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).startsWith("not valid UTF-8: the first bad byte (0xE9) is on this line; "
                    + "2 rows with bad bytes were skipped (line 3, 5)").endsWith("save the file as UTF-8");
        });
    }

    @Test
    void nonUtf8FileOnDiskNamesFileAndLine() throws Exception {
        Path file = Path.of(getClass().getResource("/facts/latin1.csv").toURI());

        LoadResult r = Loads.LOADER.load(file);

        assertThat(ids(r)).containsExactly("ok1", "ok2");
        assertThat(problems(r)).singleElement().asString().startsWith(file + ":3: not valid UTF-8");
    }

    @Test
    void truncatedUtf8AtTheEndIsABadByteToo() {
        byte[] text = "id,title\nok,Clerk\nli,生".getBytes(UTF_8);
        byte[] cut = java.util.Arrays.copyOf(text, text.length - 1);

        LoadResult r = Loads.LOADER.read("t.csv", Loads.in(cut), "csv");

        assertThat(ids(r)).containsExactly("ok");
        assertThat(problems(r)).singleElement().asString().startsWith("t.csv:3: not valid UTF-8");
    }

    @Test
    void utf16FileIsRefusedWithAClearProblem() throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write("id,title\nli,Clerk\n".getBytes(java.nio.charset.StandardCharsets.UTF_16)); // starts with FE FF

        LoadResult r = Loads.LOADER.read("t.csv", Loads.in(b.toByteArray()), "csv");

        assertThat(r.people()).isEmpty();
        assertThat(problems(r)).containsExactly("t.csv:1: the file is UTF-16; save it as UTF-8");
    }

    @Test
    void duplicateColumnInTheHeaderIsAProblem() {
        LoadResult r = csv("id,title,ID\na,Clerk,b\n");

        assertThat(r.people()).isEmpty();
        assertThat(problems(r)).singleElement().asString().startsWith("t.csv:1: the header names column 'id' twice");
    }

    @Test
    void unknownFormatIsAProblemNotAnException() {
        LoadResult r = Loads.LOADER.read("t.xls", Loads.in("x"), "xls");

        assertThat(problems(r)).containsExactly("t.xls: unknown format 'xls': expected csv, yaml, ldif or json");
    }

    @Test
    void bigFileReadOnTwoThreadsGivesExactlyWhatOneThreadGives(@TempDir Path dir) throws Exception {
        StringBuilder text = new StringBuilder(HEADER);
        for (int i = 0; i < 120_000; i++) {
            if (i % 10_000 == 5) text.append("bad,row\n");
            if (i % 25_000 == 7) text.append("p3,,Clerk,,X,\n");             // a duplicate id
            if (i == 60_000) text.append("q,\"Quote,Clerk,,X,\n");          // an unbalanced quote
            text.append("p").append(i).append(",Person ").append(i).append(",Engineer,Dept ").append(i % 7).append(",X,p").append(i / 10).append('\n');
        }
        Path file = Files.writeString(dir.resolve("big.csv"), text);
        assertThat(Files.size(file)).isGreaterThan(FactsLoader.PIPELINE_BYTES);

        LoadResult twoThreads = Loads.LOADER.load(file);
        LoadResult oneThread = Loads.LOADER.read(file.toString(), Files.newInputStream(file), "csv");

        assertThat(twoThreads.people()).hasSize(120_000);
        assertThat(twoThreads.problems()).hasSize(12 + 5 + 1);
        assertThat(twoThreads.problems()).isEqualTo(oneThread.problems());
        assertThat(twoThreads.people()).isEqualTo(oneThread.people());
        assertThat(twoThreads.people()).extracting(Person::getOrigin).isEqualTo(oneThread.people().stream().map(Person::getOrigin).toList());
    }
}
