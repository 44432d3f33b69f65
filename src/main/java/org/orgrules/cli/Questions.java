package org.orgrules.cli;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the article's own question forms, in Chinese and English, into a command and its arguments:
 * "产品经理和技术总监哪个大?" → senior 产品经理 技术总监; "Who does li report to?" → reports-to li.
 */
public final class Questions {
    private Questions() {}

    /** A question understood: the CLI command it maps to and its arguments. */
    public record Parsed(String command, List<String> args) {}

    private record Form(Pattern pattern, String command, int[] groups) {}

    private static final String END = "\\s*[?？。.!！]*\\s*$";
    private static final List<Form> FORMS = List.of(
            // 产品经理和技术总监哪个大? / X与Y谁的级别高? / X跟Y比谁大
            form("^(.+?)\\s*(?:和|与|跟|同|还是|vs\\.?|VS)\\s*(.+?)\\s*(?:比)?\\s*(?:相比)?\\s*[,，]?\\s*(?:哪个|谁|哪一个|哪位)(?:的)?(?:职位|级别|职级)?(?:更)?(?:大|高|资深)" + END, "senior", 1, 2),
            form("^(.+?)\\s*(?:和|与|跟)\\s*(.+?)\\s*(?:是)?(?:平级|同级)(?:吗|么)?" + END, "senior", 1, 2),
            // Who is senior, X or Y? / Which ranks higher, X or Y? / Who is more senior: X or Y
            form("(?i)^(?:who|which(?: one)?)\\s+(?:is|ranks)\\s+(?:more\\s+)?(?:senior|higher|bigger)(?:\\s+in rank)?\\s*[,:]?\\s*(.+?)\\s+or\\s+(.+?)" + END, "senior", 1, 2),
            form("(?i)^is\\s+(.+?)\\s+(?:senior to|above|higher than)\\s+(.+?)" + END, "senior", 1, 2),
            form("(?i)^are\\s+(.+?)\\s+and\\s+(.+?)\\s+peers" + END, "senior", 1, 2),
            // X向谁汇报? / X的上级是谁? / X归谁管?
            form("^(.+?)\\s*(?:向谁汇报|对谁负责|归谁管|由谁管理?|的上级是谁|的直属上级是谁|的领导是谁|的经理是谁|的上司是谁)" + END, "reports-to", 1),
            form("(?i)^who\\s+does\\s+(.+?)\\s+report\\s+to" + END, "reports-to", 1),
            form("(?i)^who\\s+is\\s+(.+?)(?:'s|’s)\\s+(?:manager|boss|superior)" + END, "reports-to", 1),
            // X的汇报链 / chain of command of X
            form("(?i)^(?:what is\\s+)?(?:the\\s+)?chain of command (?:of|for)\\s+(.+?)" + END, "chain", 1),
            form("^(.+?)\\s*的(?:汇报链|管理链|上级链)(?:是什么)?" + END, "chain", 1),
            // Does X report to Y? / X是否向Y汇报?
            form("(?i)^does\\s+(.+?)\\s+report\\s+to\\s+(.+?)" + END, "reports-to-both", 1, 2),
            form("^(.+?)\\s*(?:是否|是不是)?\\s*(?:向|归)\\s*(.+?)\\s*(?:汇报|管)(?:吗|么)?" + END, "reports-to-both", 1, 2),
            // Who reports to X? / 谁向X汇报? / X管理谁?
            form("(?i)^who\\s+reports\\s+to\\s+(.+?)" + END, "team", 1),
            form("^谁\\s*向\\s*(.+?)\\s*汇报" + END, "team", 1),
            form("^(.+?)\\s*(?:管理谁|管谁|的下属(?:有谁|是谁)?)" + END, "team", 1),
            // Who are X's peers? / X的平级有谁?
            form("(?i)^who\\s+are\\s+(.+?)(?:'s|’s)\\s+peers" + END, "peers", 1),
            form("^(.+?)\\s*的平级(?:有谁|是谁)?" + END, "peers", 1),
            // What breaks the rules?
            form("(?i)^(?:what|which facts)\\s+(?:breaks?|violates?)\\s+the\\s+rules" + END, "check"),
            form("^(?:有)?(?:哪些|什么)(?:事实)?(?:违反|违背)(?:了)?规则" + END, "check"));

    private static Form form(String regex, String command, int... groups) {
        return new Form(Pattern.compile(regex), command, groups);
    }

    /** The command a question asks, or {@code null} when no known form matches. */
    public static Parsed parse(String question) {
        String q = question == null ? "" : question.strip();
        for (Form f : FORMS) {
            Matcher m = f.pattern.matcher(q);
            if (m.find()) {
                List<String> args = new java.util.ArrayList<>();
                for (int g : f.groups) args.add(clean(m.group(g)));
                return new Parsed(f.command, args);
            }
        }
        return null;
    }

    /** Strips quotes and filler words around a name: "the production manager" stays, "'li'" → li. */
    static String clean(String s) {
        String t = s.strip().replaceAll("^[\"'“”‘’「」《》]+|[\"'“”‘’「」《》]+$", "").strip();
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.startsWith("a ")) t = t.substring(2).strip();
        else if (lower.startsWith("an ")) t = t.substring(3).strip();
        else if (lower.startsWith("the ")) t = t.substring(4).strip();
        return t;
    }

    /** The forms understood, for the help text. */
    public static List<String> examples() {
        return List.of("产品经理和技术总监哪个大?", "Who is senior, li or zhang?", "li向谁汇报?",
                "Who does li report to?", "Does li report to gm?", "Who reports to zhang?", "li的平级有谁?",
                "What breaks the rules?");
    }
}
