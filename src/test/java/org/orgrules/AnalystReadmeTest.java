package org.orgrules;

import org.orgrules.view.Org;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.orgrules.model.Answer;

/** rules/README.md stays true: the fact types and fields it lists exist, and its worked example is a shipped suite. */
class AnalystReadmeTest {
    private static final Path README = Path.of("rules/README.md");
    private static final Pattern ROW = Pattern.compile("^\\| `([A-Z]\\w+)` \\| (.+) \\|$");
    private static final Pattern FIELD = Pattern.compile("`(\\w+)(\\(\\w*\\))?`");

    @Test
    void everyFactTypeAndFieldTheReadmeListsExists() throws IOException {
        List<String> checked = new ArrayList<>();
        String section = Files.readString(README).split("## The facts a rule may match")[1].split("\n## ")[0];
        for (String line : section.split("\\R")) {
            Matcher row = ROW.matcher(line.strip());
            if (!row.matches()) continue;
            Class<?> type;
            try {
                type = Class.forName("org.orgrules.model." + row.group(1));
            } catch (ClassNotFoundException e) {
                throw new AssertionError("rules/README.md lists a fact type that does not exist: " + row.group(1));
            }
            Matcher f = FIELD.matcher(row.group(2));
            while (f.find()) {
                String field = f.group(1);
                boolean method = f.group(2) != null;
                assertThat(readable(type, field, method)).as("rules/README.md: %s.%s", type.getSimpleName(), field).isTrue();
                checked.add(type.getSimpleName() + "." + field);
            }
        }
        assertThat(checked).contains("Person.managerId", "ReportingLine.inferred", "Position.titleHas", "Head.personId")
                .hasSizeGreaterThan(30);
    }

    /** As a DRL pattern reads it: a getter (getX / isX), a record accessor, or, for {@code name(arg)}, a method. */
    private static boolean readable(Class<?> type, String field, boolean method) {
        String cap = Character.toUpperCase(field.charAt(0)) + field.substring(1);
        return Arrays.stream(type.getMethods()).anyMatch((Method m) -> method
                ? m.getName().equals(field) && m.getParameterCount() == 1
                : m.getParameterCount() == 0 && (m.getName().equals("get" + cap) || m.getName().equals("is" + cap)
                        || (type.isRecord() && m.getName().equals(field))));
    }

    @Test
    void theReadmesExampleRuleAndLadderRowsBuild(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        RulesFolderTest.copyRules(dir);
        String readme = Files.readString(README);
        Matcher blocks = Pattern.compile("```\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        StringBuilder drl = new StringBuilder("""
                package org.orgrules.rules.example;
                import org.orgrules.model.*;
                """);
        StringBuilder table = new StringBuilder();
        int n = 0;
        while (blocks.find()) {
            String b = blocks.group(1);
            if (b.startsWith("import ")) {
                // the rule's imports (import function …Fired.rule) and globals go under the package line, the rule after them
                int end = 0;
                while (b.startsWith("import ", end) || b.startsWith("global ", end) || b.startsWith("\n", end)) end = b.indexOf('\n', end) + 1;
                drl.insert(drl.indexOf("\n") + 1, b.substring(0, end));
                b = b.substring(end).stripLeading();
            }
            if (b.startsWith("rule ")) drl.append(b);
            else if (b.startsWith("- group:")) table.append(b);
            else continue;
            n++;
        }
        assertThat(n).isEqualTo(2);
        Files.writeString(dir.resolve("readme-example.drl"), drl.toString());
        Files.writeString(dir.resolve("vocabulary/readme-example.yaml"), table.toString());
        Org org = OrgExpert.fromFolder(dir).of(Fixtures.rows("f|厂长|A|", "pm|生产经理|A|", "pd|产品总监|A|f", "pm2|生产经理|A|pd"));
        assertThat(org.whoIsSenior("f", "pm").answer()).isEqualTo(Answer.FIRST_SENIOR);
        // the example rule fires on the line of the one production manager under the product director
        assertThat(org.violations()).filteredOn(v -> v.rule().equals("A production manager reports to a production director, not to the product director"))
                .extracting(v -> v.people()).containsExactly(List.of("pm2", "pd"));
    }

    @Test
    void theWorkedExampleIsTheShippedSuiteVerbatim() throws IOException {
        String readme = Files.readString(README);
        Matcher m = Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertThat(m.find()).isTrue();
        assertThat(m.group(1)).isEqualTo(Files.readString(Path.of("rules/tests/scenarios/worked-example.yaml")));
    }
}
