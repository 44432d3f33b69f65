package org.orgrules.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.orgrules.facts.Loads.ids;
import static org.orgrules.facts.Loads.person;
import static org.orgrules.facts.Loads.problems;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.orgrules.model.Person;

/** LDIF exports of OpenLDAP and Active Directory: people from entries, managers from DNs. */
class LdifLoadingTest {
    static final Path IMPORT = Path.of("src/test/resources/import");

    static LoadResult ldif(String text) {
        return Loads.LOADER.read("t.ldif", Loads.in(text), "ldif");
    }

    @Test
    void openLdapExportGivesPeopleWithManagersFromDnsWhereverTheyAre() {
        LoadResult r = Loads.LOADER.load(IMPORT.resolve("openldap.ldif"));

        assertThat(ids(r)).containsExactly("liu", "zhang", "chen", "sun", "broken");
        Person liu = person(r, "liu");
        assertThat(liu.getName()).isEqualTo("刘洋");                  // cn:: base64
        assertThat(liu.getTitle()).isEqualTo("生产经理");
        assertThat(liu.getDepartment()).isEqualTo("生产部");
        assertThat(liu.getCompany()).isEqualTo("Huaxia Precision Manufacturing");
        assertThat(liu.getManagerId()).isEqualTo("zhang");           // DN in other case and spacing
        assertThat(liu.getOrigin()).endsWith("openldap.ldif:16");
        Person zhang = person(r, "zhang");
        assertThat(zhang.getName()).isEqualTo("Zhang Wei");
        assertThat(zhang.getTitle()).isEqualTo("Production Director");  // a folded line
        assertThat(zhang.getDepartment()).isEqualTo("Production");       // departmentNumber
        assertThat(zhang.getManagerId()).isEqualTo("chen");
        assertThat(person(r, "chen").getManagerId()).isNull();
        assertThat(person(r, "sun").getTitle()).isEqualTo("Quality Inspector");
        // no uid: the first RDN value; a manager outside the file: the first RDN value of its DN
        assertThat(person(r, "broken").getManagerId()).isEqualTo("gone");
        assertThat(person(r, "broken").getName()).isEqualTo("broken");
        assertThat(problems(r)).hasSize(2);
        assertThat(problems(r).get(0)).endsWith("openldap.ldif:55: not an LDIF line 'attribute: value' ('this line has no colon'); the line was ignored");
        assertThat(problems(r).get(1)).contains("openldap.ldif:63: the base64 value of 'cn' cannot be decoded");
    }

    @Test
    void activeDirectoryExportTakesTheIdFromTheFirstRdnWithEscapedCommas() {
        LoadResult r = Loads.LOADER.load(IMPORT.resolve("ad-export.ldif"));

        assertThat(problems(r)).isEmpty();
        assertThat(ids(r)).containsExactly("Zhang Wei", "Li Na", "Chen, Jun", "Wu Gang");
        assertThat(person(r, "Zhang Wei").getManagerId()).isEqualTo("Chen, Jun");
        assertThat(person(r, "Zhang Wei").getDepartment()).isEqualTo("Production");
        assertThat(person(r, "Zhang Wei").getCompany()).isEqualTo("Huaxia Precision Manufacturing");
        assertThat(person(r, "Li Na").getManagerId()).isEqualTo("Zhang Wei");
        assertThat(person(r, "Wu Gang").getManagerId()).isEqualTo("Former Boss");
        assertThat(person(r, "Li Na").getOrigin()).endsWith("ad-export.ldif:14");
    }

    @Test
    void foldedLinesCommentsAndHexEscapesAreRead() {
        LoadResult r = ldif("""
                # people
                dn: cn=A\\2C B,o=x
                cn: A, B
                title: Eng
                 ineer
                # a comment that is
                 folded too
                manager: cn=C,o=x

                dn: cn=C,o=x
                title: CTO
                """);

        assertThat(problems(r)).isEmpty();
        assertThat(person(r, "A, B").getTitle()).isEqualTo("Engineer");
        assertThat(person(r, "A, B").getManagerId()).isEqualTo("C");
        assertThat(person(r, "C").getOrigin()).isEqualTo("t.ldif:10");
    }

    @Test
    void anEntryWithoutDnAndADuplicateAreReportedTheRestKept() {
        LoadResult r = ldif("""
                cn: no dn here
                title: Clerk

                dn: uid=a,o=x
                uid: a
                title: Clerk

                dn: uid=a,o=y
                uid: a
                title: Other

                dn: uid=b,o=x
                uid: b
                title: Clerk
                manager: nonsense
                """);

        assertThat(ids(r)).containsExactly("a", "b");
        assertThat(problems(r)).containsExactly(
                "t.ldif:1: an LDIF entry must start with 'dn:'; this entry (up to the next blank line) was skipped",
                "t.ldif:8: duplicate id 'a' (first at t.ldif:4)",
                "t.ldif:12: the manager DN 'nonsense' cannot be read ('nonsense' has no '='); b was kept without a manager");
    }

    @Test
    void bytesThatAreNotUtf8AreReportedAtTheirLineAndSkipTheirEntryAsInCsvAndYaml() {
        byte[] text = "dn: uid=a,o=x\nuid: a\ncn: Jos\u00e9\ntitle: Clerk\n\ndn: uid=b,o=x\nuid: b\ntitle: Clerk\n"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

        LoadResult r = Loads.LOADER.read("t.ldif", Loads.in(text), "ldif");

        assertThat(ids(r)).containsExactly("b");
        assertThat(problems(r)).containsExactly("t.ldif:3: not valid UTF-8: the first bad byte (0xE9) is on this line;"
                + " 1 entry with bad bytes was skipped (line 1) – save the file as UTF-8");
    }

    @Test
    void aFileWithoutPeopleSaysSo() {
        LoadResult r = ldif("version: 1\n\ndn: ou=People,o=x\nobjectClass: organizationalUnit\n");

        assertThat(problems(r)).containsExactly("t.ldif: no people in file (no LDIF entry with objectClass person, inetOrgPerson or user)");
    }
}
