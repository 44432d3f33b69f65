package org.orgrules.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks one piece of Java or MVEL code from a parsed DRL file (a constraint, a {@code from}
 * expression, a consequence, a function body …) against the {@link AllowList}. The code is read as
 * the Java compiler reads it — unicode escapes decoded, comments and literals skipped — and every
 * name in it must be one of: a keyword of the allowed ones, a variable the rule declares (a
 * binding, a parameter, a local of an allowed type), an allowed type, a member on the allow-list
 * after a dot, or, where the code has an implied object (a pattern's constraint, a {@code modify}
 * block), a member of it. Anything else — an unknown name, a package, a type outside the list —
 * is refused. A literal is data: no allowed member turns a string into code.
 */
final class CodeCheck {
    /** Where the code is: with an implied object (constraints) or not. */
    enum Context { CONSTRAINT, EXPRESSION, BLOCK }

    /** Names the code may use as they are. */
    interface Scope {
        /** A declared variable, global, function or query of the rules (not a type). */
        boolean variable(String name);
        /** The class a simple type name means here (imports, java.lang, the package), or null. */
        Class<?> type(String simpleName);
        /** A type the rules declare themselves ({@code declare Foo}), by simple name. */
        boolean declaredType(String simpleName);
        /** A field of a declared type or one of its accessors. */
        boolean declaredMember(String name);
    }

    /** One refusal: the offset in the (decoded) code and what is refused. */
    record Finding(int line, String what) {}

    private static final Set<String> KEYWORDS = Set.of("if", "else", "for", "while", "do", "return", "break",
            "continue", "new", "instanceof", "true", "false", "null", "this", "int", "long", "double", "float",
            "boolean", "char", "byte", "short", "void", "final", "var", "try", "catch", "finally", "throw",
            "switch", "case", "default");
    /** DRL constraint operators that read as words. */
    private static final Set<String> OPERATORS = Set.of("matches", "memberOf", "contains", "excludes", "soundslike",
            "in", "not", "str", "startsWith", "endsWith", "length", "eval", "after", "before", "coincides", "during",
            "finishes", "finishedby", "includes", "meets", "metby", "overlaps", "overlappedby", "starts", "startedby");
    /** What a consequence may call as it is: the working-memory operations, and the rule's context. */
    private static final Set<String> CONSEQUENCE = Set.of("insert", "insertLogical", "update", "delete", "retract",
            "modify", "kcontext", "drools");
    private static final Set<String> PRIMITIVES = Set.of("int", "long", "double", "float", "boolean", "char", "byte", "short", "var");

    private final Scope scope;
    private final List<Finding> findings = new ArrayList<>();

    CodeCheck(Scope scope) {
        this.scope = scope;
    }

    /**
     * The refusals in {@code code}, whose first character is on {@code firstLine}; {@code locals}
     * are names already declared around it (parameters) and get the names it declares.
     */
    List<Finding> check(String code, int firstLine, Context context, Set<String> locals) {
        findings.clear();
        if (code == null || code.isBlank()) return List.of();
        List<Token> ts = Lexer.tokens(code, firstLine);
        declareLocals(ts, locals);
        Set<Integer> modifyBlocks = modifyBlocks(ts);
        int depthInModify = 0;
        List<Integer> blockStack = new ArrayList<>();
        for (int i = 0; i < ts.size(); i++) {
            Token t = ts.get(i);
            if (t.is("{")) {
                blockStack.add(modifyBlocks.contains(i) ? 1 : 0);
                if (modifyBlocks.contains(i)) depthInModify++;
                continue;
            }
            if (t.is("}")) {
                if (!blockStack.isEmpty() && blockStack.remove(blockStack.size() - 1) == 1) depthInModify--;
                continue;
            }
            if (t.kind != Kind.NAME) continue;
            Token prev = i > 0 ? ts.get(i - 1) : null;
            if (prev != null && (prev.is(".") || prev.is("::"))) {
                if (!AllowList.member(t.text) && !scope.declaredMember(t.text)) refuse(t, "'" + chain(ts, i) + "'", "a member outside the allow-list");
                continue;
            }
            i = bare(ts, i, context == Context.CONSTRAINT || (depthInModify > 0 && statementStart(ts, i)), locals);
        }
        return List.copyOf(findings);
    }

