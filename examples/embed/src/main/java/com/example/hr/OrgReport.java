package com.example.hr;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.orgrules.view.Org;
import org.orgrules.OrgExpert;
import org.orgrules.chart.ChartWriter;
import org.orgrules.chart.OrgChart;
import org.orgrules.export.OrgExport;
import org.orgrules.facts.ColumnMapping;
import org.orgrules.model.ManagerLine;
import org.orgrules.model.Seniority;
import org.orgrules.model.Violation;

/**
 * What an HR system does with orgrules: load its own export, ask questions, check the org, draw it.
 *
 * <pre>
 * java com.example.hr.OrgReport [EXPORT.csv|.ldif|.json [MAPPING]]   # e.g. data/employees.csv erpnext
 * </pre>
 */
public final class OrgReport {
    public static void main(String[] args) throws Exception {
        run(System.out, args);
    }

    public static void run(PrintStream out, String... args) throws Exception {
        // 1. The expert: the rules, built once and shared (thread-safe).
        OrgExpert expert = OrgExpert.bundled();

        // 2. The org: an HR export, read through a column mapping (ERPNext: name = id, reports_to = manager).
        Org org = args.length == 0 ? expert.loadBundledSample()
                : expert.load(Path.of(args[0]), args.length > 1 ? ColumnMapping.parse(args[1]) : ColumnMapping.NONE);
        org.loadProblems().forEach(p -> out.println("load problem: " + p));
        out.println("people: " + org.size());

        // 3. Questions.
        Seniority s = org.whoIsSenior("Production Manager", "Production Director");
        out.println("Production Manager vs Production Director: " + s.answer());
        for (var person : org.people()) {
            for (ManagerLine m : org.managersOf(person.getId())) {
                if (m.inferred()) out.println(person.getId() + " reports to " + m.id() + " (inferred: " + m.reasons().get(0).source() + ")");
            }
        }
        String first = org.people().get(0).getId();
        out.println("chain of " + first + ": " + String.join(" -> ", org.chainOfCommand(first).chain()));

        // 4. Checks.
        for (Violation v : org.violations()) out.println(v.severity() + " [" + v.source() + "] " + v.message());

        // 5. A picture and an export, for the HR system to show or store.
        Path dir = Files.createTempDirectory("orgrules-example");
        Path html = dir.resolve("org.html");
        Files.writeString(html, ChartWriter.write(OrgChart.of(org, null, -1), ChartWriter.Format.HTML));
        Path csv = dir.resolve("org.csv");
        OrgExport.write(org, OrgExport.Format.CSV, csv);
        out.println("chart: " + Files.size(html) + " bytes of HTML; export: " + (Files.readAllLines(csv).size() - 1) + " rows");
    }
}
