package org.orgrules.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.orgrules.view.Org;
import org.orgrules.export.OrgExport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "export", description = "Write the org as loaded (CSV, JSON or YAML), inferred managers marked in manager_inferred")
final class ExportCommand implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "csv",
            description = "csv (default), json or yaml; with --json, csv and yaml come as {format, text}")
    String format;
    @Option(names = "--out", paramLabel = "FILE", description = "write to FILE (atomically) instead of stdout")
    Path out;

    @Override public Integer call() {
        Main m = Main.root(spec);
        OrgExport.Format f;
        try {
            f = OrgExport.Format.of(format);
        } catch (IllegalArgumentException e) {
            throw new Main.UsageException(e.getMessage());
        }
        Org org = m.org();
        String text = OrgExport.write(org, f);
        if (m.json && out == null && f != OrgExport.Format.JSON) {
            writeJson(spec, f.name().toLowerCase(java.util.Locale.ROOT), text);
        } else {
            writeOut(spec, text, out);
        }
        return m.done(Main.OK);
    }

    /**
     * With --json, a text in another format (CSV, a chart) as one JSON object {@code {format, text}}:
     * the shape the shell gives any text answer.
     */
    static void writeJson(CommandLine.Model.CommandSpec spec, String format, String text) {
        java.util.Map<String, Object> o = new java.util.LinkedHashMap<>();
        o.put("format", format);
        o.put("text", text);
        spec.commandLine().getOut().println(org.orgrules.query.Replies.toJson(o));
    }

    /** Prints {@code text}, or writes it to {@code file} atomically; a file that cannot be written is a usage error. */
    static void writeOut(CommandLine.Model.CommandSpec spec, String text, Path file) {
        if (file == null) {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
            return;
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new Main.UsageException("cannot write " + file + ": no such folder " + parent);
        }
        try {
            org.orgrules.io.AtomicFiles.write(file, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new Main.UsageException("cannot write " + file + ": " + e.getMessage());
        }
    }
}
