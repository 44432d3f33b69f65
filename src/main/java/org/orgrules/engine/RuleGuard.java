package org.orgrules.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AnnotatedBaseDescr;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.BindingDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalBranchDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.EntryPointDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.GlobalDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.NamedConsequenceDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.QualifiedName;
import org.drools.drl.ast.descr.QueryDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.ast.descr.TypeDeclarationDescr;
import org.drools.drl.ast.descr.TypeFieldDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

/**
 * The trust boundary for rules: an allow-list, checked on the parsed rules before they are compiled.
 * A rules folder is edited by people; by default its DRL may only reason about facts. A caller who
 * trusts a folder opts out ({@code --trust-rules}, {@link RuleBase#build(RuleSource, boolean)}).
 *
 * <p>How: each file is parsed by Drools' own {@link DrlParser}, and every place of the parsed rules
 * where DRL names a type or runs code is checked — imports (static imports and
 * imported accumulate functions are refused, but for {@code import function
 * org.orgrules.engine.Fired.rule}, the running rule that the model's factories take), globals, functions (signature and body), declared
 * types (super type, field types, initialisers), queries, rule attributes and annotations (Drools
 * evaluates annotation values with MVEL while it builds), every pattern (its type, constraints,
 * {@code from}, {@code collect}, {@code accumulate}), {@code eval}, the consequence. A construct
 * the check does not know (a window, a timer, a {@code groupby} …) is refused. Each piece of code is
 * read by {@link CodeCheck} against the {@link AllowList}: only the model types, the java.lang
 * value types and java.util collections, the rules' own bindings, functions and declared types are
 * reachable. What is not on the list is refused, whatever its name; SECURITY.md has the model
 * and what was tried against it.
 *
 * <p>Why it is long: it walks every place of the parsed DRL where a type is named or code runs (listed
 * above); a place left out would be a hole in the trust boundary, so they stay in one class, where a
 * reviewer can check the walk is complete.
 */
public final class RuleGuard {
    private RuleGuard() {}

    /** Attributes whose value is a word or a number; salience and enabled are code and checked as such. */
    private static final Set<String> WORD_ATTRIBUTES = Set.of("dialect", "no-loop", "lock-on-active", "agenda-group",
            "activation-group", "ruleflow-group", "auto-focus", "date-effective", "date-expires");
    private static final Set<String> CODE_ATTRIBUTES = Set.of("salience", "enabled");
    private static final Set<String> ACCUMULATE_FUNCTIONS = Set.of("count", "sum", "min", "max", "average",
            "collectList", "collectSet", "countDistinct");

    /** Every refusal in {@code files}, one problem each, in file and line order. */
    public static List<RuleProblem> check(List<RuleFile> files) {
        List<Parsed> parsed = new ArrayList<>();
        for (RuleFile f : files) {
            DrlParser parser = new DrlParser();
            try {
                PackageDescr pd = parser.parse(false, f.content());
                // a file that does not parse is reported by the compiler, which refuses it anyway
                if (pd != null && !parser.hasErrors()) parsed.add(new Parsed(f.shownAs(), f.content(), pd));
            } catch (DroolsParserException | RuntimeException e) {
                // as above: the compile reports it
            }
        }
        Map<String, Names> byPackage = new HashMap<>();
        for (Parsed p : parsed) byPackage.computeIfAbsent(p.pd.getName(), k -> new Names()).add(p.pd);
        List<RuleProblem> out = new ArrayList<>();
        for (Parsed p : parsed) out.addAll(new FileCheck(p, byPackage.get(p.pd.getName())).run());
        return out;
    }

    /** The refusals in one DRL text; {@code shown} names the file in the problems. */
    public static List<RuleProblem> check(String shown, String drl) {
        return check(List.of(new RuleFile(shown, shown, drl)));
    }

    private record Parsed(String shown, String text, PackageDescr pd) {}

    /** What a package declares, over all its files: functions, queries, globals, declared types. */
    private static final class Names {
        final Set<String> variables = new HashSet<>();
        final Set<String> types = new HashSet<>();
        final Set<String> members = new HashSet<>();

