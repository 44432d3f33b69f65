package org.orgrules;

import java.util.ArrayList;
import java.util.List;
import org.orgrules.model.Person;

/**
 * The orgs of issue 18 that used to defeat the rules, of any size, with three planted violations each
 * (an unknown manager, a self-manager, a manager under a supervisor). bench/scale/gen.py writes the
 * same orgs as CSV for the CLI figures in BENCHMARKS.md.
 */
public final class ScaleOrgs {
    private ScaleOrgs() {}

    /** {@code n} 生产经理, m0 under the 总经理 gm, each m{i} under m{i-1}. */
    public static List<Person> chain(int n) {
        List<Person> out = top();
        for (int i = 0; i < n; i++) out.add(person("m" + i, "生产经理", "生产部", i == 0 ? "gm" : "m" + (i - 1)));
        return planted(out);
    }

    /** {@code n} 生产总监 and {@code n} 生产经理 under the 总经理, and ten 技术员 of the 技术部 (K2.4). */
    public static List<Person> heads(int n) {
        List<Person> out = top();
        for (int i = 0; i < n; i++) out.add(person("d" + i, "生产总监", "生产部", "gm"));
        for (int i = 0; i < n; i++) out.add(person("m" + i, "生产经理", "生产部", "gm"));
        for (int i = 0; i < 10; i++) out.add(person("t" + i, "技术员", "技术部", "gm"));
        return planted(out);
    }

    /** One director of each of four functions and {@code n} people of seven titles: nobody names a manager. */
    public static List<Person> noManagers(int n) {
        List<Person> out = top();
        for (String t : List.of("生产总监", "技术总监", "质检总监", "产品总监")) out.add(person(t, t, t.substring(0, 2) + "部", ""));
        List<String> titles = List.of("生产经理", "技术经理", "质检经理", "产品经理", "生产主管", "技术员", "质检员");
        for (int i = 0; i < n; i++) {
            String t = titles.get(i % titles.size());
            out.add(person("p" + i, t, t.substring(0, 2) + "部", ""));
        }
        return planted(out);
    }

    /**
     * {@code n} 生产总监 and {@code n} 生产经理, none of whom names a manager: K2.3 gives each manager a line to
     * each director (two or more directors of one function in one company are a K2.2 violation).
     */
    public static List<Person> managersTimesDirectors(int n) {
        List<Person> out = top();
        for (int i = 0; i < n; i++) out.add(person("d" + i, "生产总监", "生产部", ""));
        for (int i = 0; i < n; i++) out.add(person("m" + i, "生产经理", "生产部", ""));
        return planted(out);
    }

    /**
     * {@code n} 生产总监 of {@code n} units (华东0区生产总监 …, each a title of its own) and {@code n} titles of
     * the 技术部 (0组技术员 …) with three holders each (t{i}-0 … t{i}-2), all under the 总经理: K2.4 direction
     * of {@code n} directors over {@code n} positions.
     */
    public static List<Person> direct(int n) {
        List<Person> out = top();
        for (int i = 0; i < n; i++) out.add(person("d" + i, "华东" + i + "区生产总监", "生产部", "gm"));
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < 3; j++) out.add(person("t" + i + "-" + j, i + "组技术员", "技术部", "gm"));
        }
        return planted(out);
    }

    /** The rows as CSV, as bench/scale/gen.py writes them. */
    public static String csv(List<Person> people) {
        StringBuilder b = new StringBuilder("id,name,title,department,company,manager_id\n");
        for (Person p : people) {
            b.append(p.getId()).append(',').append(p.getName()).append(',').append(p.getTitle()).append(',')
                    .append(p.getDepartment()).append(',').append(p.getCompany()).append(',')
                    .append(p.getManagerId() == null ? "" : p.getManagerId()).append('\n');
        }
        return b.toString();
    }

    private static List<Person> top() {
        List<Person> out = new ArrayList<>();
        out.add(person("gm", "总经理", "总经办", ""));
        return out;
    }

    private static List<Person> planted(List<Person> out) {
        out.add(person("x1", "生产经理", "生产部", "nobody"));   // K6.2: the manager named is not in the facts
        out.add(person("x2", "生产经理", "生产部", "x2"));       // K6.2: their own manager
        out.add(person("x3", "生产主管", "生产部", "gm"));
        out.add(person("x4", "生产经理", "生产部", "x3"));       // K3.1: a manager under a supervisor
        return out;
    }

    private static Person person(String id, String title, String department, String manager) {
        return new Person(id, id, title, department, "甲公司", manager, "scale:" + id);
    }
}
