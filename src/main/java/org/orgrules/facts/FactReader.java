package org.orgrules.facts;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The characters of a facts file, decoded as strict UTF-8, with what the loaders need to report
 * encoding trouble precisely instead of failing on it:
 *
 * <ul>
 *   <li>a byte that is not UTF-8 becomes U+FFFD, and is counted; the first one's offset (and, when
 *       lines are counted, every line that has one) is remembered, so the rows it touches can be
 *       skipped and the first one named;</li>
 *   <li>a UTF-8 byte order mark is dropped; a UTF-16 one stops reading ({@link #utf16()});</li>
 *   <li>reading stops past {@code maxBytes} ({@link #tooLarge()}): a stream has no size to check first;</li>
 *   <li>an I/O error is kept ({@link #failure()}) so that it is not mistaken for bad content.</li>
 * </ul>
 *
 * Decodes straight into the caller's buffer: no copy.
 */
final class FactReader extends Reader {
    private static final char BAD = '\uFFFD';

    private final InputStream in;
    private final long maxBytes;
    private final boolean countLines;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16).flip();

    private long bytesRead;
    private boolean inputDone;
    private boolean finished;
    private boolean tooLarge;
    private boolean utf16;
    private boolean bomChecked;
    private boolean utf16Bom;
    private final int[] head = new int[4];
    private int headLen;
    private IOException failure;

    /** Characters handed out so far. */
    private long offset;
    /** A low surrogate still to hand out, when the caller asked for one character of a pair. */
    private int pending = -1;

    private long badCount;
    private long firstBadOffset = -1;
    private int firstBadByte = -1;

    /** Line counting (only when asked for): the line of the last character handed out. */
    private int line = 1;
    private boolean lastCR;
    private final Lines badLines = new Lines();

    /**
     * @param countLines whether to number lines (CR, LF and CRLF each end one) so that
     *                   {@link #badIn(int, int)} can say which lines have a bad byte
     */
    FactReader(InputStream in, long maxBytes, boolean countLines) {
        this.in = in;
        this.maxBytes = maxBytes;
        this.countLines = countLines;
    }

    boolean tooLarge() { return tooLarge; }

    /**
     * The file is UTF-16: it starts with a UTF-16 byte order mark, or (with none) its first two
     * characters are ASCII with a zero byte each, as UTF-16 writes them and no text in UTF-8 has.
     */
    boolean utf16() { return utf16; }

    /** {@link #utf16()}, known by the byte order mark. */
    boolean utf16Bom() { return utf16Bom; }

    IOException failure() { return failure; }

    /** Reading had to stop: too large, UTF-16 or an I/O error. */
    boolean halted() { return tooLarge || utf16 || failure != null; }

    /** How many bytes were not UTF-8 (each became one U+FFFD). */
    long badCount() { return badCount; }

    /** The offset of the character that replaced the first bad byte, or -1. */
    long firstBadOffset() { return firstBadOffset; }

    /** The first byte that was not UTF-8 (0–255), or -1. */
    int firstBadByte() { return firstBadByte; }

    /** With line counting: the first line with a bad byte, or 0. */
    int firstBadLine() { return badLines.first(); }

    /** With line counting: whether a line from {@code from} to {@code to} (inclusive) has a bad byte. */
    boolean badIn(int from, int to) { return badLines.any(from, to); }

    /** Runs longer than this are clipped (0: none are); see {@link #clipRunsLongerThan}. */
    private int maxRun;
    /** The current run: its length so far and the line it started on (lines counted here, as they pass). */
    private long run;
    private int runLine;
    private int clipLine = 1;
    private boolean clipCR;
    private final java.util.Map<Integer, Long> clipped = new java.util.HashMap<>();
    /** While keeping: a backslash was kept (-1), or this many hex digits of its escape are still to keep. */
    private int escape;
    /** While dropping: a backslash was dropped, so the next character goes with it. */
    private boolean heldBackslash;
    /** The current run is past its cut: nothing more of it is kept. */
    private boolean cut;

    /**
     * Clips every run of more than {@code max} characters with no space, line break, quote or
     * flow indicator ({@code ,[]{}}) to about {@code max} characters. SnakeYAML scans such a run in
     * time that grows with its square (a 10 MB value takes minutes); clipped, it is still over the
     * value limit (the caller passes a {@code max} that no value within the limit reaches, however
     * it is written), so it is reported, with its real length ({@link #clippedLength}), and the rest
     * is read. The cut never splits a surrogate pair or an escape ({@code \\u00e9}), and a dropped
     * backslash takes the character it escapes with it unless that is a quote or a break, which then
     * keeps its backslash: the text around the cut still means what it meant, in any scalar style.
     */
    void clipRunsLongerThan(int max) {
        this.maxRun = max;
    }

    /** The length of the longest run clipped that starts on {@code line}, or 0. */
    long clippedLength(int line) {
        endRun();
        return clipped.getOrDefault(line, 0L);
    }

    /**
     * How long a value that starts on {@code line} is, in characters (code points: an emoji is one).
     * One over {@code limit} on a line where a run was clipped is that run: its length as written.
     */
    long lengthOf(String value, int line, int limit) {
        long n = value.codePointCount(0, value.length());
        return n > limit ? Math.max(n, clippedLength(line)) : n;
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        while (true) {
            int n = readRaw(cbuf, off, len);
            if (n <= 0 || maxRun <= 0) return n;
            n = clip(cbuf, off, n);
            if (n > 0) return n;
        }
    }

    /** Drops the characters of over-long runs from {@code cbuf[off, off + n)}; how many are left. */
    private int clip(char[] cbuf, int off, int n) {
        int w = off;
        for (int i = off; i < off + n; i++) {
            char c = cbuf[i];
            boolean breaks = c <= ' ' || c == ',' || c == '[' || c == ']' || c == '{' || c == '}' || c == '"' || c == '\'';
            if (breaks) {
                if (heldBackslash) cbuf[w++] = '\\';      // "\"" or "\ ": the escape stays whole
                heldBackslash = false;
                escape = 0;
                endRun();
                if (c == '\n') {
                    if (!clipCR) clipLine++;
                } else if (c == '\r') {
                    clipLine++;
                }
                clipCR = c == '\r';
                cbuf[w++] = c;
                continue;
            }
            clipCR = false;
            // counted in code points: the second half of a pair goes where its first half went
            if (!Character.isLowSurrogate(c) && run++ == 0) runLine = clipLine;
            if (!cut && (run <= maxRun || escape != 0)) {
                cbuf[w++] = c;
                keep(c);
            } else {
                cut = true;
                if (heldBackslash) heldBackslash = false;   // the escaped character goes with its backslash
                else if (c == '\\') heldBackslash = true;
            }
        }
        return w - off;
    }

    /** Follows escapes in what is kept, so that the cut never falls inside one. */
    private void keep(char c) {
        if (escape == -1) {
            escape = c == 'x' ? 2 : c == 'u' ? 4 : c == 'U' ? 8 : 0;
        } else if (escape > 0) {
            escape--;
        } else if (c == '\\') {
            escape = -1;
        }
    }

    private void endRun() {
        if (run > maxRun && maxRun > 0) clipped.merge(runLine, run, Math::max);
        run = 0;
        cut = false;
    }

    private int readRaw(char[] cbuf, int off, int len) throws IOException {
        if (len <= 0) return 0;
        if (pending >= 0) {
            cbuf[off] = (char) pending;
            pending = -1;
            return handOut(cbuf, off, 1);
        }
        while (!finished && !halted()) {
            CharBuffer out = CharBuffer.wrap(cbuf, off, len);
            CoderResult r = decoder.decode(bytes, out, inputDone);
            int n = out.position() - off;
            if (!bomChecked && n > 0) {
                bomChecked = true;
                if (cbuf[off] == '\uFEFF') System.arraycopy(cbuf, off + 1, cbuf, off, --n);
            }
            if (r.isError() && n < len) {
                bomChecked = true;
                int at = bytes.position();
                if (firstBadByte < 0) {
                    firstBadByte = bytes.get(at) & 0xFF;
                    firstBadOffset = offset + n;
                }
                badCount++;
                bytes.position(at + r.length());
                cbuf[off + n++] = BAD;
                return handOut(cbuf, off, n);
            }
            if (n > 0) return handOut(cbuf, off, n);
            if (r.isOverflow()) {
                // room for one char, but the next is a surrogate pair: hand out its first half
                char[] two = new char[2];
                CharBuffer pair = CharBuffer.wrap(two);
                decoder.decode(bytes, pair, inputDone);
                cbuf[off] = two[0];
                if (pair.position() > 1) pending = two[1];
                return handOut(cbuf, off, 1);
            }
            if (inputDone) {
                decoder.flush(CharBuffer.allocate(0));
                finished = true;
                break;
            }
            readMore();
        }
        return -1;
    }

    private int handOut(char[] cbuf, int off, int n) {
        if (countLines) index(cbuf, off, off + n);
        offset += n;
        return n;
    }

    /** Does not close the stream: whoever opened it closes it. */
    @Override
    public void close() {
        // the caller owns the stream
    }

    private void readMore() throws IOException {
        bytes.compact();
        try {
            int at = bytes.position();
            int n = in.read(bytes.array(), at, bytes.remaining());
            if (n < 0) {
                inputDone = true;
            } else {
                bytesRead += n;
                bytes.position(at + n);
                for (int i = 0; i < n && headLen < head.length; i++) {
                    head[headLen++] = bytes.get(at + i) & 0xFF;
                    if (headLen == 2 && ((head[0] == 0xFE && head[1] == 0xFF) || (head[0] == 0xFF && head[1] == 0xFE))) {
                        utf16 = utf16Bom = true;
                    }
                    if (headLen == 4 && !utf16) utf16 = utf16WithoutBom();
                }
                if (bytesRead > maxBytes) tooLarge = true;
            }
        } catch (IOException e) {
            failure = e;
            throw e;
        } finally {
            bytes.flip();
        }
    }

    /** The first four bytes are two ASCII characters in UTF-16, little- or big-endian. */
    private boolean utf16WithoutBom() {
        boolean le = ascii(head[0]) && head[1] == 0 && ascii(head[2]) && head[3] == 0;
        boolean be = head[0] == 0 && ascii(head[1]) && head[2] == 0 && ascii(head[3]);
        return le || be;
    }

    private static boolean ascii(int b) {
        return b > 0 && b < 0x80;
    }

    private void index(char[] w, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = w[i];
            if (c > '\r') {
                lastCR = false;
                if (c == BAD) noteBadLine();
                else if (controls && (c < ' ' || (c >= 0x7F && c <= 0x9F && c != 0x85) || c >= 0xFFFE)) control(w, i);
            } else if (c == '\n') {
                if (!lastCR) line++;
                lastCR = false;
            } else if (c == '\r') {
                line++;
                lastCR = true;
            } else {
                lastCR = false;
                if (controls && c != '\t') control(w, i);
            }
        }
    }

    /** With {@link #replaceControls()}: the first control character replaced, or -1. */
    int firstControl() { return firstControl; }

    /** With {@link #replaceControls()}: the first line with a control character, or 0. */
    int firstControlLine() { return controlLines.first(); }

    /** With {@link #replaceControls()}: whether a line from {@code from} to {@code to} (inclusive) had a control character. */
    boolean controlIn(int from, int to) { return controlLines.any(from, to); }

    private boolean controls;
    private int firstControl = -1;
    private final Lines controlLines = new Lines();

    /**
     * Replaces each character that YAML does not allow in a file (a control character other than
     * tab and line breaks, U+FFFE, U+FFFF) with U+FFFD and remembers its line, so that the person
     * it is in can be skipped and named instead of the whole file being refused. Needs line counting.
     */
    void replaceControls() {
        this.controls = true;
    }

    private void control(char[] w, int i) {
        if (firstControl < 0) firstControl = w[i];
        w[i] = BAD;
        controlLines.add(line);
    }

    /**
     * A U+FFFD on this line: bad when it is one this reader put there. A U+FFFD in the file itself
     * is valid UTF-8, but is counted too once the file has a bad byte; that is close enough.
     */
    private void noteBadLine() {
        if (badCount == 0) return;
        badLines.add(line);
    }

    /** Line numbers, added in order (each once). */
    private static final class Lines {
        private int[] lines = new int[8];
        private int size;

        void add(int line) {
            if (size > 0 && lines[size - 1] == line) return;
            if (size == lines.length) lines = Arrays.copyOf(lines, size * 2);
            lines[size++] = line;
        }

        /** The first line, or 0. */
        int first() {
            return size == 0 ? 0 : lines[0];
        }

        /** Whether a line from {@code from} to {@code to} (inclusive) is here. */
        boolean any(int from, int to) {
            if (size == 0) return false;
            int i = Arrays.binarySearch(lines, 0, size, from);
            if (i >= 0) return true;
            i = -i - 1;
            return i < size && lines[i] <= to;
        }
    }
}
