package org.orgrules.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.orgrules.query.Query;
import org.orgrules.query.QueryParser;
import org.orgrules.query.Reply;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Every query command ({@code senior}, {@code reports-to} … {@code titles}), one per
 * {@link QueryParser.Kind}: its picocli model is built from the kind's arguments, and its answer
 * is the {@link Reply} of the {@link Query} it parses, printed as text or {@code --json}.
 */
final class QueryCommand implements Callable<Integer> {
    private final QueryParser.Kind kind;
    private CommandSpec spec;

    private QueryCommand(QueryParser.Kind kind) {
        this.kind = kind;
    }

    /** The picocli model of {@code kind}'s command. */
    static CommandSpec spec(QueryParser.Kind kind) {
        QueryCommand c = new QueryCommand(kind);
        CommandSpec s = CommandSpec.wrapWithoutInspection(c);
        s.name(kind.name());
        s.usageMessage().description(kind.description());
        List<QueryParser.Param> params = kind.params();
        for (int i = 0; i < params.size(); i++) {
            QueryParser.Param p = params.get(i);
            PositionalParamSpec.Builder b = PositionalParamSpec.builder().paramLabel(p.label()).required(!p.optional());
            if (p.rest()) b.index(i + "..*").arity("1..*").type(List.class).auxiliaryTypes(String.class);
            else b.index(String.valueOf(i)).arity(p.optional() ? "0..1" : "1").type(String.class);
            s.addPositional(b.build());
        }
        if (kind.takesAll()) {
            s.addOption(OptionSpec.builder("--all").description("every level below A").type(boolean.class).arity("0").build());
        }
        c.spec = s;
        return s;
    }

    @Override public Integer call() {
        Main m = Main.root(spec);
        List<String> args = new ArrayList<>();
        for (PositionalParamSpec p : spec.positionalParameters()) {
            Object v = p.getValue();
            if (v instanceof List<?> l) l.forEach(x -> args.add(String.valueOf(x)));
            else if (v != null) args.add((String) v);
        }
        boolean all = kind.takesAll() && Boolean.TRUE.equals(spec.findOption("--all").getValue());
        Query q = QueryParser.parse(kind.name(), args, all);
        Reply r = q.answer(m.org());
        m.print(r);
        return m.done(r.exitCode());
    }
}
