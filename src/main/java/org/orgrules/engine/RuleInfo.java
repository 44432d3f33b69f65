package org.orgrules.engine;

/** A rule as an analyst wrote it: its name, the K-statement it cites, and where it is. */
public record RuleInfo(String name, String source, String file, int line) {
    public String location() { return line > 0 ? file + ":" + line : file; }
}
