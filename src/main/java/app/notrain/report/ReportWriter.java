package app.notrain.report;

import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Writes a report file all at once or not at all: into a temporary file beside the target, forced to
 * disk, then moved over the target in one step. A reader never sees half a report, and a failure
 * leaves the old file (if any) as it was and no temporary file behind.
 *
 * <p>A write that was killed (power cut, {@code kill -9}) cannot clean up after itself: its hidden
 * temporary file ({@code .report.pdf.123456.tmp}) stays beside the target. The next write of the
 * same target removes such files, but only those no writer is still using: a writer holds a lock on
 * its temporary file until the file is complete, and the lock dies with its process, so a file
 * that can be locked belongs to a dead write. Temporary files of writes in this process are known
 * without opening them (closing a second handle on a file would drop this process's lock on it).
 */
public final class ReportWriter {
    /** The temporary files of the writes running in this process. */
    private static final Set<Path> WRITING = ConcurrentHashMap.newKeySet();

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
        removeAbandonedTemporaryFiles(absolute);
        Path temp;
        try {
            // Same folder, so the final move is a rename on one file system.
            temp = Files.createTempFile(folder, temporaryPrefix(absolute), ".tmp");
        } catch (IOException e) {
            throw new ReportWriteException(target, "the folder cannot be written to (" + e.getMessage() + ")", e);
        }
        WRITING.add(temp);
        try {
            try (FileOutputStream stream = new FileOutputStream(temp.toFile())) {
                lock(stream.getChannel());          // held until the stream is closed
                OutputStream out = new BufferedOutputStream(stream);
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
        } finally {
            WRITING.remove(temp);
        }
    }

    /** Where the file system has no locks (some network shares) the write goes on without one. */
    private static void lock(FileChannel channel) {
        try {
            channel.tryLock();
        } catch (IOException | OverlappingFileLockException e) {
            // unlocked: another process's next write may take the file for abandoned, and fail this one
        }
    }

    static String temporaryPrefix(Path target) {
        return "." + target.getFileName() + ".";
    }

    /**
     * Deletes the temporary files a killed write of {@code target} left: regular files named like
     * ours, not written by this process, that no other process holds locked. Best effort: a file
     * that cannot be checked or deleted is left for next time, and never stops this write.
     */
    static void removeAbandonedTemporaryFiles(Path target) {
        Pattern ours = Pattern.compile(Pattern.quote(temporaryPrefix(target)) + "-?\\d+\\.tmp");
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(target.getParent(),
                entry -> ours.matcher(entry.getFileName().toString()).matches())) {
            for (Path entry : entries) {
                if (!WRITING.contains(entry) && Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)
                        && abandoned(entry)) {
                    Files.deleteIfExists(entry);
                }
            }
        } catch (IOException | RuntimeException e) {
            // Left for the next write: an unlistable folder fails the write itself, with its reason.
        }
    }

    /** True when no process holds the file's lock, so its writer is gone. */
    private static boolean abandoned(Path temp) {
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return false;
            }
            lock.release();
            return true;
        } catch (IOException | OverlappingFileLockException e) {
            return false;
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
