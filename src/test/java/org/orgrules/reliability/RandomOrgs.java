package org.orgrules.reliability;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.orgrules.model.Person;

/**
 * Random organisations for the property tests: a forest of reporting lines with, at the given rates,
 * lines to anyone (which make cycles), self-managers and managers who do not exist; titles with and
 * without a rank, Chinese and English, over one to three companies. The same seed gives the same org.
 */
record RandomOrgs(int size, long seed, double cycleRate, double danglingRate) {
    static final String[] TITLES = {"总经理", "生产总监", "技术总监", "产品总监", "生产经理", "产品经理", "技术经理", "工程师", "程序员",
            "车间操作工", "Engineer", "Product Manager", "Technical Director", "Chief Vibes Officer", "", "质检经理", "Sales Manager"};
    static final String[] DEPARTMENTS = {"", "生产部", "技术部", "R&D", "Sales"};
    static final String[] COMPANIES = {"华夏", "Acme", "Globex"};

    List<Person> people() {
        Random r = new Random(seed);
        int companies = 1 + r.nextInt(3);
        List<Person> out = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            String manager = null;
            double x = r.nextDouble();
            if (i > 0 && x < 0.9) manager = "p" + r.nextInt(i);               // a tree line
            if (r.nextDouble() < cycleRate) manager = "p" + r.nextInt(size);  // anyone: cycles and self-lines
            if (r.nextDouble() < danglingRate) manager = "ghost" + r.nextInt(5);
            out.add(new Person("p" + i, "Person " + i, TITLES[r.nextInt(TITLES.length)], DEPARTMENTS[r.nextInt(DEPARTMENTS.length)],
                    COMPANIES[r.nextInt(companies)], manager, "random:" + i));
        }
        return out;
    }

    /** The people as CSV, quoting every value (titles may hold '&' and spaces). */
    static Path writeCsv(List<Person> people, Path file) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("id,name,title,department,company,manager_id\n");
            for (Person p : people) {
                w.write(q(p.getId()) + "," + q(p.getName()) + "," + q(p.getTitle()) + "," + q(p.getDepartment()) + ","
                        + q(p.getCompany()) + "," + q(p.getManagerId() == null ? "" : p.getManagerId()) + "\n");
            }
        }
        return file;
    }

    /** The same people as YAML (a plain list, every value double-quoted). */
    static Path writeYaml(List<Person> people, Path file) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (Person p : people) {
                w.write("- {id: " + y(p.getId()) + ", name: " + y(p.getName()) + ", title: " + y(p.getTitle())
                        + ", department: " + y(p.getDepartment()) + ", company: " + y(p.getCompany())
                        + (p.getManagerId() == null ? "" : ", manager: " + y(p.getManagerId())) + "}\n");
            }
        }
        return file;
    }

    private static String q(String s) { return "\"" + s.replace("\"", "\"\"") + "\""; }

    private static String y(String s) { return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\""; }
}
