package org.orgrules.cli;

import java.util.concurrent.Callable;
import org.orgrules.titles.TitleReview;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "titles", description = "Every distinct title in the facts as the ladder read it: rank, level, function, "
        + "the words and rules that decided, the unit, and CERTAIN / UNCERTAIN / UNKNOWN — review before trusting check")
final class TitlesCommand implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override public Integer call() {
        Main m = Main.root(spec);
        m.out().titles(TitleReview.of(m.org()));
        return m.done(Main.OK);
    }
}
