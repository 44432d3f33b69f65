package org.orgrules.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.runtime.KieSession;
import org.orgrules.model.FunctionWord;
import org.orgrules.model.RankWord;
import org.orgrules.model.Words;

/**
 * Warnings about rules that build but are likely mistakes (errors are the build's own
 * {@link RulesException}). Each names the analyst's file and line:
 * <ul>
 * <li><b>duplicate rule name</b>: two {@code rule "…"} declarations with one name, found in the DRL text
 *     (Drools rejects duplicates in one package, and answers and explanations name rules by name);</li>
 * <li><b>no K-source</b>: a rule without {@code @source("…")}, so its answers cannot say where they come from;</li>
 * <li><b>ladder word that can never win</b>: a rank or function word that does not decide even the title
 *     that is exactly that word — another entry with the same text wins every tie (a higher level, or the
 *     same word twice), so this entry never classifies any title;</li>
 * <li><b>source the rule does not say</b>: a rule whose name and text give none of the words that
 *     {@code statement-words.yaml} lists for the statement its {@code @source} cites (a checklist: the
 *     statement may not say what the rule does);</li>
 * <li><b>unused ladder word</b>: a rank word that no title, or a function word that no title or department,
 *     of the given facts contains (as the ladder matches: Chinese anywhere, Latin as whole words).</li>
 * </ul>
 */
public final class RuleLint {
    private static final Pattern RULE_DECL = Pattern.compile("^\\s*rule\\s+(\"([^\"]+)\"|'([^']+)'|(\\S+))");

    private RuleLint() {}

    /** Duplicate rule names, from the DRL text alone (works when the build fails). */
    public static List<RuleProblem> duplicateNames(List<RuleFile> files) {
        Map<String, String> first = new LinkedHashMap<>();
        List<RuleProblem> out = new ArrayList<>();
        for (Declaration d : ruleDeclarations(files)) {
            String here = d.file() + ":" + d.line();
            String before = first.putIfAbsent(d.name(), here);
            if (before != null) {
                out.add(new RuleProblem(d.file(), d.line(), d.column(), "duplicate rule name \"" + d.name()
                        + "\", first declared at " + before + " (rule names must be unique: answers cite rules by name)", false));
            }
        }
        return out;
    }

    /** A {@code rule "…"} declaration of a DRL file: its name and where it is written. */
    private record Declaration(String name, String file, int line, int column) {}

    /** Every rule declaration of the files, in file order, read off the text (it finds names the compiler refused too). */
    private static List<Declaration> ruleDeclarations(List<RuleFile> files) {
        List<Declaration> out = new ArrayList<>();
        for (RuleFile f : files) {
            String[] lines = f.content().split("\\R", -1);
            for (int i = 0; i < lines.length; i++) {
                Matcher m = RULE_DECL.matcher(lines[i]);
                if (!m.find()) continue;
                String name = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
                out.add(new Declaration(name, f.shownAs(), i + 1, m.start(1) + 1));
            }
        }
        return out;
    }

    /**
     * Groups of the vocabulary tables with the name of a DRL rule: answers cite both by that name, and
     * explanations find only the rule. (Two groups of one name are already an error of the tables.)
     */
    static List<RuleProblem> groupsNamedLikeRules(List<RuleFile> files, VocabularyTables tables) {
        Map<String, String> declared = new LinkedHashMap<>();
        for (Declaration d : ruleDeclarations(files)) declared.putIfAbsent(d.name(), d.file() + ":" + d.line());
        List<RuleProblem> out = new ArrayList<>();
        for (VocabularyTables.Group g : tables.groups()) {
            String rule = declared.get(g.name());
            if (rule != null) {
                out.add(new RuleProblem(g.file(), g.line(), 0, "duplicate rule name \"" + g.name() + "\": a rule of that name is declared at "
                        + rule + " (rule names must be unique: answers cite rules and groups by name)", false));
            }
        }
        return out;
    }