        void add(PackageDescr pd) {
            pd.getFunctions().forEach(f -> variables.add(f.getName()));
            pd.getGlobals().forEach(g -> variables.add(g.getIdentifier()));
            for (RuleDescr r : pd.getRules()) if (r instanceof QueryDescr) variables.add(r.getName());
            for (TypeDeclarationDescr t : pd.getTypeDeclarations()) {
                types.add(simple(t.getTypeName()));
                for (String field : t.getFields().keySet()) {
                    String cap = field.substring(0, 1).toUpperCase(Locale.ROOT) + field.substring(1);
                    members.addAll(List.of(field, "get" + cap, "set" + cap, "is" + cap));
                }
            }
        }
    }

    private static String simple(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(dot + 1);
    }

    /** The check of one parsed file. */
    private static final class FileCheck implements CodeCheck.Scope {
        private final Parsed file;
        private final Names names;
        private final Map<String, String> imports = new HashMap<>();
        private final List<String> wildcards = new ArrayList<>();
        private final Set<String> bindings = new HashSet<>();
        /** Functions imported from Java: only {@link Fired#RULE_FUNCTION}. */
        private final Set<String> functions = new HashSet<>();
        private final List<RuleProblem> out = new ArrayList<>();
        private final Set<String> seen = new LinkedHashSet<>();
        private final int[] lineStarts;

        FileCheck(Parsed file, Names names) {
            this.file = file;
            this.names = names;
            List<Integer> starts = new ArrayList<>(List.of(0));
            for (int i = 0; i < file.text.length(); i++) if (file.text.charAt(i) == '\n') starts.add(i + 1);
            this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
        }

        List<RuleProblem> run() {
            PackageDescr pd = file.pd;
            for (ImportDescr i : pd.getImports()) checkImport(i);
            for (ImportDescr i : pd.getFunctionImports()) {
                // the one function of the engine rules may call: the running rule, for the facts they derive
                if (i.getTarget().equals(Fired.RULE_FUNCTION)) functions.add(simple(i.getTarget()));
                else refuse(i.getLine(), "import static '" + i.getTarget() + "' (static imports)");
            }
            pd.getAccumulateImports().forEach(i -> refuse(i.getLine(), "import accumulate '" + i.getTarget() + "' (accumulate functions of your own)"));
            pd.getEnumDeclarations().forEach(e -> refuse(e.getLine(), "declare enum '" + e.getTypeName() + "' (declared enums)"));
            pd.getWindowDeclarations().forEach(w -> refuse(w.getLine(), "declare window '" + w.getName() + "' (windows)"));
            if (pd.getUnit() != null) refuse(pd.getUnit().getLine(), "unit '" + pd.getUnit().getTarget() + "' (rule units)");
            for (AttributeDescr a : pd.getAttributes()) attribute(a);
            for (GlobalDescr g : pd.getGlobals()) {
                typeName(g.getType(), g.getLine());
                binding(g.getIdentifier(), g.getLine());
            }
            for (TypeDeclarationDescr t : pd.getTypeDeclarations()) declared(t);
            for (FunctionDescr f : pd.getFunctions()) function(f);
            for (RuleDescr r : pd.getRules()) rule(r);
            out.sort(java.util.Comparator.comparingInt(RuleProblem::line));
            return out;
        }

        private void checkImport(ImportDescr i) {
            String target = i.getTarget();
            if (target.endsWith(".*")) {
                String p = target.substring(0, target.length() - 2);
                if (p.equals("org.orgrules.model") || p.equals("java.util") || p.equals("java.lang")) wildcards.add(p);
                else refuse(i.getLine(), "import '" + target + "' (a package outside the allow-list)");
                return;
            }
            Class<?> c = AllowList.resolve(target);
            if (c == null) return; // the compiler reports an unknown import
            if (!AllowList.allowedType(c)) refuse(i.getLine(), "import '" + target + "' (a type outside the allow-list)");
            else imports.put(simple(target), target);
        }

        private void declared(TypeDeclarationDescr t) {
            annotations(t);
            if (AllowList.resolve("java.lang." + simple(t.getTypeName())) != null) {
                refuse(t.getLine(), "declare '" + t.getTypeName() + "' (the name of a java.lang class, which it would hide to this check)");
            }
            for (QualifiedName s : t.getSuperTypes()) {
                String name = s.getFullName();
                if (!name.equals("java.lang.Object") && !names.types.contains(simple(name))) typeName(name, t.getLine());
            }
            for (TypeFieldDescr f : t.getFields().values()) {
                int line = f.getLine() > 0 ? f.getLine() : t.getLine();
                typeName(f.getPattern().getObjectType(), line);
                annotations(f);
                if (f.getInitExpr() != null) code(f.getInitExpr(), locate(f.getInitExpr(), f.getStartCharacter(), line), CodeCheck.Context.EXPRESSION, new HashSet<>());
            }
        }

