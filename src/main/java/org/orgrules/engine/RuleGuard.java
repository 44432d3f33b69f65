package org.orgrules.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The trust boundary for rules: a scan of DRL text, run before it is compiled, that refuses calls a
 * rules folder has no business making — running programs, exiting the JVM, reflection, class
 * loading, file and network I/O, threads. A rules folder is edited by people; by default it may
 * only reason about facts. A caller who trusts a folder opts out ({@code --trust-rules},
 * {@link RuleBase#build(RuleSource, boolean)}).
 *
 * <p>How: comments and string literals are blanked (line breaks kept, so lines stay right), Java
 * unicode escapes are decoded, then every name — simple, qualified ({@code java.io.File}) or a
 * member ({@code .getMethod}) — is checked against a deny-list, wherever it is: imports,
 * {@code function} blocks, conditions, {@code eval}, {@code from} and {@code accumulate} expressions,
 * consequences. It is a lexical check, not a sandbox: what it cannot see is written down in
 * SECURITY.md.
 */
public final class RuleGuard {
    private RuleGuard() {}

    /** Packages whose every use is refused, with why. */
    private static final Map<String, String> PACKAGES = Map.ofEntries(
            Map.entry("java.io.", "file I/O"),
            Map.entry("java.nio.", "file I/O"),
            Map.entry("java.net.", "network I/O"),
            Map.entry("javax.net.", "network I/O"),
            Map.entry("java.net.http.", "network I/O"),
            Map.entry("java.rmi.", "network I/O"),
            Map.entry("javax.naming.", "network I/O (JNDI)"),
            Map.entry("java.lang.reflect.", "reflection"),
            Map.entry("java.lang.invoke.", "reflection"),
            Map.entry("javax.script.", "running scripts"),
            Map.entry("java.util.concurrent.", "threads"),
            Map.entry("sun.", "JDK internals"),
            Map.entry("jdk.", "JDK internals"),
            Map.entry("com.sun.", "JDK internals"));

    /** Class names refused wherever they appear (exact, case-sensitive), with why. */
    private static final Map<String, String> CLASSES = Map.ofEntries(
            Map.entry("Runtime", "running programs"),
            Map.entry("ProcessBuilder", "running programs"),
            Map.entry("Process", "running programs"),
            Map.entry("ProcessHandle", "running programs"),
            Map.entry("Thread", "threads"),
            Map.entry("ThreadGroup", "threads"),
            Map.entry("Executors", "threads"),
            Map.entry("ExecutorService", "threads"),
            Map.entry("ForkJoinPool", "threads"),
            Map.entry("CompletableFuture", "threads"),
            Map.entry("Timer", "threads"),
            Map.entry("ClassLoader", "class loading"),
            Map.entry("URLClassLoader", "class loading"),
            Map.entry("Class", "reflection"),
            Map.entry("Method", "reflection"),
            Map.entry("Field", "reflection"),
            Map.entry("Constructor", "reflection"),
            Map.entry("MethodHandles", "reflection"),
            Map.entry("MethodHandle", "reflection"),
            Map.entry("Proxy", "reflection"),
            Map.entry("Unsafe", "JDK internals"),
            Map.entry("SecurityManager", "the security manager"),
            Map.entry("File", "file I/O"),
            Map.entry("Files", "file I/O"),
            Map.entry("Paths", "file I/O"),
            Map.entry("Path", "file I/O"),
            Map.entry("FileSystems", "file I/O"),
            Map.entry("FileInputStream", "file I/O"),
            Map.entry("FileOutputStream", "file I/O"),
            Map.entry("FileReader", "file I/O"),
            Map.entry("FileWriter", "file I/O"),
            Map.entry("RandomAccessFile", "file I/O"),
            Map.entry("PrintWriter", "file I/O"),
            Map.entry("PrintStream", "file I/O"),
            Map.entry("ObjectInputStream", "deserialization"),
            Map.entry("ObjectOutputStream", "file I/O"),
            Map.entry("URL", "network I/O"),
            Map.entry("URI", "network I/O"),
            Map.entry("URLConnection", "network I/O"),
            Map.entry("HttpURLConnection", "network I/O"),
            Map.entry("HttpClient", "network I/O"),
            Map.entry("Socket", "network I/O"),
            Map.entry("ServerSocket", "network I/O"),
            Map.entry("DatagramSocket", "network I/O"),
            Map.entry("InetAddress", "network I/O"),
            Map.entry("ScriptEngineManager", "running scripts"));

    /** Members refused after a dot ({@code x.getMethod}, {@code getClass().forName}), with why. */
    private static final Map<String, String> MEMBERS = Map.ofEntries(
            Map.entry("forName", "class loading"),
            Map.entry("loadClass", "class loading"),
            Map.entry("defineClass", "class loading"),
            Map.entry("getClassLoader", "class loading"),
            Map.entry("classLoader", "class loading"),
            Map.entry("getContextClassLoader", "class loading"),
            Map.entry("getMethod", "reflection"),
            Map.entry("getMethods", "reflection"),
            Map.entry("getDeclaredMethod", "reflection"),
            Map.entry("getDeclaredMethods", "reflection"),
            Map.entry("declaredMethods", "reflection"),
            Map.entry("getField", "reflection"),
            Map.entry("getFields", "reflection"),
            Map.entry("getDeclaredField", "reflection"),
            Map.entry("getDeclaredFields", "reflection"),
            Map.entry("declaredFields", "reflection"),
            Map.entry("getConstructor", "reflection"),
            Map.entry("getConstructors", "reflection"),
            Map.entry("getDeclaredConstructor", "reflection"),
            Map.entry("getDeclaredConstructors", "reflection"),
            Map.entry("newInstance", "reflection"),
            Map.entry("setAccessible", "reflection"),
            Map.entry("getRuntime", "running programs"),
            Map.entry("exec", "running programs"));

    /** {@code System.x} calls refused, with why ({@code System.out.println} and the clock are fine). */
    private static final Map<String, String> SYSTEM = Map.of(
            "exit", "exiting the JVM",
            "load", "loading native code",
            "loadLibrary", "loading native code",
            "setProperty", "changing system properties",
            "setProperties", "changing system properties",
            "clearProperty", "changing system properties",
            "getenv", "reading the environment",
            "setSecurityManager", "the security manager",
            "setIn", "replacing standard streams",
            "setOut", "replacing standard streams");

    private static final Set<String> SYSTEM_ERR = Set.of("setErr");

    private static final Pattern NAME = Pattern.compile("[A-Za-z_$][\\w$]*(?:\\s*\\.\\s*[A-Za-z_$][\\w$]*)*");

    /** Every forbidden call in {@code files}, one problem each, in file and line order. */
    public static List<RuleProblem> check(List<RuleFile> files) {
        List<RuleProblem> out = new ArrayList<>();
        for (RuleFile f : files) out.addAll(check(f.shownAs(), f.content()));
        return out;
    }

    /** The forbidden calls in one DRL text; {@code shown} names the file in the problems. */
    public static List<RuleProblem> check(String shown, String drl) {
        String text = blankCommentsAndStrings(decodeUnicodeEscapes(drl));
        List<RuleProblem> out = new ArrayList<>();
        Matcher m = NAME.matcher(text);
        int line = 1, counted = 0;
        int lastLine = -1;
        String lastWhat = null;
        while (m.find()) {
            for (; counted < m.start(); counted++) if (text.charAt(counted) == '\n') line++;
            if (m.start() > 0 && Character.isDigit(text.charAt(m.start() - 1))) continue; // 1e5, 0x1F
            boolean member = precededByDot(text, m.start());
            String[] parts = m.group().split("\\s*\\.\\s*");
            String found = forbidden(parts, member);
            if (found == null && m.group().replaceAll("\\s", "").equals("java.lang.System")
                    && text.substring(m.end()).matches("(?s)\\s*\\.\\s*\\*.*")) {
                found = "'java.lang.System.*' (a static import would let rules call exit(…) unqualified)";
            }
            if (found == null) continue;
            // one problem per forbidden thing per line
            if (line == lastLine && found.equals(lastWhat)) continue;
            lastLine = line;
            lastWhat = found;
            out.add(new RuleProblem(shown, line, 0, "forbidden call " + found + " – rules may not run programs, exit, "
                    + "use reflection or class loading, read or write files, use the network or start threads; "
                    + "if you trust this rules folder, load it with --trust-rules (RuleBase.build(source, true))", true));
        }
        return out;
    }

    /** "'java.io.File' (file I/O)" when the name is forbidden, else null. */
    private static String forbidden(String[] parts, boolean member) {
        String dotted = String.join(".", parts);
        if (!member) {
            for (Map.Entry<String, String> e : PACKAGES.entrySet()) {
                if ((dotted + ".").startsWith(e.getKey())) return "'" + dotted + "' (" + e.getValue() + ")";
            }
        }
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            boolean afterDot = member || i > 0;
            String why = CLASSES.get(p);
            if (why != null && !member && (i == 0 || isPackage(parts, i))) {
                return "'" + dotted + "' (" + why + ")";
            }
            if (afterDot && MEMBERS.containsKey(p)) return "'" + dotted + "' (" + MEMBERS.get(p) + ")";
            if (afterDot && p.equals("class") && i + 1 < parts.length) return "'" + dotted + "' (reflection)";
            if (i > 0 && parts[i - 1].equals("System") && (SYSTEM.containsKey(p) || SYSTEM_ERR.contains(p))) {
                return "'" + dotted + "' (" + SYSTEM.getOrDefault(p, "replacing standard streams") + ")";
            }
        }
        return null;
    }

    /**
     * True when the parts before {@code i} are a package name (all lower case, as in
     * {@code java.lang.Runtime}), so that {@code $p.File} — a property of a fact — is told from a class.
     */
    private static boolean isPackage(String[] parts, int i) {
        for (int k = 0; k < i; k++) if (!parts[k].equals(parts[k].toLowerCase(java.util.Locale.ROOT)) || parts[k].startsWith("$")) return false;
        return true;
    }

    private static boolean precededByDot(String text, int at) {
        for (int k = at - 1; k >= 0; k--) {
            char c = text.charAt(k);
            if (Character.isWhitespace(c)) continue;
            return c == '.';
        }
        return false;
    }

    /** Java reads {@code \u0065} as {@code e} before anything else; so does this scan. */
    static String decodeUnicodeEscapes(String s) {
        if (s.indexOf("\\u") < 0) return s;
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length() && s.charAt(i + 1) == 'u') {
                int j = i + 1;
                while (j < s.length() && s.charAt(j) == 'u') j++;
                if (j + 4 <= s.length()) {
                    try {
                        b.append((char) Integer.parseInt(s.substring(j, j + 4), 16));
                        i = j + 3;
                        continue;
                    } catch (NumberFormatException notAnEscape) {
                        // keep the text as it is
                    }
                }
            }
            b.append(c);
        }
        return b.toString();
    }

    /** Replaces comments and "…" / '…' literals by spaces, keeping every line break. */
    static String blankCommentsAndStrings(String s) {
        StringBuilder b = new StringBuilder(s.length());
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '/' && i + 1 < n && s.charAt(i + 1) == '/') {
                while (i < n && s.charAt(i) != '\n') { b.append(' '); i++; }
            } else if (c == '#' && lineStartsWithHash(s, i)) {
                while (i < n && s.charAt(i) != '\n') { b.append(' '); i++; }
            } else if (c == '/' && i + 1 < n && s.charAt(i + 1) == '*') {
                b.append("  ");
                i += 2;
                while (i < n && !(s.charAt(i) == '*' && i + 1 < n && s.charAt(i + 1) == '/')) {
                    b.append(s.charAt(i) == '\n' ? '\n' : ' ');
                    i++;
                }
                if (i < n) { b.append("  "); i += 2; }
            } else if (c == '"' || c == '\'') {
                char q = c;
                b.append(' ');
                i++;
                while (i < n && s.charAt(i) != q) {
                    char d = s.charAt(i);
                    if (d == '\\' && i + 1 < n) {
                        b.append(' ').append(s.charAt(i + 1) == '\n' ? '\n' : ' ');
                        i += 2;
                        continue;
                    }
                    b.append(d == '\n' ? '\n' : ' ');
                    i++;
                }
                if (i < n) { b.append(' '); i++; }
            } else {
                b.append(c);
                i++;
            }
        }
        return b.toString();
    }

    /** DRL also takes {@code #} line comments; only at the start of a line, so {@code a#b} stays. */
    private static boolean lineStartsWithHash(String s, int i) {
        for (int k = i - 1; k >= 0; k--) {
            char c = s.charAt(k);
            if (c == '\n') return true;
            if (!Character.isWhitespace(c)) return false;
        }
        return true;
    }
}