    /** Checks a name with no dot before it; returns the index of the last token it used. */
    private int bare(List<Token> ts, int i, boolean impliedObject, Set<String> locals) {
        Token t = ts.get(i);
        String n = t.text;
        if (KEYWORDS.contains(n)) return i;
        // a type, named simply or in full: it must be on the list, however it is reached
        Class<?> simple = scope.type(n);
        if (simple != null) {
            if (AllowList.allowedType(simple)) return i;
            refuse(t, "'" + chain(ts, i) + "'", (simple.getName().startsWith("java.lang.") ? n : simple.getName()) + " is a type outside the allow-list");
            return endOfChain(ts, i);
        }
        if (scope.declaredType(n)) return i;
        if (locals.contains(n) || scope.variable(n)) return i;
        if (CONSEQUENCE.contains(n) && !impliedObject) return i;
        if (impliedObject && (OPERATORS.contains(n) || AllowList.member(n) || scope.declaredMember(n))) return i;
        // a qualified name: java.util.List, org.orgrules.model.Person, java.io.File
        StringBuilder q = new StringBuilder(n);
        int j = i;
        while (j + 2 < ts.size() && ts.get(j + 1).is(".") && ts.get(j + 2).kind == Kind.NAME) {
            q.append('.').append(ts.get(j + 2).text);
            j += 2;
            Class<?> c = AllowList.resolve(q.toString());
            if (c != null) {
                if (AllowList.allowedType(c) && q.toString().equals(c.getName().replace('$', '.'))) return j;
                refuse(t, "'" + q + "'", "a type outside the allow-list");
                return endOfChain(ts, j);
            }
        }
        refuse(t, "'" + chain(ts, i) + "'", "not a variable, a fact property or an allowed type");
        return endOfChain(ts, i);
    }

    /** The last token of the dotted chain that starts at {@code i}: what follows a refused name is not reported again. */
    private static int endOfChain(List<Token> ts, int i) {
        int j = i;
        while (j + 2 < ts.size() && (ts.get(j + 1).is(".") || ts.get(j + 1).is("::")) && ts.get(j + 2).kind == Kind.NAME) j += 2;
        return j;
    }

    /** {@code a.b.c} starting at token i, for the message. */
    private static String chain(List<Token> ts, int i) {
        int s = i;
        while (s >= 2 && (ts.get(s - 1).is(".") || ts.get(s - 1).is("::")) && ts.get(s - 2).kind == Kind.NAME) s -= 2;
        StringBuilder b = new StringBuilder(ts.get(s).text);
        for (int k = s + 1; k + 1 < ts.size() && k <= i + 1; k += 2) {
            if (!ts.get(k).is(".") || ts.get(k + 1).kind != Kind.NAME) break;
            b.append('.').append(ts.get(k + 1).text);
        }
        return b.toString();
    }

    /** One refusal per line, the first: what follows a refused name on its line is usually its consequence. */
    private void refuse(Token t, String name, String why) {
        if (!findings.isEmpty() && findings.get(findings.size() - 1).line() == t.line) return;
        findings.add(new Finding(t.line, name + " (" + why + ")"));
    }

    /**
     * The locals the code declares: {@code Type name} after a statement boundary (Type simple or
     * qualified, generic or array), lambda parameters, and MVEL's {@code name = …} at the start of a statement.
     * A local may not take the name of a class: it would hide, to this check, the class the compiler sees.
     */
    private void declareLocals(List<Token> ts, Set<String> locals) {
        for (int i = 0; i < ts.size(); i++) {
            Token t = ts.get(i);
            if (t.kind != Kind.NAME || (i > 0 && (ts.get(i - 1).is(".") || ts.get(i - 1).is("::")))) continue;
            Token next = i + 1 < ts.size() ? ts.get(i + 1) : null;
            boolean declared = false;
            if (next != null && next.is("->")) declared = true;
            else if (next != null && (next.is(",") || next.is(")")) && lambdaParameter(ts, i)) declared = true;
            else if (afterType(ts, i) && next != null && (next.is("=") || next.is(";") || next.is(":") || next.is(",") || next.is(")"))) declared = true;
            else if (next != null && next.is("=") && statementStart(ts, i)) declared = true;
            if (!declared || KEYWORDS.contains(t.text) || locals.contains(t.text)) continue;
            if (scope.type(t.text) != null || scope.declaredType(t.text)) continue; // assigning to a type: refused where it is used
            locals.add(t.text);
        }
    }