        private void function(FunctionDescr f) {
            if (f.getReturnType() != null && !f.getReturnType().equals("void")) typeName(f.getReturnType(), f.getLine());
            Set<String> params = new HashSet<>();
            for (int k = 0; k < f.getParameterTypes().size(); k++) {
                typeName(f.getParameterTypes().get(k), f.getLine());
                String p = f.getParameterNames().get(k);
                if (type(p) != null) refuse(f.getLine(), "a parameter named '" + p + "' (the name of a class)");
                params.add(p);
            }
            code(f.getBody(), locate(f.getBody(), f.getStartCharacter(), f.getLine()), CodeCheck.Context.BLOCK, params);
        }

        private void rule(RuleDescr r) {
            bindings.clear();
            annotations(r);
            for (AttributeDescr a : r.getAttributes().values()) attribute(a);
            if (r instanceof QueryDescr q) {
                for (int k = 0; k < q.getParameters().length; k++) {
                    typeName(q.getParameterTypes()[k], q.getLine());
                    binding(q.getParameters()[k], q.getLine());
                }
            }
            collectBindings(r.getLhs());
            lhs(r.getLhs());
            if (r.getConsequence() instanceof String c) consequence(r, c);
            for (Object named : r.getNamedConsequences().values()) if (named instanceof String c) consequence(r, c);
        }

        private void consequence(RuleDescr r, String code) {
            int line = r.getConsequenceLine() > 0 ? r.getConsequenceLine() : r.getLine();
            code(code, locate(code, r.getStartCharacter(), line), CodeCheck.Context.BLOCK, new HashSet<>());
        }

        private void attribute(AttributeDescr a) {
            String name = a.getName();
            if (WORD_ATTRIBUTES.contains(name)) {
                if (name.equals("dialect") && !Set.of("java", "mvel").contains(a.getValue().replace("\"", ""))) {
                    refuse(a.getLine(), "dialect '" + a.getValue() + "'");
                }
                return;
            }
            if (CODE_ATTRIBUTES.contains(name)) {
                code(a.getValue(), a.getLine(), CodeCheck.Context.EXPRESSION, new HashSet<>());
                return;
            }
            refuse(a.getLine(), "attribute '" + name + "' (timers, calendars and durations are evaluated as code)");
        }

        /**
         * Drools evaluates an annotation's value with MVEL while it builds ({@code @source(…)}): a
         * value must be a literal — strings, numbers and names that name no class — never code.
         */
        private void annotations(AnnotatedBaseDescr d) {
            for (AnnotationDescr a : d.getAnnotations()) {
                for (Object v : a.getValueMap().values()) {
                    if (v == null) continue;
                    String text = v.toString();
                    int line = locate("@" + a.getName(), d.getStartCharacter(), a.getLine() > 0 ? a.getLine() : d.getLine());
                    if (!literal(text)) refuse(line, "@" + a.getName() + "(" + text + ") (an annotation's value is run by MVEL: only literals are allowed)");
                }
            }
        }

        private boolean literal(String text) {
            List<CodeCheck.Token> ts = CodeCheck.Lexer.tokens(text, 1);
            StringBuilder chain = new StringBuilder();
            for (CodeCheck.Token t : ts) {
                switch (t.kind()) {
                    case LITERAL, NUMBER -> chain.setLength(0);
                    case NAME -> {
                        chain.append(chain.length() == 0 ? "" : ".").append(t.text());
                        if (type(t.text()) != null || AllowList.resolve(chain.toString()) != null) return false;
                    }
                    case SYMBOL -> {
                        if (t.is(",") || t.is("-")) chain.setLength(0);
                        else if (!t.is(".")) return false;
                    }
                }
            }
            return true;
        }

