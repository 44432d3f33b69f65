package org.orgrules.cli;

import java.util.List;
import org.orgrules.Org;
import org.orgrules.OrgExpert;

/**
 * What {@code shell} loaded once: the rules, the facts, and the root options that named them.
 * Each line runs as a fresh command line of {@link Main} starting with {@link #options()}; its
 * {@code expert()} and {@code org()} are these while the line's options name the same rules and facts.
 * {@code :reload} and {@code :facts} swap all of it together. One thread: the shell's.
 */
final class Session {
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

    Main.RulesKey rulesKey() { return rulesKey; }

    Main.FactsKey factsKey() { return factsKey; }

    OrgExpert expert() { return expert; }

    Org org() { return org; }
}
