package org.orgrules.serve;

import java.util.List;
import org.orgrules.query.Answerer;
import org.orgrules.query.BadQueryException;
import org.orgrules.query.Query;
import org.orgrules.query.QueryParser;
import org.orgrules.query.Questions;
import org.orgrules.query.Replies;
import org.orgrules.query.Reply;

/**
 * The query endpoints answered through {@code org.orgrules.query}, as the CLI answers its commands:
 * the {@link Query} the arguments make ({@link QueryParser}, or {@link Questions} for {@code ask}),
 * its {@link Reply} written by {@link Replies}, so a body is what {@code orgrules --json} prints.
 * A bad query throws {@link BadQueryException} with the CLI's message.
 */
final class QueryAnswers implements Answers {
    @Override public Body answer(ServedOrg.State state, String command, List<String> args, boolean all) {
        Answerer a = new Answerer(state.expert(), state.org());
        Reply r = command.equals("ask") ? a.ask(args.get(0)) : a.answer(QueryParser.parse(command, args, all));
        return new Body(Replies.json(r), r.exitCode());
    }

    @Override public Body explain(ServedOrg.State state, String command, List<String> args, boolean all) {
        Query q;
        if (command.equals("ask")) {
            q = Questions.query(args.get(0));
        } else {
            try {
                q = QueryParser.parse(command, args, all);
            } catch (BadQueryException e) {
                throw new BadQueryException("explain " + e.getMessage()); // as `orgrules explain` says it
            }
        }
        return new Body(Replies.toJson(new Answerer(state.expert(), state.org()).explain(q)), 0);
    }
}
