import java.io.FileReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.postgresql.PGConnection;

/**
 * The same org and queries as `orgrules bench`, in PostgreSQL over JDBC: COPY the CSV, index
 * manager_id, then recursive CTEs with prepared statements (what a team would write).
 * Every recursion stops at depth 64, so the planted cycles end.
 * Run: java -cp postgresql.jar PgPeer.java JDBC_URL ORG.csv QUERIES.csv
 */
public class PgPeer {
    static final String UP = "WITH RECURSIVE up(id, d) AS (SELECT manager_id, 1 FROM person WHERE id = ? "
            + "UNION ALL SELECT p.manager_id, up.d + 1 FROM person p JOIN up ON p.id = up.id WHERE up.d < 64) ";

    public static void main(String[] args) throws Exception {
        try (Connection c = DriverManager.getConnection(args[0])) {
            Statement s = c.createStatement();
            s.execute("DROP TABLE IF EXISTS person");
            s.execute("CREATE TABLE person (id text PRIMARY KEY, name text, title text, department text, company text, manager_id text)");
            long t0 = System.nanoTime();
            try (FileReader r = new FileReader(args[1], java.nio.charset.StandardCharsets.UTF_8)) {
                ((PGConnection) c).getCopyAPI().copyIn("COPY person FROM STDIN WITH (FORMAT csv, HEADER true)", r);
            }
            s.execute("CREATE INDEX person_manager ON person (manager_id)");
            s.execute("ANALYZE person");
            long loadMs = (System.nanoTime() - t0) / 1_000_000;
            List<String[]> rt = new ArrayList<>();
            String root = null;
            List<String> lines = Files.readAllLines(Path.of(args[2]));
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split(",", -1);
                if (f[0].equals("reports_to") && rt.size() < 5000) rt.add(f);
                if (f[0].equals("team_all")) root = f[1];
            }
            PreparedStatement reports = c.prepareStatement(UP + "SELECT EXISTS (SELECT 1 FROM up WHERE id = ?)");
            PreparedStatement chain = c.prepareStatement(UP + "SELECT id FROM up WHERE id IS NOT NULL ORDER BY d");
            PreparedStatement team = c.prepareStatement("WITH RECURSIVE down(id, d) AS (SELECT id, 1 FROM person WHERE manager_id = ? "
                    + "UNION ALL SELECT p.id, down.d + 1 FROM person p JOIN down ON p.manager_id = down.id WHERE down.d < 64) "
                    + "SELECT DISTINCT id FROM down ORDER BY id");
            String rtJson = timed(rt, q -> query(reports, q[1], q[2]));
            String chJson = timed(rt, q -> query(chain, q[1], null));
            List<String[]> teams = new ArrayList<>();
            for (int i = 0; i < 50; i++) teams.add(new String[] {"team_all", root, ""});
            String teamJson = timed(teams, q -> query(team, q[1], null));
            System.out.printf("{\"peer\": \"postgresql\", \"load_ms\": %d, \"queries\": {\"reports_to\": %s, \"chain\": %s, \"team_all\": %s}}%n",
                    loadMs, rtJson, chJson, teamJson);
        }
    }

    static void query(PreparedStatement ps, String a, String b) {
        try {
            ps.setString(1, a);
            if (b != null) ps.setString(2, b);
            try (ResultSet rs = ps.executeQuery()) { while (rs.next()) rs.getString(1); }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static String timed(List<String[]> qs, Consumer<String[]> f) {
        for (String[] q : qs) f.accept(q); // warm-up pass
        long[] t = new long[qs.size()];
        for (int i = 0; i < t.length; i++) {
            long s = System.nanoTime();
            f.accept(qs.get(i));
            t[i] = System.nanoTime() - s;
        }
        Arrays.sort(t);
        double mean = Arrays.stream(t).average().orElse(0) / 1000;
        return String.format("{\"mean_us\": %.2f, \"p50_us\": %.2f, \"p99_us\": %.2f, \"n\": %d}", mean,
                t[Math.max(0, (int) Math.ceil(0.5 * t.length) - 1)] / 1000.0,
                t[Math.max(0, (int) Math.ceil(0.99 * t.length) - 1)] / 1000.0, t.length);
    }
}