    /** Every warning for built rules; {@code texts} are the titles and departments of the facts in use. */
    public static List<RuleProblem> check(RuleBase rules, Collection<String> texts) {
        List<RuleFile> files = rules.source().read();
        List<RuleProblem> out = new ArrayList<>(duplicateNames(files));
        out.addAll(groupsNamedLikeRules(files, rules.vocabulary()));
        for (RuleInfo r : rules.rules()) {
            if (r.source().isBlank()) {
                boolean group = r.file().endsWith(".yaml");
                out.add(new RuleProblem(r.file(), r.line(), 0, (group ? "group \"" : "rule \"") + r.name()
                        + (group ? "\" has no source: K…" : "\" has no @source(\"K…\")")
                        + ": its answers cannot say which statement they encode", false));
            }
        }
        out.addAll(unsaidSources(rules, files));
        List<Object> ladder = ladder(rules);
        for (Object o : ladder) {
            String word;
            String kind;
            String winner;
            if (o instanceof RankWord w) {
                word = w.word();
                kind = "rank word '" + word + "' (" + w.rank() + " " + w.level() + ")";
                Classification c = rules.classify(word, "");
                winner = c.rank() == null || c.rank().word().equals(w) ? null
                        : "'" + c.rank().word().word() + "' (" + c.rank().rank() + " " + c.rank().level() + ")";
            } else if (o instanceof FunctionWord w) {
                word = w.word();
                kind = "function word '" + word + "' (" + w.functionKey() + ")";
                Classification c = rules.classify(word, "");
                winner = c.function() == null || c.function().word().equals(w) ? null
                        : "'" + c.function().word().word() + "' (" + c.function().functionKey() + ")";
            } else {
                continue;
            }
            String[] at = where(o, word, rules, files);
            int line = Integer.parseInt(at[1]);
            if (winner != null) {
                out.add(new RuleProblem(at[0], line, 0, kind
                        + " can never win: even the title '" + word + "' takes " + winner, false));
            }
            boolean rank = o instanceof RankWord;
            if (texts != null && texts.stream().noneMatch(t -> Words.contains(t, word))) {
                out.add(new RuleProblem(at[0], line, 0, kind + " is used by no "
                        + (rank ? "title" : "title or department") + " in the facts", false));
            }
        }
        out.sort(java.util.Comparator.comparing(RuleProblem::file).thenComparingInt(RuleProblem::line));
        return out;
    }

    /** The ladder as a session holds it: every RankWord and FunctionWord of the tables (and of any rule that inserts one), with no facts. */
    static List<Object> ladder(RuleBase rules) {
        KieSession s = rules.newSession();
        try {
            Firing.fire(s, rules.fireLimit(0), rules);
            List<Object> out = new ArrayList<>();
            for (Object o : s.getObjects(o -> o instanceof RankWord || o instanceof FunctionWord)) out.add(o);
            out.sort(java.util.Comparator.comparing(o -> o instanceof RankWord r ? r.word() : ((FunctionWord) o).word()));
            return out;
        } finally {
            s.dispose();
        }
    }

    /** The file and line inserting a ladder word: the first line ending an insert with it, from the inserting rule on. */
    private static String[] where(Object o, String word, RuleBase rules, List<RuleFile> files) {
        VocabularyTables.Where row = rules.vocabulary().where(o);
        if (row != null) return new String[] {row.file(), String.valueOf(row.line())};
        String rule = o instanceof RankWord r ? r.origin().rule() : ((FunctionWord) o).origin().rule();
        RuleInfo info = rules.rule(rule);
        if (info == null) return new String[] {rules.source().toString(), "0"};
        for (RuleFile f : files) {
            if (!f.shownAs().equals(info.file())) continue;
            String[] lines = f.content().split("\\R", -1);
            for (int i = Math.max(0, info.line() - 1); i < lines.length; i++) {
                if (lines[i].contains("\"" + word + "\"))")) return new String[] {f.shownAs(), String.valueOf(i + 1)};
            }
        }
        return new String[] {info.file(), String.valueOf(info.line())};
    }