        /** Every name the conditions bind: patterns, {@code $x : field}, accumulate results. */
        private void collectBindings(BaseDescr d) {
            if (d instanceof PatternDescr p) {
                if (p.getIdentifier() != null) binding(p.getIdentifier(), p.getLine());
                for (BaseDescr c : p.getDescrs()) {
                    if (c instanceof BindingDescr b) binding(b.getVariable(), b.getLine());
                    else if (c instanceof ExprConstraintDescr e) inlineBindings(e.getExpression(), e.getLine());
                }
                if (p.getSource() != null) collectBindings(p.getSource());
            } else if (d instanceof AccumulateDescr a) {
                for (AccumulateDescr.AccumulateFunctionCallDescr f : a.getFunctions()) if (f.getBind() != null) binding(f.getBind(), a.getLine());
                if (a.getInput() != null) collectBindings(a.getInput());
            } else if (d instanceof CollectDescr c) {
                collectBindings(c.getInputPattern());
            } else if (d instanceof ConditionalElementDescr ce) {
                for (Object o : ce.getDescrs()) if (o instanceof BaseDescr b) collectBindings(b);
            }
        }

        private void inlineBindings(String expression, int line) {
            List<CodeCheck.Token> ts = CodeCheck.Lexer.tokens(expression == null ? "" : expression, line);
            for (int k = 0; k + 1 < ts.size(); k++) {
                if (ts.get(k).kind() == CodeCheck.Kind.NAME && ts.get(k + 1).is(":")
                        && (k == 0 || ts.get(k - 1).is(",") || ts.get(k - 1).is("("))) {
                    binding(ts.get(k).text(), ts.get(k).line());
                }
            }
        }

        private void binding(String name, int line) {
            if (name == null) return;
            if (type(name) != null) refuse(line, "a binding named '" + name + "' (the name of a class)");
            else bindings.add(name);
        }

        private void lhs(BaseDescr d) {
            if (d instanceof PatternDescr p) {
                pattern(p);
            } else if (d instanceof EvalDescr e) {
                String content = String.valueOf(e.getContent());
                code(content, locate(content, e.getStartCharacter(), e.getLine()), CodeCheck.Context.EXPRESSION, new HashSet<>());
            } else if (d instanceof NamedConsequenceDescr) {
                // do[name] / break[name]: a name, no code
            } else if (d instanceof ConditionalBranchDescr b) {
                for (ConditionalBranchDescr x = b; x != null; x = x.getElseBranch()) if (x.getCondition() != null) lhs(x.getCondition());
            } else if (d instanceof AccumulateDescr || d instanceof CollectDescr) { // not wrapped in a pattern
                source(d, d);
            } else if (d instanceof ConditionalElementDescr ce) { // and, or, not, exists, forall
                for (Object o : ce.getDescrs()) lhs((BaseDescr) o);
            } else {
                refuse(d.getLine(), "'" + d.getClass().getSimpleName().replace("Descr", "") + "' (a construct untrusted rules may not use)");
            }
        }

        private void pattern(PatternDescr p) {
            annotations(p);
            String type = p.getObjectType();
            if (type != null && !names.variables.contains(type) && !names.types.contains(type)) typeName(type, p.getLine());
            if (!p.getBehaviors().isEmpty()) refuse(p.getLine(), "'over window' (sliding windows)");
            for (BaseDescr c : p.getDescrs()) {
                String text = c instanceof ExprConstraintDescr e ? e.getExpression()
                        : c instanceof BindingDescr b ? b.getExpression() : null;
                if (text == null) {
                    refuse(c.getLine(), "'" + c.getClass().getSimpleName() + "' (a construct untrusted rules may not use)");
                    continue;
                }
                code(text, locate(text, c.getStartCharacter(), c.getLine() > 0 ? c.getLine() : p.getLine()), CodeCheck.Context.CONSTRAINT, new HashSet<>());
            }
            source(p.getSource(), p);
        }

