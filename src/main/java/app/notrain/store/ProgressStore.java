package app.notrain.store;

import app.notrain.catalog.CatalogJson;
import app.notrain.progress.Account;
import app.notrain.progress.ProgressData;
import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
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

    /** Takes the lock on {@code path}; fails at once when another NoTrain holds it. */
    public static ProgressStore open(Path path, Clock clock) throws IOException, StoreLockedException {
        StoreLock lock = StoreLock.acquire(path);
        return new ProgressStore(lock, new StoreFile(path, SCHEMA_VERSION, List.of(), clock,
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

    public void save(ProgressData data) throws IOException, StoreException {
        file.write(GSON.toJsonTree(data).getAsJsonObject());
    }

    public Optional<Path> newestGoodBackup() throws IOException {
        return file.newestGoodBackup();
    }

    /** Keeps the damaged file aside and puts the backup in its place; returns where the damaged file went. */
    public Optional<Path> restoreBackup(Path backup) throws IOException, StoreException {
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
        for (Account account : data.accounts()) {
            if (account == null || account.id() == null || account.platformId() == null || account.label() == null) {
                return "an account has no id, platform or label";
            }
        }
        return null;
    }
}
