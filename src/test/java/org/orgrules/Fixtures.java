package org.orgrules;

import org.orgrules.view.Org;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.orgrules.model.Person;

/** Small orgs written inline, and one expert over the project's rules folder shared by the tests. */
final class Fixtures {
    private Fixtures() {}

    private static OrgExpert expert;

    /** The expert over {@code rules/} (built once per test JVM: building is the slow part). */
    static synchronized OrgExpert expert() {
        if (expert == null) expert = OrgExpert.fromFolder(Path.of("rules"));
        return expert;
    }

    static Person person(String id, String title, String company, String manager) {
        return new Person(id, id, title, "", company, manager, "test:" + id);
    }

    static Person person(String id, String title, String department, String company, String manager) {
        return new Person(id, id, title, department, company, manager, "test:" + id);
    }

    /** Builds people from rows "id|title|company|manager" (manager may be empty). */
    static List<Person> rows(String... rows) {
        List<Person> out = new ArrayList<>();
        for (String r : rows) {
            String[] f = r.split("\\|", -1);
            out.add(person(f[0], f[1], f[2], f.length > 3 ? f[3] : ""));
        }
        return out;
    }

    static Org org(String... rows) {
        return expert().of(rows(rows));
    }

    /** A chain of {@code depth} people: p0 at the top, p{depth-1} at the bottom. */
    static List<Person> chain(int depth, String title) {
        List<Person> out = new ArrayList<>(depth);
        for (int i = 0; i < depth; i++) out.add(person("p" + i, title, "C", i == 0 ? "" : "p" + (i - 1)));
        return out;
    }
}