    /** True when the token before {@code i} ends a type name, itself after a statement boundary. */
    private boolean afterType(List<Token> ts, int i) {
        int k = i - 1;
        while (k >= 1 && ts.get(k).is("]") && ts.get(k - 1).is("[")) k -= 2;
        if (k >= 0 && ts.get(k).is(">")) {
            int depth = 0;
            for (; k >= 0; k--) {
                if (ts.get(k).is(">")) depth++;
                else if (ts.get(k).is("<") && --depth == 0) break;
            }
            k--;
        }
        if (k < 0 || ts.get(k).kind != Kind.NAME) return false;
        String type = ts.get(k).text;
        int start = k;
        while (start >= 2 && ts.get(start - 1).is(".") && ts.get(start - 2).kind == Kind.NAME) start -= 2;
        boolean isType = PRIMITIVES.contains(type) || scope.declaredType(type);
        if (!isType) {
            StringBuilder q = new StringBuilder();
            for (int s = start; s <= k; s += 2) q.append(s == start ? "" : ".").append(ts.get(s).text);
            // a type outside the list is refused where it is named; the local it declares is still a local
            isType = (start == k ? scope.type(type) : AllowList.resolve(q.toString())) != null;
        }
        if (!isType) return false;
        Token before = start > 0 ? ts.get(start - 1) : null;
        return before == null || before.is(";") || before.is("{") || before.is("}") || before.is("(")
                || before.is(",") || before.is("final");
    }

    /** True for {@code x} in {@code (x, y) ->}. */
    private static boolean lambdaParameter(List<Token> ts, int i) {
        int k = i;
        while (k < ts.size() && !ts.get(k).is(")")) {
            Token t = ts.get(k);
            if (!(t.kind == Kind.NAME || t.is(","))) return false;
            k++;
        }
        if (k + 1 >= ts.size() || !ts.get(k + 1).is("->")) return false;
        for (int b = i - 1; b >= 0; b--) {
            Token t = ts.get(b);
            if (t.is("(")) return true;
            if (!(t.kind == Kind.NAME || t.is(","))) return false;
        }
        return false;
    }

    private static boolean statementStart(List<Token> ts, int i) {
        if (i == 0) return true;
        Token p = ts.get(i - 1);
        return p.is(";") || p.is("{") || p.is("}") || p.is(",");
    }

    /** The index of each '{' that opens a {@code modify (x) { … }} block. */
    private static Set<Integer> modifyBlocks(List<Token> ts) {
        Set<Integer> out = new HashSet<>();
        for (int i = 0; i + 1 < ts.size(); i++) {
            if (!ts.get(i).is("modify") || !ts.get(i + 1).is("(")) continue;
            int depth = 0;
            for (int k = i + 1; k < ts.size(); k++) {
                if (ts.get(k).is("(")) depth++;
                else if (ts.get(k).is(")") && --depth == 0) {
                    if (k + 1 < ts.size() && ts.get(k + 1).is("{")) out.add(k + 1);
                    break;
                }
            }
        }
        return out;
    }

    enum Kind { NAME, NUMBER, LITERAL, SYMBOL }

    record Token(Kind kind, String text, int line) {
        boolean is(String s) { return text.equals(s) && kind != Kind.LITERAL; }
    }

    /** Java's lexical rules, as far as names are concerned. */
    static final class Lexer {
        private Lexer() {}

