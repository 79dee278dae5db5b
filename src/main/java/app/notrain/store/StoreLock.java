package app.notrain.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.EnumSet;
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
    public static StoreLock acquire(Path storeFile) throws IOException, StoreLockedException {
        Path lockFile = lockFileFor(storeFile.toAbsolutePath());
        OwnerOnlyPermissions.createFolders(lockFile.getParent());
        // The real folder path, so two spellings of one store (symlinks, "..") count as one.
        Path heldKey = lockFile.getParent().toRealPath().resolve(lockFile.getFileName());
        if (!HELD_IN_THIS_JVM.add(heldKey)) {
            throw new StoreLockedException(storeFile);
        }
        FileChannel channel = null;
        boolean locked = false;
        try {
            channel = FileChannel.open(lockFile,
                    EnumSet.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE),
                    OwnerOnlyPermissions.forFile(lockFile));
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException lockedOutsideThisClass) {
                lock = null;
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
            lock.release();
        } finally {
            try {
                channel.close();
            } finally {
                HELD_IN_THIS_JVM.remove(heldKey);
            }
        }
    }
}
