package app.notrain.store;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Objects;
import java.util.Set;

/**
 * Keeps the file about to be replaced as backup {@code .1}, moving older backups up by one, so
 * that no older backup is ever lost to keep a newer one:
 * <ul>
 *   <li>each move is a copy (a hard link under a temp name, renamed over the next slot), so a
 *       kill at any moment leaves at worst one backup twice, never a gap;</li>
 *   <li>backups move up only as far as the first free slot: a gap, or a slot holding the same
 *       file as the one below (what a killed rotation leaves), is filled before the oldest
 *       backup is dropped;</li>
 *   <li>a slot that is not an ordinary file (a folder, a link) stops the save before anything
 *       moves, with a message naming it, instead of losing the backups behind it;</li>
 *   <li>backups are owner-only, even when the file they keep was not (a restored 0644 copy).</li>
 * </ul>
 */
final class BackupRotation {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final int backupsToKeep;

    BackupRotation(int backupsToKeep) {
        this.backupsToKeep = backupsToKeep;
    }

    /** Makes the current content of {@code target} (an ordinary file) backup {@code .1}. */
    void rotate(Path target) throws IOException {
        if (backupsToKeep == 0) {
            return;
        }
        Slot[] slots = new Slot[backupsToKeep + 1];
        for (int n = 1; n <= backupsToKeep; n++) {
            slots[n] = Slot.of(AtomicFile.backupOf(target, n));
        }
        int free = firstFreeSlot(slots);
        for (int n = 1; n <= free; n++) {
            if (slots[n].blocked()) {
                throw new FileSystemException(slots[n].path().toString(), null, "the backup "
                        + slots[n].path() + " is not an ordinary file (a folder or a link?); move it away so"
                        + " NoTrain can keep its backups. Nothing was saved, nothing was lost");
            }
        }
        for (int n = free - 1; n >= 1; n--) {
            Path older = slots[n].path();
            if (slots[n].shared()) {
                Files.setPosixFilePermissions(older, OWNER_ONLY); // our own backup, made private
            }
            copyOver(older, slots[n + 1].path(), false);
        }
        copyOver(target, slots[1].path(), Slot.of(target).shared());
    }

    /**
     * The slot the backups move up into: the first missing one, or the first holding the same
     * file as the slot below it (a copy left by a killed rotation), else the last (the oldest
     * backup is dropped).
     */
    private int firstFreeSlot(Slot[] slots) {
        for (int n = 1; n <= backupsToKeep; n++) {
            if (slots[n].missing()) {
                return n;
            }
            if (n >= 2 && slots[n].sameFileAs(slots[n - 1])) {
                return n;
            }
        }
        return backupsToKeep;
    }

    /**
     * Makes {@code destination} a copy of {@code source}, replacing it in one rename. A hard link
     * when possible; a new owner-only file when {@code source} is readable by others or the file
     * system has no hard links.
     */
    private static void copyOver(Path source, Path destination, boolean sourceSharedWithOthers) throws IOException {
        Path staged = AtomicFile.tempFor(destination);
        boolean moved = false;
        try {
            if (sourceSharedWithOthers) {
                AtomicFile.writeNewFile(staged, Files.readAllBytes(source));
            } else {
                try {
                    Files.createLink(staged, source);
                } catch (IOException | UnsupportedOperationException noHardLinks) {
                    AtomicFile.writeNewFile(staged, Files.readAllBytes(source));
                }
            }
            Files.move(staged, destination, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            moved = true;
        } finally {
            if (!moved) {
                AtomicFile.deleteQuietly(staged);
            }
        }
    }

    /** One backup slot as found before rotating. */
    private record Slot(Path path, boolean missing, boolean blocked, boolean shared, Object fileKey) {

        static Slot of(Path path) throws IOException {
            BasicFileAttributes attributes;
            boolean posix = path.getFileSystem().supportedFileAttributeViews().contains("posix");
            try {
                attributes = posix
                        ? Files.readAttributes(path, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
                        : Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (NoSuchFileException none) {
                return new Slot(path, true, false, false, null);
            }
            boolean shared = attributes instanceof PosixFileAttributes posixAttributes
                    && !OWNER_ONLY.containsAll(posixAttributes.permissions());
            return new Slot(path, false, !attributes.isRegularFile(), shared, attributes.fileKey());
        }

        boolean sameFileAs(Slot other) {
            return fileKey != null && !other.missing() && Objects.equals(fileKey, other.fileKey());
        }
    }
}
