package org.orgrules.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.orgrules.facts.Loads.ids;
import static org.orgrules.facts.Loads.person;
import static org.orgrules.facts.Loads.problems;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orgrules.model.Person;

class FolderLoadingTest {

    @Test
    void folderIsReadRecursivelyInPathOrderWithBothFormats() throws Exception {
        Path folder = Path.of(getClass().getResource("/facts/folder").toURI());

        LoadResult r = Loads.LOADER.load(folder);

        assertThat(problems(r)).isEmpty();
        // a.csv, sub/b.yaml, sub/deeper/c.yml, z.CSV; notes.txt is not a facts file
        assertThat(ids(r)).containsExactly("a1", "a2", "b1", "c1", "z1");
        assertThat(person(r, "b1").getOrigin()).isEqualTo(folder.resolve("sub/b.yaml") + ":3");
        assertThat(person(r, "b1").getCompany()).isEqualTo("Acme");
    }

    @Test
    void filesAreSortedByPathWhateverOrderTheyWereWritten(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("b"));
        Files.writeString(dir.resolve("c.yaml"), "- {id: c, title: Clerk}\n");
        Files.writeString(dir.resolve("b/x.csv"), "id,title\nbx,Clerk\n");
        Files.writeString(dir.resolve("a.yml"), "- {id: a, title: Clerk}\n");
        Files.writeString(dir.resolve("b.csv"), "id,title\nb,Clerk\n");

        assertThat(ids(Loads.LOADER.load(dir))).containsExactly("a", "b", "bx", "c");
    }

    @Test
    void hiddenFilesAndFoldersAndOtherExtensionsAreIgnoredInAFolder(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve(".git/x.csv"), "id,title\ngit,Clerk\n");
        Files.writeString(dir.resolve("._mac.csv"), "\0\0binary");
        Files.writeString(dir.resolve("readme.md"), "# facts\n");
        Files.writeString(dir.resolve("people.csv.bak"), "id,title\nbak,Clerk\n");
        Files.writeString(dir.resolve("people.csv"), "id,title\nok,Clerk\n");

        LoadResult r = Loads.LOADER.load(dir);

        assertThat(problems(r)).isEmpty();
        assertThat(ids(r)).containsExactly("ok");
    }

    @Test
    void unknownExtensionGivenDirectlyIsAProblem(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("people.txt"), "id,title\nx,Clerk\n");

        LoadResult r = Loads.LOADER.load(file);

        assertThat(r.people()).isEmpty();
        assertThat(problems(r)).containsExactly(file + ": unknown kind of file: expected a .csv, .yaml, .yml, .ldif or .json file, or a folder of them");
    }

    @Test
    void missingPathIsAProblem(@TempDir Path dir) {
        Path missing = dir.resolve("nope.csv");

        LoadResult r = Loads.LOADER.load(missing);

        assertThat(r.people()).isEmpty();
        assertThat(problems(r)).containsExactly(missing + ": no such file or folder");
    }

    @Test
    void folderWithoutFactsFilesIsAProblem(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("notes.txt"), "x");

        assertThat(problems(Loads.LOADER.load(dir)))
                .containsExactly(dir + ": no people in folder: it has no .csv, .yaml, .yml, .ldif or .json file");
    }

    @Test
    void aBadFileDoesNotStopTheOthers(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.yaml"), "people:\n  - id: [oops\n");
        Files.writeString(dir.resolve("b.csv"), "id,title\nb,Clerk\n");
        Files.writeString(dir.resolve("c.csv"), "");

        LoadResult r = Loads.LOADER.load(dir);

        assertThat(ids(r)).containsExactly("b");
        assertThat(r.problems()).extracting(LoadProblem::file)
                .containsExactly(dir.resolve("a.yaml").toString(), dir.resolve("c.csv").toString());
    }

    @Test
    void duplicateIdAcrossCsvAndYamlIsReportedAtTheSecond(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.csv"), "id,title\nli,生产经理\n");
        Files.writeString(dir.resolve("b.yaml"), "people:\n  - {id: li, title: 生产总监}\n");

        LoadResult r = Loads.LOADER.load(dir);

        assertThat(r.people()).extracting(Person::getTitle).containsExactly("生产经理");
        assertThat(problems(r)).containsExactly(
                dir.resolve("b.yaml") + ":2: duplicate id 'li' (first at " + dir.resolve("a.csv") + ":2)");
    }

    @Test
    void originShowsThePathAsGiven(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("acme.csv"), "id,title\nx,Clerk\nli,生产经理\n");
        Path relative = Path.of("").toAbsolutePath().relativize(dir.resolve("acme.csv"));

        LoadResult r = Loads.LOADER.load(relative);

        assertThat(person(r, "li").getOrigin()).isEqualTo(relative + ":3");
    }
}
