package org.orgrules.query;

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
            // the rest of the article (before the general forms below): approvals, direction, class, lines, KPIs, duties
            // 谁批准李经理的生产计划? / 李经理的生产计划由谁批准? / Who approves li's production plan?
            form("^谁\\s*(?:来|负责)?\\s*(?:批准|审批|审核|批)\\s*(.+?)\\s*的\\s*(.+?)" + END, "approver", 1, 2),
            form("^(.+?)\\s*的\\s*(.+?)\\s*(?:由谁|谁来|找谁|要谁|需要谁)\\s*(?:批准|审批|审核)" + END, "approver", 1, 2),
            form("(?i)^who\\s+(?:approves|signs\\s+off|must\\s+approve|should\\s+approve)\\s+(.+?)(?:'s|’s)\\s+(.+?)" + END, "approver", 1, 2),
            form("(?i)^who\\s+(?:approves|signs\\s+off)\\s+(?:the\\s+)?(.+?)\\s+(?:of|drafted\\s+by|by|from)\\s+(.+?)" + END, "approver", 2, 1),
            // 质检部门要服从谁的安排? / Whose arrangements does the QA department follow? / Who directs he?
            form("^(.+?)\\s*(?:要|需要|应该|应|必须)?\\s*(?:服从|听从|听)\\s*谁\\s*的\\s*(?:安排|指挥|调度|调配)" + END, "directed-by", 1),
            form("^谁\\s*(?:安排|指挥|调度)\\s*(.+?)\\s*(?:的工作)?" + END, "directed-by", 1),
            form("(?i)^whose\\s+arrangements\\s+(?:does|do|must|should)\\s+(.+?)\\s+follow" + END, "directed-by", 1),
            form("(?i)^(?:must|does|do|should)\\s+(.+?)\\s+follow\\s+.*arrangements" + END, "directed-by", 1),
            form("(?i)^who\\s+directs\\s+(.+?)" + END, "directed-by", 1),
            form("(?i)^whom?\\s+does\\s+(.+?)\\s+direct" + END, "directs", 1),
            form("^(.+?)\\s*(?:指挥|安排)\\s*(?:谁|哪些部门|哪些人)(?:的工作)?" + END, "directs", 1),
            // li是什么管理层级? / zhang是高级管理人员吗? / What management class is li? / Is zhang senior management?
            form("^(.+?)\\s*(?:是|属于)\\s*(?:什么|哪个|哪一|哪一个)\\s*(?:管理)?(?:层级|级别|层次|层)" + END, "class", 1),
            form("^(.+?)\\s*(?:是|属于)(?:不是)?\\s*(?:高级管理人员|高管|中层(?:管理人员)?|基层)(?:吗|么)?" + END, "class", 1),
            form("(?i)^what\\s+(?:management\\s+)?(?:class|level)\\s+(?:is|of)\\s+(.+?)" + END, "class", 1),
            form("(?i)^(?:what\\s+is\\s+)?(?:the\\s+)?management\\s+(?:class|level)\\s+of\\s+(.+?)" + END, "class", 1),
            form("(?i)^is\\s+(.+?)\\s+(?:senior|middle)\\s+management" + END, "class", 1),
            // Who owns 数控机床? / 数控机床产品线由谁负责? / Which product lines does wu have? / wu负责哪些产品线?
            form("(?i)^who\\s+owns\\s+(?:the\\s+)?(?:product\\s+line\\s+)?(.+?)(?:\\s+(?:product\\s+)?line)?" + END, "owner", 1),
            form("^(?:产品线)?\\s*(.+?)\\s*(?:产品线)?\\s*(?:由谁负责|归谁负责|归谁|是谁负责的|是谁的)" + END, "owner", 1),
            form("^谁\\s*负责\\s*(?:产品线)?\\s*(.+?)\\s*(?:产品线)?" + END, "owner", 1),
            form("(?i)^(?:which|what)\\s+product\\s+lines\\s+(?:does|has)\\s+(.+?)(?:\\s+(?:have|own|got|handed\\s+out))?" + END, "lines", 1),
            form("^(.+?)\\s*(?:负责|有|管)\\s*(?:哪些|什么)\\s*产品线" + END, "lines", 1),
            // What KPIs for grace? / Which KPIs should the product director use for a SaaS product manager? / 如何考核wu?
            form("(?i)^(?:what|which)\\s+kpis?\\s+(?:.*?\\s)?(?:for|to\\s+evaluate|to\\s+assess)\\s+(.+?)" + END, "kpis", 1),
            form("(?i)^how\\s+(?:should|do|does|to)\\s+(?:.*?\\s)?(?:evaluate|assess|measure)\\s+(.+?)" + END, "kpis", 1),
            form("^(?:产品总监)?\\s*(?:应该|该|要|如何|怎么|怎样)?\\s*(?:用|以)?\\s*(?:哪些|什么)?\\s*(?:KPI|指标|绩效指标)?\\s*(?:来)?\\s*(?:考核|评估|绩效考核)\\s*(.+?)" + END, "kpis", 1),
            form("^(.+?)\\s*的\\s*(?:KPI|考核指标|绩效考核|绩效指标)\\s*(?:是什么|有哪些)?" + END, "kpis", 1),
            // 生产总监的职责是什么? / What are the duties of a production director? / What does li do?
            form("^(.+?)\\s*的\\s*(?:职责|工作职责|职能|工作内容|工作)\\s*(?:是什么|有哪些|是)?" + END, "duties", 1),
            form("^(.+?)\\s*(?:负责什么|做什么|干什么)" + END, "duties", 1),
            form("(?i)^what\\s+(?:are|is)\\s+(?:the\\s+)?(?:duties|responsibilities|duty)\\s+of\\s+(.+?)" + END, "duties", 1),
            form("(?i)^what\\s+does\\s+(.+?)\\s+do" + END, "duties", 1),
            form("(?i)^(?:what\\s+are\\s+)?(.+?)(?:'s|’s)\\s+(?:duties|responsibilities)" + END, "duties", 1),
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
            form("^(?!谁)(.+?)\\s*(?:是否|是不是)?\\s*(?:向|归)\\s*(.+?)\\s*(?:汇报|管)(?:吗|么)?" + END, "reports-to-both", 1, 2),
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

    /** The longest question read, in characters: the forms are regular expressions, and a bound keeps each match quick. */
    public static final int MAX_CHARS = 500;

    /**
     * The query a question asks.
     *
     * @throws BadQueryException when the question is longer than {@link #MAX_CHARS} or no known form matches
     */
    public static Query query(String question) {
        Parsed p = parse(question);
        if (p == null) {
            throw new BadQueryException("I do not understand the question \"" + question + "\"; I understand e.g. "
                    + String.join(" | ", examples()));
        }
        return QueryParser.parse(p.command().equals("reports-to-both") ? "reports-to" : p.command(), p.args(), false);
    }

    /**
     * The command a question asks, or {@code null} when no known form matches.
     *
     * @throws BadQueryException when the question is longer than {@link #MAX_CHARS}
     */
    public static Parsed parse(String question) {
        String q = question == null ? "" : question.strip();
        if (q.length() > MAX_CHARS) {
            throw new BadQueryException("a question of " + q.length() + " characters is longer than the " + MAX_CHARS
                    + " read; ask it in fewer words");
        }
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
                "What breaks the rules?", "谁批准李经理的生产计划?", "Who approves li's production plan?",
                "质检部门要服从谁的安排?", "Whom does zhang direct?", "zhou是什么管理层级?", "Who owns 数控机床?",
                "wu负责哪些产品线?", "What KPIs for grace?", "生产总监的职责是什么?");
    }
}
