package org.orgrules.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.orgrules.Org;
import org.orgrules.OrgExpert;

/**
 * One command line of the CLI run in this process with {@code --json} over rules and facts already
 * loaded, as a line of {@code shell} is: what {@code serve} answers a query with until queries are types
 * of their own. Each thread keeps its own {@link Session} (a session is single-threaded).
 */
public final class InProcess {
    public record Result(int exitCode, String out, String err) {}

    private static final ThreadLocal<Object[]> SESSIONS = new ThreadLocal<>();

    private InProcess() {}

    public static Result run(OrgExpert expert, Org org, List<String> words) {
        Object[] s = SESSIONS.get();
        StringWriter sink = new StringWriter();
        if (s == null) {
            Main loaded = Main.parsed(List.of(), new PrintWriter(sink), new PrintWriter(sink), System.getenv(), null);
            s = new Object[] {loaded, new Session(loaded, expert, org)};
            SESSIONS.set(s);
        }
        Session session = (Session) s[1];
        session.set((Main) s[0], expert, org);
        List<String> args = new ArrayList<>();
        args.add("--json");
        args.addAll(words);
        StringWriter o = new StringWriter(), e = new StringWriter();
        int code = Main.execute(args.toArray(String[]::new), InputStream.nullInputStream(), new PrintWriter(o), new PrintWriter(e),
                System.getenv(), session);
        return new Result(code, o.toString(), e.toString());
    }
}
