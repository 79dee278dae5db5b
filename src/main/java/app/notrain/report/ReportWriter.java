package app.notrain.report;

import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a report file all at once or not at all: into a temporary file beside the target, forced to
 * disk, then moved over the target in one step. A reader never sees half a report, and a failure
 * leaves the old file (if any) as it was and no temporary file behind.
 */
public final class ReportWriter {
    private ReportWriter() {
    }

    /**
     * @throws ReportWriteException (an IOException naming {@code target}) when the folder does not
     *                              exist, is not writable, or the disk refuses the file
     */
    public static void write(ProgressReport report, ReportFormat format, Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new ReportWriteException(target, "the folder does not exist", null);
        }
        Path temp;
        try {
            // Same folder, so the final move is a rename on one file system.
            temp = Files.createTempFile(folder, "." + absolute.getFileName() + ".", ".tmp");
        } catch (IOException e) {
            throw new ReportWriteException(target, "the folder cannot be written to (" + e.getMessage() + ")", e);
        }
        try {
            try (FileOutputStream stream = new FileOutputStream(temp.toFile());
                 OutputStream out = new BufferedOutputStream(stream)) {
                format.write(report, out);
                out.flush();
                stream.getFD().sync();
            }
            move(temp, absolute);
        } catch (IOException e) {
            deleteQuietly(temp, e);
            throw new ReportWriteException(target, e.getMessage(), e);
        } catch (RuntimeException e) {
            deleteQuietly(temp, e);
            throw e;
        }
    }

    private static void deleteQuietly(Path temp, Exception failure) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException cleanup) {
            failure.addSuppressed(cleanup);
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Some network shares cannot rename atomically; a plain replace is the best they offer.
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
