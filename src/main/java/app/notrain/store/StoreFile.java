package app.notrain.store;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The progress store on disk: one JSON document, versioned, backed up, and never overwritten
 * unless it was checked to be a good store. Callers hold the {@link StoreLock} while using it.
 *
 * <p>Reading never changes anything on disk, so a damaged or newer file stays byte-identical
 * until the user chooses what to do ({@link #quarantineDamaged()}, {@link #restoreBackup}).
 */
public final class StoreFile {

    private static final DateTimeFormatter QUARANTINE_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path file;
    private final int currentVersion;
    private final int oldestVersion;
    private final List<Migration> migrations;
    private final Clock clock;
    private final AtomicFile atomicFile;
    private final DocumentCheck documentCheck;
    /** Reads current-version documents in one pass; null: documents are JSON trees. */
    private final DocumentReader documentReader;
    /** The oldest version {@link #documentReader} also reads in one pass (its migrations only add what it defaults). */
    private final int oldestReadInOnePass;

    /** Why the file on disk must not be overwritten, as last found; null when it may be. */
    private StoreException refusal;
    /** The file as last checked or written (null: not checked yet); guards every write. */
    private Fingerprint checked;
    /** An older-format file is on disk: keep it as {@code .v<N>.bak} before the first write. */
    private int versionToKeepBeforeWriting;
    private boolean leftoversCleared;
    /** The content last read or written, to notice another program's change before saving over it. */
    private final ExternalChangeGuard guard = new ExternalChangeGuard();
    /** Another program changed the file: no save until it is read again or {@link #overwriteOutsideChange}. */
    private boolean changedOutside;

    public StoreFile(Path file, int currentSchemaVersion, List<Migration> migrations, Clock clock) {
        this(file, currentSchemaVersion, migrations, clock, AtomicFile.DEFAULT_BACKUPS);
    }

    public StoreFile(Path file, int currentSchemaVersion, List<Migration> migrations, Clock clock, int backupsToKeep) {
        this(file, currentSchemaVersion, migrations, clock, backupsToKeep, document -> null);
    }

    /**
     * @param documentCheck what a well-formed document of the current version must also satisfy
     *                      (its fields have the right types); a document that fails it counts as
     *                      damaged, for the store and its backups alike
     */
    public StoreFile(Path file, int currentSchemaVersion, List<Migration> migrations, Clock clock, int backupsToKeep,
                     DocumentCheck documentCheck) {
        this(file, currentSchemaVersion, migrations, clock, backupsToKeep, documentCheck, null);
    }

    /**
     * @param documentReader reads (and checks) a document of the current version in one pass; what
     *                       it returns is what {@link #readDocument()} gives
     */
    StoreFile(Path file, int currentSchemaVersion, List<Migration> migrations, Clock clock, int backupsToKeep,
              DocumentCheck documentCheck, DocumentReader documentReader) {
        this(file, currentSchemaVersion, migrations, clock, backupsToKeep, documentCheck, documentReader,
                currentSchemaVersion);
    }

    /**
     * @param oldestReadInOnePass the oldest version {@code documentReader} reads as it is, without its
     *                            migrations: they only add what the reader takes as absent (an empty list)
     */
    StoreFile(Path file, int currentSchemaVersion, List<Migration> migrations, Clock clock, int backupsToKeep,
              DocumentCheck documentCheck, DocumentReader documentReader, int oldestReadInOnePass) {
        if (currentSchemaVersion < 1) {
            throw new IllegalArgumentException("schema versions start at 1: " + currentSchemaVersion);
        }
        this.file = file.toAbsolutePath();
        this.currentVersion = currentSchemaVersion;
        this.migrations = chain(migrations, currentSchemaVersion);
        this.oldestVersion = currentSchemaVersion - this.migrations.size();
        this.clock = Objects.requireNonNull(clock, "clock");
        this.atomicFile = new AtomicFile(backupsToKeep);
        this.documentCheck = Objects.requireNonNull(documentCheck, "documentCheck");
        this.documentReader = documentReader;
        this.oldestReadInOnePass = Math.max(oldestReadInOnePass, oldestVersion);
    }

    public Path file() {
        return file;
    }

    /**
     * The document, migrated to the current version; null when there is no store yet.
     *
     * @throws StoreDamagedException the file is not a store this NoTrain can read
     * @throws StoreTooNewException  a newer NoTrain wrote it
     */
    public synchronized JsonObject read() throws IOException, StoreException {
        return (JsonObject) readDocument();
    }

    /** As {@link #read()}, the document being what the {@link DocumentReader} made of it when there is one. */
    synchronized Object readDocument() throws IOException, StoreException {
        Examined found = examine(file);
        remember(found);
        if (found.problem() != null) {
            throw found.problem();
        }
        return found.document();
    }

    /**
     * Saves {@code document} (not modified) with the current {@code schemaVersion}.
     *
     * @throws IllegalStateException the last {@link #read()} found the file damaged or too new
     * @throws StoreException        the file changed on disk since it was checked and is no
     *                               longer a good store; it is left as it is
     */
    public synchronized void write(JsonObject document) throws IOException, StoreException {
        Objects.requireNonNull(document, "document");
        write(() -> StoreFormat.encode(document, currentVersion));
    }

    /** Saves the bytes {@code content} makes (a whole store of the current version), as {@link #write(JsonObject)}. */
    synchronized void write(java.util.function.Supplier<byte[]> content) throws IOException, StoreException {
        if (refusal != null) {
            throw new IllegalStateException("Refusing to write " + file + " because it could not be read ("
                    + refusal.getMessage() + "). Move it aside or restore a backup first.", refusal);
        }
        if (changedOutside) {
            throw new StoreChangedOutsideException(file);
        }
        if (guard.changed(file)) {
            Examined found = examine(file);
            if (found.problem() != null) {
                remember(found);
                throw found.problem();
            }
            changedOutside = true; // theirs is not remembered: every save stops until the user chooses
            throw new StoreChangedOutsideException(file);
        }
        // Someone (an editor, a sync tool) may have replaced the file since we looked: check again
        // rather than destroy what they put there.
        if (checked == null || !Fingerprint.of(file).equals(checked)) {
            Examined found = examine(file);
            remember(found);
            if (found.problem() != null) {
                throw found.problem();
            }
        }
        byte[] bytes = content.get(); // may fail: before touching disk
        if (versionToKeepBeforeWriting != 0) {
            keepOriginal(versionToKeepBeforeWriting);
        }
        if (!leftoversCleared) {
            AtomicFile.deleteLeftoverTemps(file);
            leftoversCleared = true;
        }
        atomicFile.write(file, bytes);
        checked = Fingerprint.of(file);
        guard.remember(bytes);
        versionToKeepBeforeWriting = 0;
    }

    /**
     * The file as it is on disk now, migrated, without adopting it: for comparing another
     * program's version with one's own. Null when there is no file.
     */
    public synchronized Object onDisk() throws IOException, StoreException {
        Examined found = examine(file);
        if (found.problem() != null) {
            throw found.problem();
        }
        return found.document();
    }

    /**
     * Saves {@code document} over a file another program changed, keeping theirs first as
     * {@code <name>.theirs-<yyyyMMdd-HHmmss>} (and as backup {@code .1} when it is a good store).
     *
     * @return where their version was kept; empty when they had deleted the file
     */
    public synchronized Optional<Path> overwriteOutsideChange(byte[] content) throws IOException, StoreException {
        Examined theirs = examine(file);
        if (theirs.problem() instanceof StorePathException notAFile) {
            throw notAFile;
        }
        Optional<Path> kept = theirs.missingFile() ? Optional.empty() : Optional.of(keepAside(".theirs-"));
        if (theirs.document() != null) {
            atomicFile.write(file, content);
        } else {
            atomicFile.writeWithoutRotating(file, content); // a damaged file never pushes good backups out
        }
        checked = Fingerprint.of(file);
        guard.remember(content);
        refusal = null;
        changedOutside = false;
        versionToKeepBeforeWriting = 0;
        return kept;
    }

    /** The newest of {@code .1}, {@code .2}, … that this NoTrain can read. */
    public synchronized Optional<Path> newestGoodBackup() throws IOException {
        for (int n = 1; n <= atomicFile.backupsToKeep(); n++) {
            Path backup = AtomicFile.backupOf(file, n);
            Examined found = examine(backup);
            if (found.document() != null) {
                return Optional.of(backup);
            }
        }
        return Optional.empty();
    }

    /**
     * Moves the damaged store aside to {@code <name>.damaged-<yyyyMMdd-HHmmss>} so a new one can
     * be started. Nothing is deleted or overwritten.
     *
     * @return where the damaged file now is
     * @throws IllegalStateException the file is missing, readable, or only too new
     */
    public synchronized Path quarantineDamaged() throws IOException {
        requireDamaged(examine(file), "moved aside");
        Path aside = moveAside();
        refusal = null;
        checked = Fingerprint.ABSENT;
        guard.remember(null);
        changedOutside = false;
        versionToKeepBeforeWriting = 0;
        return aside;
    }

    /**
     * Puts a copy of {@code backup} in place of the damaged (or missing) store, keeping the
     * damaged file aside as {@link #quarantineDamaged()} would. Call {@link #read()} afterwards.
     *
     * @return where the damaged file was kept, if there was one
     * @throws StoreException        the backup itself cannot be read by this NoTrain
     * @throws IllegalStateException the store is readable or only too new
     */
    public synchronized Optional<Path> restoreBackup(Path backup) throws IOException, StoreException {
        Examined candidate = examine(backup);
        if (candidate.missingFile()) {
            throw new NoSuchFileException(backup.toString());
        }
        if (candidate.problem() != null) {
            throw candidate.problem();
        }
        Examined current = examine(file);
        Optional<Path> aside = Optional.empty();
        if (!current.missingFile()) {
            requireDamaged(current, "replaced by a backup");
            // A link, not a move: the store name must never be missing, or a crash here would
            // start an empty store that soon pushes the good backups out.
            aside = Optional.of(keepAside(".damaged-"));
        }
        atomicFile.writeWithoutRotating(file, candidate.bytes());
        refusal = null;
        checked = null;
        guard.remember(candidate.bytes());
        changedOutside = false;
        versionToKeepBeforeWriting = 0;
        return aside;
    }

    private void requireDamaged(Examined found, String action) {
        if (!(found.problem() instanceof StoreDamagedException)) {
            String state = found.missingFile() ? "does not exist"
                    : found.problem() != null ? "was written by a newer NoTrain" : "is not damaged";
            throw new IllegalStateException(file + " " + state + "; only a damaged store is " + action + ".");
        }
    }

    private Examined examine(Path path) throws IOException {
        Fingerprint fingerprint;
        byte[] bytes;
        try {
            // Attributes first: if the file is replaced in between, the next write sees a
            // mismatch and checks again, which is the safe direction.
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            fingerprint = Fingerprint.of(attributes);
            if (!attributes.isRegularFile()) {
                // Replaced by a pipe or a device since it was opened: reading would hang or fill the memory.
                return new Examined(fingerprint, new byte[0], null, 0, notAFile(path, attributes));
            }
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            return Examined.missing();
        }
        try {
            return decode(path, fingerprint, bytes);
        } catch (StoreException problem) {
            return new Examined(fingerprint, bytes, null, 0, problem);
        } catch (OutOfMemoryError e) {
            // A valid file too big for this heap is not damage: no "not valid JSON", no backup offered.
            throw new StoreTooLargeException(path, bytes.length);
        }
    }

    private static StorePathException notAFile(Path path, BasicFileAttributes attributes) {
        try {
            StorePath.requireOrdinaryFile(path, path, attributes);
            throw new IllegalArgumentException("an ordinary file: " + path);
        } catch (StorePathException refused) {
            return refused;
        }
    }

    private Examined decode(Path path, Fingerprint fingerprint, byte[] bytes) throws StoreException {
        if (documentReader != null) {
            StoreFormat.Streamed streamed = StoreFormat.readCurrent(path, bytes, oldestReadInOnePass, currentVersion,
                    documentReader);
            if (streamed != null) {
                return new Examined(fingerprint, bytes, streamed.document(), streamed.version(), null);
            }
        }
        JsonObject document = StoreFormat.parse(path, bytes);
        int version = StoreFormat.schemaVersion(path, document);
        if (version > currentVersion) {
            throw new StoreTooNewException(path, version, currentVersion);
        }
        if (version < oldestVersion) {
            throw new StoreDamagedException(path, "format version " + version
                    + " is not one this NoTrain can read (oldest: " + oldestVersion + ")");
        }
        JsonObject migrated = migrate(path, document, version);
        String problem = documentCheck.problemIn(migrated);
        if (problem != null) {
            throw new StoreDamagedException(path, problem);
        }
        Object read = documentReader == null ? migrated : StoreFormat.readTree(path, migrated, documentReader);
        return new Examined(fingerprint, bytes, read, version, null);
    }

    private JsonObject migrate(Path path, JsonObject document, int version) throws StoreDamagedException {
        JsonObject migrated = document;
        for (Migration migration : migrations) {
            if (migration.from() < version) {
                continue;
            }
            try {
                migrated = Objects.requireNonNull(migration.apply(migrated), "the migration returned nothing");
            } catch (RuntimeException e) {
                // The content does not have the shape its version promises.
                throw new StoreDamagedException(path, "it could not be upgraded from format version "
                        + migration.from() + " (" + e.getMessage() + ")");
            }
            migrated.addProperty(StoreFormat.VERSION_FIELD, migration.from() + 1);
        }
        return migrated;
    }

    private void remember(Examined found) {
        checked = found.fingerprint();
        guard.remember(found.bytes());
        changedOutside = false;
        refusal = found.problem();
        boolean olderFormatOnDisk = found.document() != null && found.version() < currentVersion;
        versionToKeepBeforeWriting = olderFormatOnDisk ? found.version() : 0;
    }

    /** {@code <name>.v<N>.bak}, kept forever; an identical copy from an interrupted save counts. */
    private void keepOriginal(int version) throws IOException {
        for (int n = 1; ; n++) {
            Path keep = AtomicFile.sibling(file, ".v" + version + (n == 1 ? "" : "-" + n) + ".bak");
            if (Files.exists(keep) && Files.mismatch(keep, file) == -1) {
                return;
            }
            try {
                AtomicFile.copyToNew(file, keep);
                return;
            } catch (FileAlreadyExistsException takenByAnOlderMigration) {
                // try the next name
            }
        }
    }

    private Path moveAside() throws IOException {
        for (int n = 1; ; n++) {
            Path aside = quarantineName(n);
            try {
                // No REPLACE_EXISTING: an earlier quarantined file is never overwritten.
                Files.move(file, aside);
                return aside;
            } catch (FileAlreadyExistsException taken) {
                // try the next name
            }
        }
    }

    private Path keepAside(String label) throws IOException {
        for (int n = 1; ; n++) {
            Path aside = asideName(label, n);
            try {
                AtomicFile.copyToNew(file, aside);
                return aside;
            } catch (FileAlreadyExistsException taken) {
                // try the next name
            }
        }
    }

    private Path quarantineName(int n) {
        return asideName(".damaged-", n);
    }

    private Path asideName(String label, int n) {
        String stamp = LocalDateTime.now(clock).format(QUARANTINE_STAMP);
        return AtomicFile.sibling(file, label + stamp + (n == 1 ? "" : "-" + n));
    }

    /** Sorted, and checked to lead without gaps from the oldest version to the current one. */
    private static List<Migration> chain(List<Migration> migrations, int currentVersion) {
        List<Migration> sorted = new ArrayList<>(migrations);
        sorted.sort(Comparator.comparingInt(Migration::from));
        int expected = currentVersion - sorted.size();
        for (Migration migration : sorted) {
            if (migration.from() != expected) {
                throw new IllegalArgumentException("migrations must upgrade one version at a time up to "
                        + currentVersion + " without gaps or duplicates; found one from " + migration.from()
                        + " where one from " + expected + " was expected");
            }
            expected++;
        }
        return List.copyOf(sorted);
    }

    private record Examined(Fingerprint fingerprint, byte[] bytes, Object document, int version,
                            StoreException problem) {
        static Examined missing() {
            return new Examined(Fingerprint.ABSENT, null, null, 0, null);
        }

        boolean missingFile() {
            return bytes == null;
        }
    }

    /** Enough to notice that a file was replaced or rewritten without reading it again. */
    private record Fingerprint(long size, FileTime modified, Object fileKey) {
        static final Fingerprint ABSENT = new Fingerprint(-1, null, null);

        static Fingerprint of(BasicFileAttributes attributes) {
            return new Fingerprint(attributes.size(), attributes.lastModifiedTime(), attributes.fileKey());
        }

        static Fingerprint of(Path path) throws IOException {
            try {
                return of(Files.readAttributes(path, BasicFileAttributes.class));
            } catch (NoSuchFileException e) {
                return ABSENT;
            }
        }
    }
}