    /** The checklist's file name, beside the rules. */
    public static final String STATEMENT_WORDS = "statement-words.yaml";

    /**
     * Rules whose {@code @source} statement has words in {@code statement-words.yaml} (beside the rules, else
     * the bundled one) of which neither the rule's name nor its text gives any.
     */
    static List<RuleProblem> unsaidSources(RuleBase rules, List<RuleFile> files) {
        Map<String, List<String>> words = statementWords(rules.source());
        List<RuleProblem> out = new ArrayList<>();
        if (words.isEmpty()) return out;
        Map<String, RuleFile> byFile = new LinkedHashMap<>();
        for (RuleFile f : files) byFile.put(f.shownAs(), f);
        Map<String, String> groupText = new java.util.HashMap<>();
        for (VocabularyTables.Group g : rules.vocabulary().groups()) groupText.put(g.file() + ":" + g.line(), g.text());
        for (RuleInfo r : rules.rules()) {
            List<String> want = words.get(r.source());
            RuleFile f = byFile.get(r.file());
            String group = groupText.get(r.file() + ":" + r.line());
            if (want == null || want.isEmpty() || (f == null && group == null)) continue;
            String text = (r.name() + "\n" + (group != null ? groupBody(group) : body(f, r.line()))).toLowerCase(java.util.Locale.ROOT);
            if (want.stream().noneMatch(w -> text.contains(w.toLowerCase(java.util.Locale.ROOT)))) {
                out.add(new RuleProblem(r.file(), r.line(), 0, "rule \"" + r.name() + "\" cites " + r.source()
                        + " but neither its name nor its text says what " + r.source() + " is about (none of: "
                        + String.join(", ", want) + "): does the statement say what the rule does?", false));
            }
        }
        return out;
    }

    /** A group's text without its name and source lines and its comments: what its rows say. */
    private static String groupBody(String text) {
        StringBuilder b = new StringBuilder();
        for (String l : text.split("\\R")) {
            String t = l.strip();
            if (t.startsWith("#") || t.startsWith("- group:") || t.startsWith("source:")) continue;
            b.append(l).append('\n');
        }
        return b.toString();
    }

    /** The lines of the rule declared at {@code line}, up to its {@code end}. */
    private static String body(RuleFile f, int line) {
        String[] lines = f.content().split("\\R", -1);
        StringBuilder b = new StringBuilder();
        for (int i = Math.max(0, line - 1); i < lines.length; i++) {
            String t = lines[i].strip();
            if (i > line - 1 && t.equals("end")) break;
            if (t.startsWith("//") || t.startsWith("@source")) continue;
            b.append(lines[i]).append('\n');
        }
        return b.toString();
    }

    /** Statement → its words, from the checklist beside the rules or the bundled one; empty when neither exists. */
    @SuppressWarnings("unchecked")
    static Map<String, List<String>> statementWords(RuleSource source) {
        String text = null;
        try {
            if (source.path().isPresent()) {
                java.nio.file.Path p = source.path().get().resolve(STATEMENT_WORDS);
                if (java.nio.file.Files.isRegularFile(p)) text = java.nio.file.Files.readString(p);
            }
            if (text == null) {
                try (java.io.InputStream in = RuleLint.class.getClassLoader().getResourceAsStream(RuleSource.BUNDLED_ROOT + "/" + STATEMENT_WORDS)) {
                    if (in != null) text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                }
            }
        } catch (java.io.IOException e) {
            return Map.of();
        }
        if (text == null) return Map.of();
        Object o = new org.yaml.snakeyaml.Yaml().load(text);
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (o instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (e.getValue() instanceof List<?> l) out.put(String.valueOf(e.getKey()), l.stream().map(String::valueOf).toList());
            }
        }
        return out;
    }

}
