package org.orgrules.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A deterministic synthetic organisation for benchmarks: the same {@code (size, seed)} always gives
 * the same rows. Several companies (one per ~400 k people, at least three), each a CEO → a director
 * per function → senior managers → managers → supervisors → team leaders → staff, and some staff
 * with an intern below them (depth 6–7 lines, 7–8 levels). Company 0 uses Chinese titles, company 1
 * English ones, the others mix both. A few rows break the rules on purpose (an unknown manager, a
 * self-manager, a three-person cycle, a second director of one function, a title off the ladder, a
 * line across companies, a rank inversion) and a few managers name no manager (K2.3 infers one).
 */
public final class SyntheticOrg {
    /** One person as a CSV row would give them. */
    public record Row(String id, String name, String title, String department, String company, String managerId) {}

    static final String HEADER = "id,name,title,department,company,manager_id";
    private static final String[][] FUNCTIONS = { // Chinese word, English word, Chinese staff title, English staff title
            {"技术", "Engineering", "工程师", "Engineer"}, {"产品", "Product", "专员", "Specialist"},
            {"生产", "Production", "操作工", "Operator"}, {"财务", "Finance", "会计", "Accountant"},
            {"销售", "Sales", "销售代表", "Representative"}, {"人力", "HR", "专员", "Specialist"}};
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙"};
    private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "涛"};
    private static final String[] FIRST = {"Alex", "Sam", "Maria", "John", "Wei", "Priya", "Tom", "Anna", "Luis", "Mei"};
    private static final String[] LAST = {"Smith", "Chen", "Garcia", "Kim", "Patel", "Jones", "Wang", "Brown", "Lee"};

    private final List<Row> rows;
    private final int[] depth;

    private SyntheticOrg(List<Row> rows, int[] depth) {
        this.rows = rows;
        this.depth = depth;
    }

    public List<Row> rows() { return rows; }

    public int size() { return rows.size(); }

    /** Generates about {@code people} rows (exactly that many, give or take the planted violations). */
    public static SyntheticOrg generate(int people, long seed) {
        if (people < 200) throw new IllegalArgumentException("a synthetic org needs at least 200 people");
        SplittableRandom rnd = new SplittableRandom(seed);
        int companies = Math.max(3, people / 400_000);
        List<Row> rows = new ArrayList<>(people + 16);
        List<Integer> depths = new ArrayList<>(people + 16);
        int perCompany = people / companies;
        for (int c = 0; c < companies; c++) {
            int quota = c == companies - 1 ? people - rows.size() : perCompany;
            company(c, quota, rnd, rows, depths);
        }
        plantViolations(rows, depths);
        int[] d = new int[depths.size()];
        for (int i = 0; i < d.length; i++) d[i] = depths.get(i);
        return new SyntheticOrg(rows, d);
    }

    private static void company(int c, int quota, SplittableRandom rnd, List<Row> rows, List<Integer> depths) {
        String company = c == 0 ? "华夏制造" : c == 1 ? "Acme Corp" : "环球 Global " + c;
        int start = rows.size();
        // fan-out g per middle level so that about 8 staff per team leader fill the quota
        int g = Math.max(2, (int) Math.round(Math.pow(quota / (6.0 * 9.0), 0.25)));
        String ceo = id(rows.size());
        add(rows, depths, 0, ceo, name(c, rnd), c == 1 ? "Chief Executive Officer" : "总裁", "", company, null);
        List<int[]> teamLeaders = new ArrayList<>(); // {row index, function}
        for (int f = 0; f < FUNCTIONS.length && rows.size() - start < quota; f++) {
            String dept = dept(c, f, rnd);
            String director = id(rows.size());
            add(rows, depths, 1, director, name(c, rnd), title(c, f, 1, rnd), dept, company, null);
            rows.set(rows.size() - 1, with(rows.get(rows.size() - 1), ceo));
            List<Integer> level = List.of(rows.size() - 1);
            for (int lv = 2; lv <= 5; lv++) {
                List<Integer> next = new ArrayList<>();
                for (int boss : level) {
                    for (int k = 0; k < g && rows.size() - start < quota; k++) {
                        String mgr = rows.get(boss).id();
                        // a few managers name nobody: K2.3 has them report to their function's director
                        if (lv == 3 && k == 0 && next.isEmpty()) mgr = null;
                        next.add(rows.size());
                        add(rows, depths, lv, id(rows.size()), name(c, rnd), title(c, f, lv, rnd), dept, company, mgr);
                    }
                }
                level = next;
            }
            for (int t : level) teamLeaders.add(new int[] {t, f});
        }
        if (teamLeaders.isEmpty()) return;
        int k = 0;
        while (rows.size() - start < quota) {
            int[] tl = teamLeaders.get(k++ % teamLeaders.size());
            Row leader = rows.get(tl[0]);
            boolean intern = rnd.nextInt(20) == 0 && depths.get(rows.size() - 1) == 6;
            String mgr = intern ? rows.get(rows.size() - 1).id() : leader.id();
            add(rows, depths, intern ? 7 : 6, id(rows.size()), name(c, rnd),
                    intern ? (c == 1 ? "Intern" : "实习生") : title(c, tl[1], 6, rnd), leader.department(), company, mgr);
        }
    }

    private static void plantViolations(List<Row> rows, List<Integer> depths) {
        Row staff = rows.get(rows.size() - 1);
        int n = rows.size();
        // an unknown manager (K6.2), a self-manager, a three-person reporting cycle
        add(rows, depths, 7, "x-orphan", "Orphan", "工程师", staff.department(), staff.company(), "x-ghost");
        add(rows, depths, 7, "x-self", "Self", "工程师", staff.department(), staff.company(), "x-self");
        add(rows, depths, 7, "x-cyc-a", "Cyc A", "工程师", staff.department(), staff.company(), "x-cyc-b");
        add(rows, depths, 7, "x-cyc-b", "Cyc B", "工程师", staff.department(), staff.company(), "x-cyc-c");
        add(rows, depths, 7, "x-cyc-c", "Cyc C", "工程师", staff.department(), staff.company(), "x-cyc-a");
        // a second director of one function (K2.2), a title off the ladder, a line across companies,
        // a director reporting to a staff member (rank inversion)
        Row ceo0 = rows.get(0);
        add(rows, depths, 2, "x-director2", "Second Director", "技术总监", "技术部", ceo0.company(), ceo0.id());
        add(rows, depths, 7, "x-wizard", "Wizard", "Chief Wizard", staff.department(), staff.company(), staff.managerId());
        add(rows, depths, 7, "x-across", "Across", "工程师", "技术部", ceo0.company(), staff.id());
        add(rows, depths, 8, "x-inverted", "Inverted", "销售总监", staff.department(), staff.company(), staff.id());
        assert rows.size() == n + 9;
    }

    private static void add(List<Row> rows, List<Integer> depths, int depth, String id, String name, String title,
                            String dept, String company, String manager) {
        rows.add(new Row(id, name, title, dept, company, manager));
        depths.add(depth);
    }

    private static Row with(Row r, String manager) {
        return new Row(r.id(), r.name(), r.title(), r.department(), r.company(), manager);
    }

    private static String id(int i) { return "p" + i; }

    private static boolean english(int c, SplittableRandom rnd) { return c == 1 || (c > 1 && rnd.nextBoolean()); }

    private static String name(int c, SplittableRandom rnd) {
        return english(c, rnd) ? FIRST[rnd.nextInt(FIRST.length)] + " " + LAST[rnd.nextInt(LAST.length)]
                : SURNAMES[rnd.nextInt(SURNAMES.length)] + GIVEN[rnd.nextInt(GIVEN.length)] + GIVEN[rnd.nextInt(GIVEN.length)];
    }

    private static String dept(int c, int f, SplittableRandom rnd) {
        return c == 1 ? FUNCTIONS[f][1] + " Department" : FUNCTIONS[f][0] + "部";
    }

    /** The title of a person of function {@code f} at level {@code lv} (1 director … 6 staff). */
    private static String title(int c, int f, int lv, SplittableRandom rnd) {
        String[] fn = FUNCTIONS[f];
        if (english(c, rnd)) {
            return switch (lv) {
                case 1 -> fn[1] + " Director";
                case 2 -> "Senior Manager, " + fn[1];
                case 3 -> fn[1] + " Manager";
                case 4 -> fn[1] + " Supervisor";
                case 5 -> fn[1] + " Team Lead";
                default -> fn[1] + " " + fn[3];
            };
        }
        return switch (lv) {
            case 1 -> fn[0] + "总监";
            case 2 -> fn[0] + "高级经理";
            case 3 -> fn[0] + "经理";
            case 4 -> fn[0] + "主管";
            case 5 -> fn[0] + "组长";
            default -> fn[0] + fn[2];
        };
    }

    /** Writes the org as a facts CSV (the loader's columns), UTF-8. */
    public void writeCsv(Path file) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(HEADER);
            w.write('\n');
            for (Row r : rows) {
                w.write(r.id()); w.write(',');
                w.write(r.name()); w.write(',');
                w.write(r.title().contains(",") ? '"' + r.title() + '"' : r.title()); w.write(',');
                w.write(r.department()); w.write(',');
                w.write(r.company()); w.write(',');
                if (r.managerId() != null) w.write(r.managerId());
                w.write('\n');
            }
        }
    }

    static void csvLine(Writer w, String... cells) throws IOException {
        w.write(String.join(",", cells));
        w.write('\n');
    }
}
