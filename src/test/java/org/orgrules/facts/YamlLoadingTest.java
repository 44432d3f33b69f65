package org.orgrules.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.orgrules.facts.Loads.ids;
import static org.orgrules.facts.Loads.person;
import static org.orgrules.facts.Loads.problems;
import static org.orgrules.facts.Loads.yaml;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.orgrules.model.Person;

class YamlLoadingTest {

    @Test
    void mappingWithCompanyAndPeopleGivesEveryPersonThatCompany() {
        LoadResult r = yaml("""
                company: 华夏精密制造
                people:
                  - id: zhang
                    name: 张伟
                    title: 生产总监
                    department: 生产部
                    manager: gm
                  - {id: luo, title: CEO, company: 链盾科技}
                """);

        assertThat(problems(r)).isEmpty();
        Person zhang = person(r, "zhang");
        assertThat(zhang.getName()).isEqualTo("张伟");
        assertThat(zhang.getTitle()).isEqualTo("生产总监");
        assertThat(zhang.getDepartment()).isEqualTo("生产部");
        assertThat(zhang.getCompany()).isEqualTo("华夏精密制造");
        assertThat(zhang.getManagerId()).isEqualTo("gm");
        assertThat(zhang.getOrigin()).isEqualTo("t.yaml:3");
        assertThat(person(r, "luo").getCompany()).isEqualTo("链盾科技");
        assertThat(person(r, "luo").getOrigin()).isEqualTo("t.yaml:8");
    }

    @Test
    void topLevelListOfPeopleLoads() {
        LoadResult r = yaml("""
                - {id: gm, title: 总经理}
                - id: li
                  title: 生产经理
                """);

        assertThat(problems(r)).isEmpty();
        assertThat(ids(r)).containsExactly("gm", "li");
        assertThat(person(r, "li").getOrigin()).isEqualTo("t.yaml:2");
        assertThat(person(r, "li").getCompany()).isEmpty();
    }

    @Test
    void companiesListGivesEachCompanyItsPeople() {
        LoadResult r = yaml("""
                companies:
                  - name: 华夏精密制造
                    people:
                      - {id: zhang, title: 生产总监}
                  - name: 链盾科技
                    people:
                      - {id: luo, title: CEO}
                      - {id: han, title: CTO, company: Other}
                """);

        assertThat(problems(r)).isEmpty();
        assertThat(person(r, "zhang").getCompany()).isEqualTo("华夏精密制造");
        assertThat(person(r, "luo").getCompany()).isEqualTo("链盾科技");
        assertThat(person(r, "han").getCompany()).isEqualTo("Other");
    }

    @Test
    void managerIdIsTheSameKeyAsManagerAndNullBlankOrNoMgrMeanNone() {
        LoadResult r = yaml("""
                - {id: a, title: Clerk, manager_id: boss}
                - {id: b, title: Clerk, manager: ~}
                - {id: c, title: Clerk, manager: ""}
                - {id: d, title: Clerk, manager: NO_MGR}
                - {id: e, title: Clerk, manager: no_mgr}
                - {id: f, title: Clerk, manager: }
                - {id: g, title: Clerk}
                """);

        assertThat(problems(r)).isEmpty();
        assertThat(r.people()).extracting(Person::getManagerId).containsExactly("boss", null, null, null, null, null, null);
    }

    @Test
    void numericIdsAndValuesKeepTheirText() {
        LoadResult r = yaml("""
                - {id: 42, title: Clerk, manager: 7}
                - {id: 007, title: Clerk}
                - {id: 1e3, title: Clerk, name: NO}
                - {id: 7, title: true}
                """);

        assertThat(problems(r)).isEmpty();
        assertThat(ids(r)).containsExactly("42", "007", "1e3", "7");
        assertThat(person(r, "42").getManagerId()).isEqualTo("7");
        assertThat(person(r, "1e3").getName()).isEqualTo("NO");
        assertThat(person(r, "7").getTitle()).isEqualTo("true");
    }

