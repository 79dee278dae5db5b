package app.notrain.store;

import app.notrain.catalog.CatalogJson;
import app.notrain.catalog.Catalog;
import app.notrain.catalog.CatalogValidator;
import app.notrain.progress.Account;
import app.notrain.progress.Change;
import app.notrain.progress.Letter;
import app.notrain.progress.StepRecord;
import app.notrain.progress.ProgressData;
import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The user's progress on disk: opens (and locks) the store file, maps it to {@link ProgressData}
 * and back. The one class the app and the command line use to reach the progress file.
 */
public final class ProgressStore implements AutoCloseable {
    /** Version 1: the first format, see docs/store-format.md. */
    public static final int SCHEMA_VERSION = 1;
    private static final Gson GSON = CatalogJson.builder()
            .registerTypeAdapter(Instant.class, CatalogJson.stringAdapter(Instant::parse).nullSafe())
            .create();

    private final StoreLock lock;
    private final StoreFile file;

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
        return new ProgressStore(lock, new StoreFile(target, SCHEMA_VERSION, List.of(), clock,
                AtomicFile.DEFAULT_BACKUPS, ProgressStore::problemIn));
    }

    public Path path() {
        return file.file();
    }

    /** The saved progress, or {@link ProgressData#EMPTY} when there is no file yet. */
    public ProgressData load() throws IOException, StoreException {
        JsonObject document = file.read();
        if (document == null) {
            return ProgressData.EMPTY;
        }
        // StoreFile ran problemIn() on this document already: it maps.
        return GSON.fromJson(document, ProgressData.class);
    }

    /**
     * True when this store can be read but not changed: its file or folder is read-only, or the
     * lock could only be shared with other readers. {@link #save} then fails before writing.
     */
    public boolean readOnly() {
        return !lock.allowsWriting() || !StoreAccess.canChange(file.file());
    }

    /** @throws StoreReadOnlyException the store cannot be changed (see {@link #readOnly()}); nothing was written */
    public void save(ProgressData data) throws IOException, StoreException {
        if (readOnly()) {
            throw new StoreReadOnlyException(file.file());
        }
        file.write(GSON.toJsonTree(data).getAsJsonObject());
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
        return file.overwriteOutsideChange(GSON.toJsonTree(data).getAsJsonObject());
    }

    /** {@code mine} next to what is on disk now, without adopting it; for deciding which to keep. */
    public StoreComparison compareWithDisk(ProgressData mine) throws IOException {
        JsonObject theirs;
        try {
            theirs = file.onDisk();
        } catch (StoreException unreadable) {
            return StoreComparison.of(mine, null, unreadable.getMessage());
        }
        return StoreComparison.of(mine, theirs == null ? ProgressData.EMPTY : GSON.fromJson(theirs, ProgressData.class),
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

    /** Gson wraps causes as "java.lang.IllegalStateException: Expected …"; the user needs only the second half. */
    private static String withoutExceptionName(String message) {
        return message == null ? "" : message.replaceFirst("^[\\w.$]+(Exception|Error): ", "");
    }

    /** What a well-formed JSON file may still get wrong; null when nothing. */
    private static String problemIn(JsonObject document) {
        ProgressData data;
        try {
            data = GSON.fromJson(document, ProgressData.class);
        } catch (JsonParseException | IllegalArgumentException | NullPointerException e) {
            return "a field has the wrong type (" + withoutExceptionName(e.getMessage()) + ")";
        }
        if (data.profile() == null || data.accounts() == null || data.steps() == null || data.history() == null) {
            return "profile, accounts, steps or history is missing";
        }
        if (data.profile().region() == null || data.profile().use() == null) {
            return "the profile has no known region or use";
        }
        for (Account account : data.accounts()) {
            if (account == null || account.id() == null || account.platformId() == null || account.label() == null) {
                return "an account has no id, platform or label";
            }
        }
        for (Map.Entry<String, Map<String, StepRecord>> account : data.steps().entrySet()) {
            if (account.getValue() == null) {
                return "the steps of account " + account.getKey() + " are missing";
            }
            for (Map.Entry<String, StepRecord> step : account.getValue().entrySet()) {
                if (!wellFormed(step.getValue())) {
                    return "step " + step.getKey() + " of account " + account.getKey()
                            + " has no known status or no date";
                }
            }
        }
        for (Change change : data.history()) {
            if (change == null || change.kind() == null || change.at() == null
                    || !wellFormedOrAbsent(change.before()) || !wellFormedOrAbsent(change.after())) {
                return "an entry of the history has no known kind, no date, or a step without status";
            }
        }
        if (data.letters() != null) {
            for (Letter letter : data.letters()) {
                if (letter == null || letter.accountId() == null || letter.kind() == null || letter.sentOn() == null
                        || letter.text() == null) {
                    return "a letter has no account, no known kind, no date sent or no text";
                }
            }
        }
        if (data.customPlatforms() != null && !data.customPlatforms().isEmpty()) {
            List<String> problems = CatalogValidator.validate(new Catalog("2000.01.01", data.customPlatforms()));
            if (!problems.isEmpty()) {
                return "a platform of your own is not valid (" + problems.get(0) + ")";
            }
        }
        return null;
    }

    private static boolean wellFormed(StepRecord record) {
        return record != null && record.status() != null && record.changedAt() != null;
    }

    private static boolean wellFormedOrAbsent(StepRecord record) {
        return record == null || wellFormed(record);
    }
}
