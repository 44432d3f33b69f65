package org.orgrules.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.orgrules.view.Org;
import org.orgrules.OrgExpert;
import org.orgrules.engine.RuleLint;
import org.orgrules.engine.RuleProblem;
import org.orgrules.engine.RuleSource;
import org.orgrules.engine.RulesException;
import org.orgrules.model.Person;
import org.orgrules.testing.Suite;
import org.orgrules.testing.SuiteException;
import org.orgrules.testing.SuiteReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "lint", description = {
        "Compile the rules: every DRL error as FILE.drl:LINE:COL: message, exit 2.",
        "Then warnings, exit 0: duplicate rule names, rules with no @source K-statement, ladder words that can "
                + "never win (another entry with the same text takes even the title that is exactly the word), "
                + "ladder words no title (or, for functions, no department) uses in the facts (--facts) and the suites (RULES/tests).",
        "With --json, one object: {rules, errors: [{file, line, column, message}], warnings: [...]}."})
final class LintCommand implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override public Integer call() {
        Main m = Main.root(spec);
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        Path folder = m.rulesFolder();
        RuleSource source = folder == null ? RuleSource.bundled() : RuleSource.folder(folder);
        OrgExpert expert;
        try {
            expert = m.expert();
        } catch (RulesException e) {
            for (RuleProblem p : e.problems()) err.println(p);
            List<RuleProblem> duplicates = List.of();
            try {
                duplicates = RuleLint.duplicateNames(source.read());
                for (RuleProblem p : duplicates) err.println(p);
            } catch (RulesException ignored) {
                // the folder itself is unreadable: the error above says so
            }
            err.println(e.problems().size() + " errors");
            if (m.json) json(out, null, e.problems(), duplicates);
            return Main.BAD_INPUT;
        }
        List<RuleProblem> warnings = new ArrayList<>(expert.rules().warnings());
        warnings.addAll(RuleLint.check(expert.rules(), texts(m, expert, folder)));
        if (m.json) {
            json(out, expert.rules().rules().size(), List.of(), warnings);
            return m.done(Main.OK);
        }
        for (RuleProblem p : warnings) out.println(p);
        out.println("rules build: " + expert.rules().rules().size() + " rules, 0 errors, " + warnings.size() + " warnings");
        return m.done(Main.OK);
    }

    /** The --json answer: how many rules built (null when they did not), the errors and the warnings. */
    private static void json(java.io.PrintWriter out, Integer rules, List<RuleProblem> errors, List<RuleProblem> warnings) {
        java.util.Map<String, Object> o = new java.util.LinkedHashMap<>();
        o.put("rules", rules);
        o.put("errors", problems(errors));
        o.put("warnings", problems(warnings));
        out.println(org.orgrules.query.Replies.toJson(o));
    }

    private static List<Object> problems(List<RuleProblem> ps) {
        List<Object> out = new ArrayList<>(ps.size());
        for (RuleProblem p : ps) {
            java.util.Map<String, Object> o = new java.util.LinkedHashMap<>();
            o.put("file", p.file());
            o.put("line", p.line());
            o.put("column", p.column());
            o.put("message", p.message());
            out.add(o);
        }
        return out;
    }

    /** Titles and departments of the facts in use and of the suites beside the rules. */
    private static Set<String> texts(Main m, OrgExpert expert, Path folder) {
        Set<String> texts = new LinkedHashSet<>();
        Org org = m.org();
        for (Person p : org.people()) {
            texts.add(p.getTitle());
            texts.add(p.getDepartment());
        }
        Path tests = (folder == null ? Path.of("rules") : folder).resolve("tests");
        if (Files.isDirectory(tests)) {
            try {
                for (Suite s : SuiteReader.readAll(tests)) {
                    for (var c : s.cases()) {
                        var f = c.facts();
                        List<Person> people = f.inline() ? f.people() : expert.load(f.path()).people();
                        for (Person p : people) {
                            texts.add(p.getTitle());
                            texts.add(p.getDepartment());
                        }
                        for (var e : c.expectations()) if (e.kind().equals("senior")) texts.addAll(e.args());
                    }
                }
            } catch (SuiteException e) {
                spec(m).getErr().println(e.getMessage());
            }
        }
        texts.remove("");
        return texts;
    }

    private static CommandLine spec(Main m) { return m.spec.commandLine(); }
}