    @Test
    void unknownKeyIsReportedAtItsLineButThePersonIsLoaded() {
        LoadResult r = yaml("""
                people:
                  - id: li
                    titel: 生产经理
                    title: 生产经理
                """);

        assertThat(ids(r)).containsExactly("li");
        assertThat(person(r, "li").getTitle()).isEqualTo("生产经理");
        assertThat(problems(r)).containsExactly(
                "t.yaml:3: unknown key 'titel' (known: id, name, title, department, company, manager, product_lines, assigned_by, pm_kind, phase, from, to, dotted_manager, acting_manager, managers, status); it was ignored");
    }

    @Test
    void personWithoutIdIsReportedAtItsLineAndSkipped() {
        LoadResult r = yaml("""
                people:
                  - {id: a, title: Clerk}
                  - name: Nobody
                    title: Clerk
                  - {id: " ", title: Clerk}
                  - {id: b, title: Clerk}
                """);

        assertThat(ids(r)).containsExactly("a", "b");
        assertThat(problems(r)).containsExactly(
                "t.yaml:3: this person has no id; it was skipped",
                "t.yaml:5: this person has no id; it was skipped");
    }

    @Test
    void syntaxErrorIsOneProblemAtTheLineSnakeyamlReportsAndNothingIsLoaded() {
        LoadResult r = yaml("""
                people:
                  - {id: a, title: Clerk}
                  - id: [b
                  - id: c
                """);

        assertThat(r.people()).isEmpty();
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("t.yaml");
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.message()).startsWith("YAML syntax error: ").endsWith("nothing was loaded from this file");
        });
    }

    @Test
    void badIndentationIsASyntaxErrorWithItsLine() {
        LoadResult r = yaml("people:\n  - id: a\n    title: Clerk\n   manager: x\n");

        assertThat(r.people()).isEmpty();
        assertThat(r.problems()).singleElement().extracting(LoadProblem::line).isEqualTo(4);
    }

    @Test
    void billionLaughsAliasBombIsRefusedWithAProblem() {
        StringBuilder bomb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            bomb.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) bomb.append(i == 0 ? "" : ",").append('*').append((char) (c - 1));
            bomb.append("]\n");
        }
        bomb.append("people: *j\n");

        LoadResult r = yaml(bomb.toString());

        assertThat(r.people()).isEmpty();
        assertThat(problems(r)).singleElement().asString()
                .startsWith("t.yaml: refused: the file uses more than 50 aliases").contains("billion laughs");
    }

    @Test
    void aFewAliasesAreFineAndNeverExpandedBeyondOnePerson() {
        LoadResult r = yaml("""
                people:
                  - &li {id: li, title: 生产经理}
                  - *li
                """);

        assertThat(ids(r)).containsExactly("li");
        assertThat(problems(r)).containsExactly("t.yaml:2: duplicate id 'li' (first at t.yaml:2)");
    }

    @Test
    void duplicateKeysAreReportedAndTheFirstValueIsUsed() {
        LoadResult r = yaml("""
                people:
                  - id: li
                    title: 生产经理
                    title: 生产总监
                    manager: zhang
                    manager_id: wang
                """);

        assertThat(person(r, "li").getTitle()).isEqualTo("生产经理");
        assertThat(person(r, "li").getManagerId()).isEqualTo("zhang");
        assertThat(problems(r)).containsExactly(
                "t.yaml:4: duplicate key 'title' (first at line 3); the first value is used",
                "t.yaml:6: duplicate key 'manager_id' (first at line 5); the first value is used");
    }

    @Test
    void duplicateTopLevelKeyIsReported() {
        LoadResult r = yaml("company: A\ncompany: B\npeople:\n  - {id: x, title: Clerk}\n");

        assertThat(person(r, "x").getCompany()).isEqualTo("A");
        assertThat(problems(r)).singleElement().asString().startsWith("t.yaml:2: duplicate key 'company'");
    }

    @Test
    void valueThatIsNotASingleValueIsReported() {
        LoadResult r = yaml("- {id: x, title: [Clerk, Manager]}\n");

        assertThat(person(r, "x").getTitle()).isEmpty();
        assertThat(problems(r)).containsExactly("t.yaml:1: 'title' must be a single value; found a list; it was ignored");
    }

    @Test
    void entryThatIsNotAMappingIsReported() {
        LoadResult r = yaml("people:\n  - li\n  - {id: wang, title: 生产经理}\n");

        assertThat(ids(r)).containsExactly("wang");
        assertThat(problems(r)).singleElement().asString().startsWith("t.yaml:2: a person must be a mapping");
    }

    @Test
    void wrongShapeIsReported() {
        assertThat(problems(yaml("just text\n"))).singleElement().asString()
                .startsWith("t.yaml:1: expected a list of people, or a mapping with 'people:' or 'companies:'");
        assertThat(problems(yaml("staff:\n  - {id: a, title: Clerk}\n"))).contains(
                "t.yaml:1: unknown top-level key 'staff' (known: company, people, companies, charter, product_lines); it was ignored");
        assertThat(problems(yaml("people: 5\n"))).singleElement().asString()
                .startsWith("t.yaml:1: 'people' must be a list of people");
    }

    @Test
    void javaTypeTagsAreRefusedNotInstantiated() {
        LoadResult r = yaml("""
                - {id: ok, title: Clerk}
                - !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL ["http://localhost/x"]]]]
                """);

        assertThat(r.people()).isEmpty();
        assertThat(problems(r)).containsExactly("t.yaml:2: refused: the type tag tag:yaml.org,2002:javax.script.ScriptEngineManager"
                + " is not allowed (facts hold plain values only); nothing was loaded from this file");
    }

    @Test
    void standardTagsAreJustText() {
        LoadResult r = yaml("- {id: !!str 42, title: !!str Clerk, name: !!int 7}\n");

        assertThat(problems(r)).isEmpty();
        assertThat(person(r, "42").getName()).isEqualTo("7");
    }

    @Test
    void emptyOrCommentOnlyFileIsANoPeopleProblem() {
        assertThat(problems(yaml(""))).containsExactly("t.yaml: no people in file");
        assertThat(problems(yaml("# nothing yet\n"))).containsExactly("t.yaml: no people in file");
        assertThat(problems(yaml("people: []\n"))).containsExactly("t.yaml: no people in file");
    }

    @Test
    void byteOrderMarkIsStripped() {
        LoadResult r = yaml("\uFEFF- {id: a, title: Clerk}\n");

        assertThat(problems(r)).isEmpty();
        assertThat(ids(r)).containsExactly("a");
    }

    @Test
    void nonUtf8BytesAreReportedAtTheirLineAndTheOtherPeopleAreKept() {
        byte[] latin1 = "people:\n  - {id: a, title: Clerk}\n  - {id: b, name: Ren\u00e9e, title: Clerk}\n  - {id: c, title: Clerk}\n"
                .getBytes(StandardCharsets.ISO_8859_1);

        LoadResult r = Loads.LOADER.read("t.yaml", Loads.in(latin1), "yaml");

        assertThat(ids(r)).containsExactly("a", "c");
        assertThat(problems(r)).singleElement().asString()
                .startsWith("t.yaml:3: not valid UTF-8: the first bad byte (0xE9) is on this line; 1 person with bad bytes was skipped");
    }

    @Test
    void severalDocumentsInOneFileAreAllRead() {
        LoadResult r = yaml("- {id: a, title: Clerk}\n---\ncompany: X\npeople:\n  - {id: b, title: Clerk}\n");

        assertThat(problems(r)).isEmpty();
        assertThat(ids(r)).containsExactly("a", "b");
        assertThat(person(r, "b").getOrigin()).isEqualTo("t.yaml:5");
    }

    @Test
    void ymlIsTheSameFormat() {
        LoadResult r = Loads.LOADER.read("t.yml", Loads.in("- {id: a, title: Clerk}\n"), "yml");

        assertThat(ids(r)).containsExactly("a");
    }
}
