package app.notrain.store;

import app.notrain.progress.ProgressData;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The user's progress on disk: opens (and locks) the store file, maps it to {@link ProgressData}
 * and back in one streaming pass each way ({@link ProgressJsonReader}, {@link ProgressJsonWriter}).
 * The one class the app and the command line use to reach the progress file. What a newer NoTrain
 * wrote and this one does not understand is kept from the load and written back at each save.
 */
public final class ProgressStore implements AutoCloseable {
    /** Version 2: colleagues' reports ({@code team}); version 1 was the first format. See docs/store-format.md. */
    public static final int SCHEMA_VERSION = 2;

    /** What each older version needs to become the current one. */
    static final List<Migration> MIGRATIONS = List.of(TeamMigration.FROM_1);
    /**
     * Version 1 files are read in one pass too, as fast and with the same words for damage: the reader
     * takes a missing {@code team} as none, which is all the migration adds. The original is still kept.
     */
    private static final int ONE_PASS_FROM = 1;

    private final StoreLock lock;
    private final StoreFile file;
    /** What the last load did not understand, to write back; loads and saves may run on different threads. */
    private volatile UnknownParts unknown = UnknownParts.NONE;

    private ProgressStore(StoreLock lock, StoreFile file) {
        this.lock = lock;
        this.file = file;
    }

    /**
     * Takes the lock on {@code path}; fails at once when another NoTrain holds it. A symbolic link
     * is resolved: its target is locked, read and replaced, and the link stays.
     *
     * @throws StorePathException   the path is not an ordinary file (checked before locking)
     * @throws StoreLockedException another NoTrain holds it
     */
    public static ProgressStore open(Path path, Clock clock) throws IOException, StoreException {
        Path target = StorePath.resolve(path);
        StoreLock lock = StoreLock.acquire(target);
        // Every check is in the one-pass reader, for migrated documents too: no separate DocumentCheck.
        return new ProgressStore(lock, new StoreFile(target, SCHEMA_VERSION, MIGRATIONS, clock,
                AtomicFile.DEFAULT_BACKUPS, document -> null, ProgressJsonReader::readMembers, ONE_PASS_FROM));
    }

    public Path path() {
        return file.file();
    }

    /** The saved progress, or {@link ProgressData#EMPTY} when there is no file yet. */
    public ProgressData load() throws IOException, StoreException {
        ProgressJsonReader.Result read = (ProgressJsonReader.Result) file.readDocument();
        if (read == null) {
            unknown = UnknownParts.NONE;
            return ProgressData.EMPTY;
        }
        unknown = read.unknown();
        return read.data();
    }

    /**
     * True when this store can be read but not changed: its file or folder is read-only, or the
     * lock could only be shared with other readers. {@link #save} then fails before writing.
     */
    public boolean readOnly() {
        return !lock.allowsWriting() || !StoreAccess.canChange(file.file());
    }

    /**
     * Writes {@code data}, with what the last {@link #load()} kept of a newer NoTrain's fields. Call it
     * off the JavaFX thread: at 100,000 accounts it takes a while.
     *
     * @throws StoreReadOnlyException the store cannot be changed (see {@link #readOnly()}); nothing was written
     */
    public void save(ProgressData data) throws IOException, StoreException {
        if (readOnly()) {
            throw new StoreReadOnlyException(file.file());
        }
        UnknownParts kept = unknown;
        file.write(() -> ProgressJsonWriter.encode(data, kept, SCHEMA_VERSION));
    }

    /**
     * Saves {@code data} over a file another program changed (see {@link StoreChangedOutsideException}),
     * keeping their version aside first.
     *
     * @return where their version was kept; empty when they had deleted the file
     */
    public Optional<Path> keepMine(ProgressData data) throws IOException, StoreException {
        if (readOnly()) {
            throw new StoreReadOnlyException(file.file());
        }
        return file.overwriteOutsideChange(ProgressJsonWriter.encode(data, unknown, SCHEMA_VERSION));
    }

    /** {@code mine} next to what is on disk now, without adopting it; for deciding which to keep. */
    public StoreComparison compareWithDisk(ProgressData mine) throws IOException {
        Object theirs;
        try {
            theirs = file.onDisk();
        } catch (StoreException unreadable) {
            return StoreComparison.of(mine, null, unreadable.getMessage());
        }
        return StoreComparison.of(mine, theirs == null ? ProgressData.EMPTY : ((ProgressJsonReader.Result) theirs).data(),
                null);
    }

    public Optional<Path> newestGoodBackup() throws IOException {
        return file.newestGoodBackup();
    }

    /** Keeps the damaged file aside and puts the backup in its place; returns where the damaged file went. */
    public Optional<Path> restoreBackup(Path backup) throws IOException, StoreException {
        if (readOnly()) {
            throw new StoreReadOnlyException(file.file());
        }
        return file.restoreBackup(backup);
    }

    @Override
    public void close() throws IOException {
        lock.close();
    }
}
