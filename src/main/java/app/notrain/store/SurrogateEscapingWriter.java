package app.notrain.store;

import java.io.IOException;
import java.io.Writer;

/**
 * Writes JSON text on to a UTF-8 writer, with half of a surrogate pair (which UTF-8 cannot hold and
 * would turn into {@code ?}) written as its escape {@code \}{@code uD800}: a string read from a file
 * with such an escape is written back as it was read. JSON text outside strings is plain ASCII, so a
 * lone surrogate can only be inside a string or a name, where the escape is valid.
 */
final class SurrogateEscapingWriter extends Writer {
    private final Writer out;
    /** A high surrogate waiting to see whether a low one follows; 0 when none. */
    private char pendingHigh;

    SurrogateEscapingWriter(Writer out) {
        super(out);
        this.out = out;
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        int end = offset + length;
        int from = offset; // chars[from, i) are ordinary and not yet written
        for (int i = offset; i < end; i++) {
            char c = chars[i];
            if (pendingHigh != 0) { // only at the first char of a write
                char high = pendingHigh;
                pendingHigh = 0;
                if (Character.isLowSurrogate(c)) {
                    out.write(high);
                    out.write(c);
                    from = i + 1;
                    continue;
                }
                escape(high);
            }
            if (!Character.isSurrogate(c)) {
                continue;
            }
            out.write(chars, from, i - from);
            if (Character.isLowSurrogate(c)) {
                escape(c); // without its high half
            } else if (i + 1 == end) {
                pendingHigh = c;
            } else if (Character.isLowSurrogate(chars[i + 1])) {
                out.write(chars, i, 2);
                i++;
            } else {
                escape(c);
            }
            from = i + 1;
        }
        out.write(chars, from, end - from);
    }

    private void escape(char c) throws IOException {
        out.write(String.format("\\u%04X", (int) c));
    }

    @Override
    public void flush() throws IOException {
        if (pendingHigh != 0) {
            escape(pendingHigh);
            pendingHigh = 0;
        }
        out.flush();
    }

    @Override
    public void close() throws IOException {
        flush();
        out.close();
    }
}
