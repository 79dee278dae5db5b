package app.notrain.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.EnumSet;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Replaces a file so that a crash at any moment leaves either the old or the new content, and
 * keeps the last few versions as {@code <name>.1} (newest) to {@code <name>.N} (see {@link BackupRotation}).
 *
 * <p>Knows bytes only. Whether the current file is worth keeping as a backup is the caller's
 * business: {@link StoreFile} never calls {@link #write} over a file it has not checked to be a
 * good store, so rotating unconditionally here never lets a damaged file push good backups out.
 */
public final class AtomicFile {

    public static final int DEFAULT_BACKUPS = 5;
    private static final String TEMP_SUFFIX = ".tmp";

    private final int backupsToKeep;
    private final BackupRotation rotation;

    public AtomicFile() {
        this(DEFAULT_BACKUPS);
    }

    public AtomicFile(int backupsToKeep) {
        if (backupsToKeep < 0) {
            throw new IllegalArgumentException("backupsToKeep must be 0 or more: " + backupsToKeep);
        }
        this.backupsToKeep = backupsToKeep;
        this.rotation = new BackupRotation(backupsToKeep);
    }

    public int backupsToKeep() {
        return backupsToKeep;
    }

    /** {@code <name>.n}, next to the target; {@code n = 1} is the newest. */
    public static Path backupOf(Path target, int n) {
        return sibling(target, "." + n);
    }

    /** Writes {@code content} to {@code target}; the file it replaces becomes backup {@code .1}. */
    public void write(Path target, byte[] content) throws IOException {
        replace(target, content, true);
    }

    /**
     * Writes {@code content} to {@code target} without touching the backups: for restoring one of
     * them, where rotating would push the good backups out to make room for a damaged file.
     */
    public void writeWithoutRotating(Path target, byte[] content) throws IOException {
        replace(target, content, false);
    }

    /**
     * Makes {@code newFile} a durable copy of {@code source}, refusing to replace anything: for
     * files kept forever. A hard link when the file system has them (instant, and safe because
     * this class only ever replaces files by renaming, never by writing into them).
     */
    public static void copyToNew(Path source, Path newFile) throws IOException {
        try {
            Files.createLink(newFile, source);
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (IOException | UnsupportedOperationException noHardLinks) {
            byte[] content = Files.readAllBytes(source);
            Path temp = writeTemp(newFile, content);
            boolean moved = false;
            try {
                // No REPLACE_EXISTING and no ATOMIC_MOVE (which may replace silently): an existing
                // file makes this fail instead of being overwritten.
                Files.move(temp, newFile);
                moved = true;
            } finally {
                if (!moved) {
                    Files.deleteIfExists(temp);
                }
            }
        }
        forceFolder(newFile.toAbsolutePath().getParent());
    }

    /**
     * Deletes temp files a killed writer left next to {@code target}. Only safe while holding the
     * {@link StoreLock}: another live writer's temp file would otherwise be pulled from under it.
     */
    public static void deleteLeftoverTemps(Path target) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        if (!Files.isDirectory(folder)) {
            return;
        }
        String prefix = tempPrefix(target);
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(folder, p -> {
            String name = p.getFileName().toString();
            return name.startsWith(prefix) && name.endsWith(TEMP_SUFFIX);
        })) {
            for (Path leftover : leftovers) {
                Files.deleteIfExists(leftover);
            }
        }
    }

    private void replace(Path target, byte[] content, boolean rotate) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        OwnerOnlyPermissions.createFolders(folder);
        Path temp = writeTemp(absolute, content);
        boolean moved = false;
        try {
            if (rotate && Files.isRegularFile(absolute, LinkOption.NOFOLLOW_LINKS)) {
                rotation.rotate(absolute);
            }
            Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            moved = true;
        } finally {
            if (!moved) {
                deleteQuietly(temp);
            }
        }
        forceFolder(folder);
    }

    /** A new owner-only temp file next to {@code target}, holding {@code content} durably. */
    private static Path writeTemp(Path target, byte[] content) throws IOException {
        Path temp = tempFor(target);
        writeNewFile(temp, content);
        return temp;
    }

    /** Creates {@code newFile} (owner-only from the start) or fails; never leaves a partial file. */
    static void writeNewFile(Path newFile, byte[] content) throws IOException {
        FileChannel channel = FileChannel.open(newFile,
                EnumSet.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                OwnerOnlyPermissions.forFile(newFile));
        boolean written = false;
        try (channel) {
            ByteBuffer buffer = ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            // Data on disk before the rename publishes it; otherwise a power cut can leave an
            // empty file under the final name.
            channel.force(true);
            written = true;
        } finally {
            if (!written) {
                deleteQuietly(newFile);
            }
        }
    }

    /** Makes the rename itself durable. */
    private static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException unsupported) {
            // Windows cannot open a folder as a channel and some file systems refuse to sync one.
            // The rename is still atomic there; only its durability across a power cut is weaker.
        }
    }

    static Path tempFor(Path target) {
        Path absolute = target.toAbsolutePath();
        String random = Long.toHexString(ThreadLocalRandom.current().nextLong());
        return absolute.resolveSibling(tempPrefix(absolute) + random + TEMP_SUFFIX);
    }

    /** Hidden, and recognisable for {@link #deleteLeftoverTemps}. */
    private static String tempPrefix(Path target) {
        return "." + target.getFileName() + ".";
    }

    static Path sibling(Path file, String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }

    static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // The original failure matters more; deleteLeftoverTemps removes it next time.
        }
    }
}