        /** Where a pattern's facts come from: {@code from}, {@code collect}, {@code accumulate}, an entry point. */
        private void source(BaseDescr source, BaseDescr p) {
            if (source == null || source instanceof EntryPointDescr) return;
            if (source instanceof FromDescr f) {
                String text = f.getDataSource().getText();
                code(text, locate(text, p.getStartCharacter(), p.getLine()), CodeCheck.Context.EXPRESSION, new HashSet<>());
            } else if (source instanceof CollectDescr c) {
                pattern(c.getInputPattern());
            } else if (source instanceof AccumulateDescr a) {
                if (a.getInput() != null) lhs(a.getInput());
                if (a.isExternalFunction() && a.getFunctions().isEmpty()) refuse(a.getLine(), "accumulate '" + a.getClassName() + "'");
                for (AccumulateDescr.AccumulateFunctionCallDescr fn : a.getFunctions()) {
                    if (!ACCUMULATE_FUNCTIONS.contains(fn.getFunction())) refuse(a.getLine(), "accumulate function '" + fn.getFunction() + "'");
                    for (String param : fn.getParams()) code(param, locate(param, a.getStartCharacter(), a.getLine()), CodeCheck.Context.EXPRESSION, new HashSet<>());
                }
                if (a.getInitCode() != null || a.getActionCode() != null || a.getResultCode() != null || a.getReverseCode() != null) {
                    Set<String> locals = new HashSet<>();
                    for (String part : new String[] {a.getInitCode(), a.getActionCode(), a.getReverseCode(), a.getResultCode()}) {
                        if (part != null) code(part, locate(part, a.getStartCharacter(), a.getLine()), CodeCheck.Context.BLOCK, locals);
                    }
                }
            } else {
                refuse(p.getLine(), "'" + source.getClass().getSimpleName().replace("Descr", "") + "' (a pattern source untrusted rules may not use)");
            }
        }

        /** A type named in a declaration: it must be allowed (generics and arrays are read through). */
        private void typeName(String name, int line) {
            if (name == null) return;
            for (String part : name.split("[<>,\\[\\]\\s?]+")) {
                if (part.isEmpty() || part.equals("extends") || part.equals("super")) continue;
                if (Set.of("int", "long", "double", "float", "boolean", "char", "byte", "short", "void").contains(part)) continue;
                if (names.types.contains(simple(part))) continue;
                Class<?> c = part.contains(".") ? AllowList.resolve(part) : type(part);
                if (c == null) {
                    if (part.contains(".")) refuse(line, "'" + part + "' (a name the rules do not know)");
                    continue; // an unknown simple name: the compiler refuses it
                }
                if (!AllowList.allowedType(c)) refuse(line, "'" + part + "' (a type outside the allow-list)");
            }
        }

        private void code(String code, int line, CodeCheck.Context context, Set<String> locals) {
            for (CodeCheck.Finding f : new CodeCheck(this).check(code, line, context, locals)) refuse(f.line(), f.what());
        }

        /** The line where {@code text} starts in the file, looked for from {@code from}; else {@code fallback}. */
        private int locate(String text, int from, int fallback) {
            if (text == null || text.isBlank()) return fallback;
            String head = text.strip();
            int nl = head.indexOf('\n');
            if (nl > 0) head = head.substring(0, nl).strip();
            int at = file.text.indexOf(head, Math.max(0, from));
            if (at < 0) at = file.text.indexOf(head);
            if (at < 0) return fallback;
            int line = java.util.Arrays.binarySearch(lineStarts, at);
            int startLine = (line >= 0 ? line : -line - 2) + 1;
            return startLine - leadingNewlines(text);
        }

        private static int leadingNewlines(String text) {
            int n = 0;
            for (int k = 0; k < text.length() && Character.isWhitespace(text.charAt(k)); k++) if (text.charAt(k) == '\n') n++;
            return n;
        }

        private void refuse(int line, String what) {
            int l = Math.max(0, line);
            if (!seen.add(l + " " + what)) return;
            out.add(new RuleProblem(file.shown, l, 0, "not allowed: " + what + " – untrusted rules may use only the model types, "
                    + "java.lang value types and java.util collections (SECURITY.md); if you trust this rules folder, "
                    + "load it with --trust-rules (RuleBase.build(source, true))", true));
        }

        // --- CodeCheck.Scope ---

        @Override public boolean variable(String name) {
            return bindings.contains(name) || names.variables.contains(name) || functions.contains(name);
        }

        @Override public Class<?> type(String simpleName) {
            String imported = imports.get(simpleName);
            if (imported != null) return AllowList.resolve(imported);
            if (names.types.contains(simpleName) || simpleName.startsWith("$")) return null;
            Class<?> c = AllowList.resolve("java.lang." + simpleName);
            if (c == null && file.pd.getName() != null) c = AllowList.resolve(file.pd.getName() + "." + simpleName);
            for (int k = 0; c == null && k < wildcards.size(); k++) c = AllowList.resolve(wildcards.get(k) + "." + simpleName);
            return c;
        }

        @Override public boolean declaredType(String simpleName) { return names.types.contains(simpleName); }

        @Override public boolean declaredMember(String name) { return names.members.contains(name); }
    }
}
