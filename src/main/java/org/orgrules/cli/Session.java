package org.orgrules.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.orgrules.view.Org;
import org.orgrules.OrgExpert;
import picocli.CommandLine;

/**
 * What {@code shell} loaded once: the rules, the facts, and the root options that named them.
 * Each line runs as a fresh command line of {@link Main} starting with {@link #options()}; its
 * {@code expert()} and {@code org()} are these while the line's options name the same rules and facts.
 * {@code :reload} and {@code :facts} swap all of it together. One thread: the shell's.
 */
final class Session {
    /**
     * The command line of each command, built once and executed again for every line that names it:
     * building picocli's model by reflection was two thirds of an answer. picocli resets every option
     * and parameter to its initial value before it parses; {@link Main#execute} resets the rest.
     */
    private final Map<Object, CommandLine> commandLines = new HashMap<>();
    private CommandLine root;
    private List<String> options;
    private Main.RulesKey rulesKey;
    private Main.FactsKey factsKey;
    private OrgExpert expert;
    private Org org;

    Session(Main loaded, OrgExpert expert, Org org) {
        set(loaded, expert, org);
    }

    /** Now answer with {@code expert} and {@code org}, loaded by the root options of {@code loaded}. */
    void set(Main loaded, OrgExpert expert, Org org) {
        this.options = List.copyOf(loaded.options());
        this.rulesKey = loaded.rulesKey();
        this.factsKey = loaded.factsKey();
        this.expert = expert;
        this.org = org;
    }

    List<String> options() { return options; }

    /** The command line for {@code args}: the one kept for the command they name, else a new one with every command. */
    CommandLine commandLine(String[] args) {
        if (root == null) root = new CommandLine(new Main());
        Object named = Main.namedCommand(root.getCommandSpec(), args);
        if (named == null) return Main.commandLine(args);
        return commandLines.computeIfAbsent(named, c -> Main.withCommand(new CommandLine(new Main()), c));
    }

    Main.RulesKey rulesKey() { return rulesKey; }

    Main.FactsKey factsKey() { return factsKey; }

    OrgExpert expert() { return expert; }

    Org org() { return org; }
}
