package app.notrain.store;

import java.io.IOException;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 text of a byte array, decoded as it is read rather than all at once: a store of
 * 100,000 accounts is 100 MB of bytes, and a whole decoded copy would be 200 MB more. A byte that is
 * not UTF-8 stops the reading with {@link NotUtf8Exception}, which says where.
 */
final class Utf8Reader extends Reader {

    /** The text is not UTF-8 from byte {@link #position} (1 for the first byte) on. */
    static final class NotUtf8Exception extends IOException {
        final long position;

        NotUtf8Exception(long position) {
            super("byte " + position + " is not UTF-8 text");
            this.position = position;
        }
    }

    private final ByteBuffer in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private boolean flushed;
    /** The second half of a surrogate pair that did not fit, or -1. */
    private int pending = -1;

    /** Reads {@code bytes} from {@code offset} (after a byte-order mark, say). */
    Utf8Reader(byte[] bytes, int offset) {
        this.in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        int start = offset;
        if (pending >= 0) {
            buffer[offset++] = (char) pending;
            length--;
            pending = -1;
        }
        CharBuffer out = CharBuffer.wrap(buffer, offset, length);
        if (length > 0 && in.hasRemaining()) {
            CoderResult result = decoder.decode(in, out, true);
            check(result);
            if (result.isOverflow() && out.position() == start) {
                // Room for one char, and the next character is a surrogate pair: hand out half of it.
                CharBuffer pair = CharBuffer.allocate(2);
                check(decoder.decode(in, pair, true));
                pair.flip();
                buffer[start] = pair.get();
                pending = pair.hasRemaining() ? pair.get() : -1;
                return 1;
            }
        } else if (!in.hasRemaining() && !flushed) {
            check(decoder.flush(out));
            flushed = true;
        }
        int read = out.position() - start;
        return read == 0 && !in.hasRemaining() && pending < 0 ? -1 : read;
    }

    private void check(CoderResult result) throws NotUtf8Exception {
        if (result.isError()) {
            throw new NotUtf8Exception(in.position() + 1);
        }
    }

    @Override
    public void close() {
        // nothing to release
    }
}
