package org.orgrules.facts;

/**
 * How much a {@link FactsLoader} will read, so that a wrong or hostile input is refused with a
 * {@link LoadProblem} instead of exhausting memory. Each limit that is exceeded is reported with its
 * name, so a user who really has that much data knows which one to raise.
 *
 * @param maxFileBytes  largest file (or stream) read, in bytes; a larger file is skipped
 * @param maxRows       most people rows read in one load (all files together); the rest are not read
 * @param maxFieldChars longest value (id, name, title …) accepted; a row with a longer one is skipped
 */
public record LoadLimits(long maxFileBytes, int maxRows, int maxFieldChars) {

    /** 512 MiB. */
    public static final long DEFAULT_MAX_FILE_BYTES = 512L * 1024 * 1024;
    public static final int DEFAULT_MAX_ROWS = 5_000_000;
    public static final int DEFAULT_MAX_FIELD_CHARS = 10_000;

    public LoadLimits {
        if (maxFileBytes <= 0) throw new IllegalArgumentException("maxFileBytes must be > 0, not " + maxFileBytes);
        if (maxRows <= 0) throw new IllegalArgumentException("maxRows must be > 0, not " + maxRows);
        if (maxFieldChars <= 0) throw new IllegalArgumentException("maxFieldChars must be > 0, not " + maxFieldChars);
    }

    /** 512 MiB per file, 5,000,000 rows, 10,000 characters per value. */
    public static LoadLimits defaults() {
        return new LoadLimits(DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_ROWS, DEFAULT_MAX_FIELD_CHARS);
    }

    public LoadLimits withMaxFileBytes(long bytes) { return new LoadLimits(bytes, maxRows, maxFieldChars); }

    public LoadLimits withMaxRows(int rows) { return new LoadLimits(maxFileBytes, rows, maxFieldChars); }

    public LoadLimits withMaxFieldChars(int chars) { return new LoadLimits(maxFileBytes, maxRows, chars); }

    /** "512 MiB", "1.5 GiB", "300 bytes": a size as a person reads it. */
    static String bytes(long n) {
        String[] units = {"bytes", "KiB", "MiB", "GiB", "TiB"};
        double v = n;
        int u = 0;
        while (v >= 1024 && u < units.length - 1) { v /= 1024; u++; }
        if (u == 0) return n + " bytes";
        return v == Math.rint(v) ? (long) v + " " + units[u] : String.format(java.util.Locale.ROOT, "%.1f %s", v, units[u]);
    }
}
