package org.orgrules.serve;

import java.util.List;

/**
 * How a query endpoint is answered: the CLI's command with its arguments, over one state of the
 * rules and facts, as the JSON body {@code --json} prints.
 */
interface Answers {
    /** A JSON body and the exit code the CLI would give (1 when {@code check} found an ERROR). */
    record Body(String json, int exitCode) {}

    /**
     * @throws org.orgrules.view.UnknownPersonException  a person id that is not in the facts
     * @throws org.orgrules.view.UnknownSubjectException a reference that fits nobody, or several
     * @throws ServeError                            a bad query (400), with the CLI's usage message
     */
    Body answer(ServedOrg.State state, String command, List<String> args, boolean all);

    /** The reasoning behind {@link #answer}'s answer, as {@code explain --json} prints it. */
    Body explain(ServedOrg.State state, String command, List<String> args, boolean all);
}
