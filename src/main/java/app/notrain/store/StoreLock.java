package app.notrain.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Proof that this process alone uses a store: an OS lock on {@code <name>.lock} next to it. The
 * OS drops the lock when the process dies, so a crash never leaves the store locked. The lock
 * file is left in place on release: deleting it would let a third process lock a new file while
 * a second still holds the old one.
 */
public final class StoreLock implements AutoCloseable {

    /*
     * On POSIX, closing ANY channel to a file drops every lock this process holds on it. A second
     * attempt in this JVM must therefore be refused before opening a channel, or its clean-up
     * would silently unlock the store for other processes.
     */
    private static final Set<Path> HELD_IN_THIS_JVM = ConcurrentHashMap.newKeySet();
    // NOFOLLOW_LINKS: a link planted after the check in acquire() fails to open instead of being followed.
    private static final Set<OpenOption> FOR_WRITING = Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE,
            LinkOption.NOFOLLOW_LINKS);
    private static final Set<OpenOption> FOR_READING = Set.of(StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);

    private final Path storeFile;
    private final Path lockFile;
    private final Path heldKey;
    private final FileChannel channel;
    private final FileLock lock;
    private boolean released;

    private StoreLock(Path storeFile, Path lockFile, Path heldKey, FileChannel channel, FileLock lock) {
        this.storeFile = storeFile;
        this.lockFile = lockFile;
        this.heldKey = heldKey;
        this.channel = channel;
        this.lock = lock;
    }

    public static Path lockFileFor(Path storeFile) {
        return AtomicFile.sibling(storeFile, ".lock");
    }

    /**
     * Locks the store, creating its folder if needed.
     *
     * @throws StoreLockedException another process, or another part of this one, holds it
     */
    public static StoreLock acquire(Path storeFile) throws IOException, StoreLockedException, StorePathException {
        Path lockFile = lockFileFor(storeFile.toAbsolutePath());
        OwnerOnlyPermissions.createFolders(lockFile.getParent());
        requireOrdinaryLockFile(storeFile, lockFile);
        // The real folder path, so two spellings of one store (symlinks, "..") count as one.
        Path heldKey = lockFile.getParent().toRealPath().resolve(lockFile.getFileName());
        if (!HELD_IN_THIS_JVM.add(heldKey)) {
            throw new StoreLockedException(storeFile);
        }
        FileChannel channel = null;
        boolean locked = false;
        try {
            FileLock lock;
            try {
                if (!StoreAccess.folderMayChange(lockFile)) {
                    // Not even an administrator, who passes every check, creates files in a folder made read-only.
                    throw new AccessDeniedException(lockFile.toString());
                }
                channel = FileChannel.open(lockFile, FOR_WRITING, OwnerOnlyPermissions.forFile(lockFile));
                lock = tryLock(channel, false);
            } catch (FileSystemException cannotWrite) {
                if (!(cannotWrite instanceof AccessDeniedException) && !isReadOnlyFileSystem(cannotWrite)) {
                    throw cannotWrite;
                }
                // A read-only folder or file system: reading the store needs no write access, so
                // share the lock with other readers, or go without one where no lock file can exist
                // (then no NoTrain can write there either).
                if (!Files.exists(lockFile, LinkOption.NOFOLLOW_LINKS)) {
                    locked = true;
                    return new StoreLock(storeFile, lockFile, heldKey, null, null);
                }
                channel = FileChannel.open(lockFile, FOR_READING);
                lock = tryLock(channel, true);
            }
            if (lock == null) {
                throw new StoreLockedException(storeFile);
            }
            locked = true;
            return new StoreLock(storeFile, lockFile, heldKey, channel, lock);
        } finally {
            if (!locked) {
                try {
                    if (channel != null) {
                        channel.close();
                    }
                } finally {
                    HELD_IN_THIS_JVM.remove(heldKey);
                }
            }
        }
    }

    private static FileLock tryLock(FileChannel channel, boolean shared) throws IOException {
        try {
            return channel.tryLock(0, Long.MAX_VALUE, shared);
        } catch (OverlappingFileLockException lockedOutsideThisClass) {
            return null;
        }
    }

    private static boolean isReadOnlyFileSystem(FileSystemException e) {
        return e.getReason() != null && e.getReason().toLowerCase(java.util.Locale.ROOT).contains("read-only");
    }

    /**
     * True when this lock keeps writers out, so this process may write; false when it was taken
     * for reading only (a read-only folder or file system), shared with other readers.
     */
    public boolean allowsWriting() {
        return lock != null && !lock.isShared();
    }

    /**
     * A planted link would make NoTrain create or truncate-lock a file of the planter's choosing,
     * and a pipe would block the open forever: neither is ever followed.
     */
    private static void requireOrdinaryLockFile(Path storeFile, Path lockFile) throws IOException, StorePathException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(lockFile, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException none) {
            return;
        }
        if (!attributes.isRegularFile()) {
            throw new StorePathException(storeFile, StorePathException.Reason.LOCK_NOT_A_FILE, lockFile);
        }
    }

    public Path storeFile() {
        return storeFile;
    }

    public Path lockFile() {
        return lockFile;
    }

    @Override
    public synchronized void close() throws IOException {
        if (released) {
            return;
        }
        released = true;
        try {
            if (lock != null) {
                lock.release();
            }
        } finally {
            try {
                if (channel != null) {
                    channel.close();
                }
            } finally {
                HELD_IN_THIS_JVM.remove(heldKey);
            }
        }
    }
}