        static List<Token> tokens(String raw, int firstLine) {
            String s = decodeUnicodeEscapes(raw);
            List<Token> out = new ArrayList<>();
            int n = s.length(), line = firstLine, i = 0;
            while (i < n) {
                char c = s.charAt(i);
                if (c == '\n') { line++; i++; continue; }
                if (Character.isWhitespace(c)) { i++; continue; }
                if (c == '/' && i + 1 < n && s.charAt(i + 1) == '/') {
                    while (i < n && s.charAt(i) != '\n') i++;
                    continue;
                }
                if (c == '/' && i + 1 < n && s.charAt(i + 1) == '*') {
                    i += 2;
                    while (i < n && !(s.charAt(i) == '*' && i + 1 < n && s.charAt(i + 1) == '/')) {
                        if (s.charAt(i) == '\n') line++;
                        i++;
                    }
                    i += 2;
                    continue;
                }
                if (c == '"' && s.startsWith("\"\"\"", i)) {
                    int end = s.indexOf("\"\"\"", i + 3);
                    end = end < 0 ? n : end + 3;
                    out.add(new Token(Kind.LITERAL, "\"\"\"", line));
                    line += count(s, i, end);
                    i = end;
                    continue;
                }
                if (c == '"' || c == '\'') {
                    int k = i + 1;
                    while (k < n && s.charAt(k) != c && s.charAt(k) != '\n') k += s.charAt(k) == '\\' ? 2 : 1;
                    out.add(new Token(Kind.LITERAL, String.valueOf(c), line));
                    i = Math.min(n, k + 1);
                    continue;
                }
                if (Character.isDigit(c) || (c == '.' && i + 1 < n && Character.isDigit(s.charAt(i + 1)))) {
                    int k = i + 1;
                    while (k < n) {
                        char d = s.charAt(k);
                        if (Character.isLetterOrDigit(d) || d == '_' || (d == '.' && k + 1 < n && Character.isDigit(s.charAt(k + 1)))) k++;
                        else if ((d == '+' || d == '-') && (s.charAt(k - 1) == 'e' || s.charAt(k - 1) == 'E')) k++;
                        else break;
                    }
                    out.add(new Token(Kind.NUMBER, s.substring(i, k), line));
                    i = k;
                    continue;
                }
                if (Character.isJavaIdentifierStart(c)) {
                    int k = i + 1;
                    while (k < n && Character.isJavaIdentifierPart(s.charAt(k))) k++;
                    out.add(new Token(Kind.NAME, s.substring(i, k), line));
                    i = k;
                    continue;
                }
                if ((c == ':' || c == '-') && i + 1 < n && s.charAt(i + 1) == (c == ':' ? ':' : '>')) {
                    out.add(new Token(Kind.SYMBOL, s.substring(i, i + 2), line));
                    i += 2;
                    continue;
                }
                if (c == '=' && i + 1 < n && (s.charAt(i + 1) == '=')) {
                    out.add(new Token(Kind.SYMBOL, "==", line));
                    i += 2;
                    continue;
                }
                if ((c == '!' || c == '<' || c == '>') && i + 1 < n && s.charAt(i + 1) == '=') {
                    out.add(new Token(Kind.SYMBOL, s.substring(i, i + 2), line));
                    i += 2;
                    continue;
                }
                out.add(new Token(Kind.SYMBOL, String.valueOf(c), line));
                i++;
            }
            return out;
        }

        private static int count(String s, int from, int to) {
            int lines = 0;
            for (int k = from; k < Math.min(to, s.length()); k++) if (s.charAt(k) == '\n') lines++;
            return lines;
        }

        /** Java reads {@code \u0065} as {@code e} before anything else; so does this check. */
        static String decodeUnicodeEscapes(String s) {
            if (s.indexOf("\\u") < 0) return s;
            StringBuilder b = new StringBuilder(s.length());
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '\\' && i + 1 < s.length() && s.charAt(i + 1) == 'u' && evenBackslashesBefore(s, i)) {
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

        private static boolean evenBackslashesBefore(String s, int i) {
            int k = i - 1;
            while (k >= 0 && s.charAt(k) == '\\') k--;
            return (i - 1 - k) % 2 == 0;
        }
    }
}
