package org.orgrules.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.orgrules.view.Org;
import org.orgrules.OrgExpert;
import org.orgrules.bench.SyntheticOrg;
import org.orgrules.model.Person;
import org.orgrules.query.Answerer;
import org.orgrules.query.QueryParser;
import org.orgrules.query.Replies;

/**
 * Every answer at 200,000 people is what it was before the rules learnt to reason over positions
 * (issue 14): the benchmark's org of seed 42, every query kind for 200 people spread over it (and
 * the planted violations' people), and {@code check}, each answer's JSON (text, reasons, facts)
 * hashed and compared with the hashes recorded in {@code src/test/resources/golden/answers-200k-seed42.txt}
 * by the code before the change. A difference names the query. To record anew after a change that is
 * meant to change answers: {@code -Dorgrules.golden.write=true}, and say why in the commit.
 */
@Tag("scale")
class AnswersAt200kTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/answers-200k-seed42.txt");

    @Test
    void everyAnswerAt200kIsTheSameAsBefore() throws Exception {
        Path dir = Path.of("target", "answers-200k");
        Files.createDirectories(dir);
        Path csv = dir.resolve("org.csv");
        SyntheticOrg.generate(200_000, 42).writeCsv(csv);
        OrgExpert expert = OrgExpert.fromFolder(Path.of("rules"));
        Org org = expert.load(csv);
        Answerer answers = new Answerer(expert, org);

        Map<String, String> now = new LinkedHashMap<>();
        now.put("check", hash(Replies.compactJson(answers.answer(QueryParser.parse("check", List.of(), false)).json())));
        List<Person> people = org.people();
        List<String> ids = new ArrayList<>();
        for (int i = 7; i < people.size(); i += 1000) ids.add(people.get(i).getId());
        for (Person p : people) if (p.getId().startsWith("x-")) ids.add(p.getId());
        for (int i = 0; i < ids.size(); i++) {
            String a = ids.get(i), b = ids.get((i * 7 + 3) % ids.size());
            for (String[] q : List.of(new String[] {"senior", a, b}, new String[] {"reports-to", a},
                    new String[] {"reports-to", a, b}, new String[] {"chain", a}, new String[] {"team", a},
                    new String[] {"peers", a}, new String[] {"directs", a}, new String[] {"directed-by", a},
                    new String[] {"approver", a, "生产计划"}, new String[] {"class", a}, new String[] {"kpis", a},
                    new String[] {"duties", a}, new String[] {"lines", a})) {
                String key = String.join(" ", q);
                String body;
                try {
                    body = Replies.compactJson(answers.answer(QueryParser.parse(q[0], List.of(q).subList(1, q.length), false)).json());
                } catch (RuntimeException e) {
                    body = "refused: " + e.getClass().getSimpleName() + ": " + e.getMessage();
                }
                now.put(key, hash(body));
            }
        }

        if (Boolean.getBoolean("orgrules.golden.write")) {
            List<String> lines = new ArrayList<>();
            now.forEach((k, v) -> lines.add(v + "\t" + k));
            Files.write(GOLDEN, lines, StandardCharsets.UTF_8);
        }
        Map<String, String> before = new LinkedHashMap<>();
        for (String line : Files.readAllLines(GOLDEN, StandardCharsets.UTF_8)) {
            int tab = line.indexOf('\t');
            before.put(line.substring(tab + 1), line.substring(0, tab));
        }
        List<String> changed = new ArrayList<>();
        now.forEach((k, v) -> { if (!v.equals(before.get(k))) changed.add(k); });
        assertThat(now).hasSizeGreaterThan(2000);
        assertThat(now.keySet()).as("the same questions").isEqualTo(before.keySet());
        assertThat(changed).as("answers that changed").isEmpty();
    }

    private static String hash(String s) throws Exception {
        byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(d, 0, 12);
    }
}
