package app.notrain.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * Notices that the store file was changed by someone else (a sync tool, an editor, a restored
 * copy) since this NoTrain last read or wrote it, by its content: size and modification time miss
 * an edit in place that keeps both, and a replacement by another valid store would otherwise be
 * saved over without a word.
 */
final class ExternalChangeGuard {

    private static final byte[] ABSENT = new byte[0];

    /** SHA-256 of the content last read or written, {@link #ABSENT} for no file, null when unknown. */
    private byte[] expected;

    /** What is on disk now is {@code content} (null: no file). */
    void remember(byte[] content) {
        expected = content == null ? ABSENT : digest(content);
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
        byte[] now;
        try {
            now = digest(Files.readAllBytes(file));
        } catch (NoSuchFileException deleted) {
            now = ABSENT;
        }
        return !Arrays.equals(expected, now);
    }

    private static byte[] digest(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
