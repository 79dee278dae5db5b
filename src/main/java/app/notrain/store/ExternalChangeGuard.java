package app.notrain.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * Notices that the store file was changed by someone else (a sync tool, an editor, a restored
 * copy) since this NoTrain last read or wrote it, by its content: size and modification time miss
 * an edit in place that keeps both, and a replacement by another valid store would otherwise be
 * saved over without a word.
 *
 * <p>The content is summed by its length and two different 32-bit CRCs (CRC-32C and CRC-32): the
 * guard is against accidents, not an adversary (who could write the file anyway), and an accidental
 * change that keeps the length and both sums is a chance of about one in 2^64. Both sums run at
 * memory speed even before the JIT has compiled anything; SHA-256 took about 200 ms on a 25 MB store
 * the first times it ran in a session (at load, before the first save and after it).
 */
final class ExternalChangeGuard {

    private static final Sum ABSENT = new Sum(-1, 0, 0);

    /** What is summed of a file's content. */
    private record Sum(long length, long crc32c, long crc32) {
        static Sum of(byte[] content) {
            CRC32C c = new CRC32C();
            c.update(content, 0, content.length);
            CRC32 d = new CRC32();
            d.update(content, 0, content.length);
            return new Sum(content.length, c.getValue(), d.getValue());
        }
    }

    /** The sum of the content last read or written, {@link #ABSENT} for no file, null when unknown. */
    private Sum expected;

    /** What is on disk now is {@code content} (null: no file). */
    void remember(byte[] content) {
        expected = content == null ? ABSENT : Sum.of(content);
    }

    /** Nothing is known about the file any more (it is about to be read again). */
    void forget() {
        expected = null;
    }

    boolean known() {
        return expected != null;
    }

    /** True when {@code file} no longer holds what was last read or written; false when nothing is known. */
    boolean changed(Path file) throws IOException {
        if (expected == null) {
            return false;
        }
        Sum now;
        try {
            now = Sum.of(Files.readAllBytes(file));
        } catch (NoSuchFileException deleted) {
            now = ABSENT;
        }
        return !expected.equals(now);
    }
}
