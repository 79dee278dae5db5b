package app.notrain.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.notrain.progress.Account;
import app.notrain.progress.ProgressData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Paths that are not an ordinary file, links, and read-only folders and files: each refused
 * clearly before anything is locked or read, or used without anything being lost.
 */
@Timeout(60) // a pipe read by mistake would hang: fail instead
class StoreDiskTroubleTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-05-22T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void aFolderIsRefusedNamingIt() throws Exception {
        Path store = Files.createDirectory(dir.resolve("progress.json"));

        assertThatThrownBy(() -> ProgressStore.open(store, CLOCK))
                .isInstanceOfSatisfying(StorePathException.class, e -> {
                    assertThat(e.reason()).isEqualTo(StorePathException.Reason.FOLDER);
                    assertThat(e.culprit()).isEqualTo(store.toAbsolutePath());
                })
                .hasMessageContaining(store.toString()).hasMessageContaining("is a folder");
        assertThat(dir.resolve("progress.json.lock")).doesNotExist();
    }

    @Test
    void aPipeIsRefusedBeforeItIsLockedOrRead() throws Exception {
        Path fifo = dir.resolve("progress.json");
        assumeTrue(makeFifo(fifo), "mkfifo available");

        assertThatThrownBy(() -> ProgressStore.open(fifo, CLOCK))
                .isInstanceOfSatisfying(StorePathException.class,
                        e -> assertThat(e.reason()).isEqualTo(StorePathException.Reason.NOT_A_FILE))
                .hasMessageContaining("not an ordinary file");
        assertThat(dir.resolve("progress.json.lock")).doesNotExist();
    }

    @Test
    void aDeviceIsRefusedInsteadOfFillingTheMemory() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "a /dev/zero device");

        assertThatThrownBy(() -> ProgressStore.open(zero, CLOCK))
                .isInstanceOfSatisfying(StorePathException.class,
                        e -> assertThat(e.reason()).isEqualTo(StorePathException.Reason.NOT_A_FILE));
    }

    @Test
    void aBackupThatIsAPipeIsSkippedNotRead() throws Exception {
        Path store = dir.resolve("progress.json");
        assumeTrue(makeFifo(AtomicFile.backupOf(store, 1)), "mkfifo available");
        Files.writeString(store, "not json");

        try (ProgressStore opened = ProgressStore.open(store, CLOCK)) {
            assertThat(opened.newestGoodBackup()).isEmpty();
        }
    }

    @Test
    void aFileWhereAFolderShouldBeIsNamed() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.txt"), "mine");
        Path store = file.resolve("sub/progress.json");

        assertThatThrownBy(() -> ProgressStore.open(store, CLOCK))
                .isInstanceOfSatisfying(StorePathException.class, e -> {
                    assertThat(e.reason()).isEqualTo(StorePathException.Reason.PARENT_NOT_A_FOLDER);
                    assertThat(e.culprit()).isEqualTo(file);
                })
                .hasMessageContaining(file + " is a file, not a folder");
        assertThat(Files.readString(file)).isEqualTo("mine");
    }

    @Test
    void aLinkLoopIsRefused() throws Exception {
        Path a = dir.resolve("a.json");
        Path b = dir.resolve("b.json");
        Files.createSymbolicLink(a, b.getFileName());
        Files.createSymbolicLink(b, a.getFileName());

        assertThatThrownBy(() -> ProgressStore.open(a, CLOCK))
                .isInstanceOfSatisfying(StorePathException.class,
                        e -> assertThat(e.reason()).isEqualTo(StorePathException.Reason.LINK_LOOP));
    }

    @Test
    void aLinkedStoreIsSavedToItsTargetAndTheLinkStays() throws Exception {
        Path synced = Files.createDirectory(dir.resolve("synced"));
        Path target = synced.resolve("progress.json");
        Path link = Files.createSymbolicLink(dir.resolve("progress.json"), Path.of("synced/progress.json"));

        for (String label : new String[] {"first", "second"}) {
            try (ProgressStore store = ProgressStore.open(link, CLOCK)) {
                store.save(withAccount(store.load(), label));
            }
        }

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(target)).contains("second");
        assertThat(AtomicFile.backupOf(target, 1)).exists();
        assertThat(Files.readString(AtomicFile.backupOf(target, 1))).contains("first").doesNotContain("second");
        assertThat(dir.resolve("progress.json.1")).doesNotExist();
        assertThat(StoreFiles.tempFilesIn(synced)).isEmpty();
    }

    @Test
    void aLinkAndItsTargetAreOneStoreForTheLock() throws Exception {
        Path target = Files.createDirectory(dir.resolve("synced")).resolve("progress.json");
        Path link = Files.createSymbolicLink(dir.resolve("progress.json"), target);

        try (ProgressStore viaTarget = ProgressStore.open(target, CLOCK)) {
            assertThatThrownBy(() -> ProgressStore.open(link, CLOCK)).isInstanceOf(StoreLockedException.class);
        }
    }

    @Test
    void aPlantedLockLinkIsNeverFollowed() throws Exception {
        Path victim = dir.resolve("victim.txt");
        Path store = dir.resolve("progress.json");
        Files.createSymbolicLink(StoreLock.lockFileFor(store), victim);

        assertThatThrownBy(() -> ProgressStore.open(store, CLOCK))
                .isInstanceOfSatisfying(StorePathException.class, e -> {
                    assertThat(e.reason()).isEqualTo(StorePathException.Reason.LOCK_NOT_A_FILE);
                    assertThat(e.culprit()).isEqualTo(StoreLock.lockFileFor(store));
                });
        assertThat(victim).doesNotExist();
    }

    @Test
    void aReadOnlyFileIsReadButNeverChanged() throws Exception {
        Path store = dir.resolve("progress.json");
        try (ProgressStore writable = ProgressStore.open(store, CLOCK)) {
            writable.save(withAccount(writable.load(), "kept"));
        }
        setMode(store, "r--------");
        byte[] before = Files.readAllBytes(store);

        try (ProgressStore readOnly = ProgressStore.open(store, CLOCK)) {
            assertThat(readOnly.readOnly()).isTrue();
            ProgressData data = readOnly.load();
            assertThat(data.accounts()).extracting(a -> a.label()).containsExactly("kept");
            assertThatThrownBy(() -> readOnly.save(withAccount(data, "lost?")))
                    .isInstanceOf(StoreReadOnlyException.class)
                    .hasMessageContaining(store.toString()).hasMessageContaining("read-only");
        }
        assertThat(Files.readAllBytes(store)).isEqualTo(before);
        assertThat(AtomicFile.backupOf(store, 1)).doesNotExist();
    }

    @Test
    void aReadOnlyFolderIsReadWithoutCreatingALockFile() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("ro"));
        Path store = folder.resolve("progress.json");
        try (ProgressStore writable = ProgressStore.open(store, CLOCK)) {
            writable.save(withAccount(writable.load(), "kept"));
        }
        Files.delete(StoreLock.lockFileFor(store));
        setMode(folder, "r-x------");
        try {
            try (ProgressStore readOnly = ProgressStore.open(store, CLOCK)) {
                assertThat(readOnly.readOnly()).isTrue();
                assertThat(readOnly.load().accounts()).hasSize(1);
                assertThatThrownBy(() -> readOnly.save(ProgressData.EMPTY)).isInstanceOf(StoreReadOnlyException.class);
            }
            assertThat(StoreFiles.namesIn(folder)).containsExactly("progress.json");
        } finally {
            setMode(folder, "rwx------");
        }
    }

    @Test
    void aReaderInAReadOnlyFolderStillKeepsWritersOut() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("ro"));
        Path store = folder.resolve("progress.json");
        StoreLock.acquire(store).close(); // leaves the lock file, as a writer once did
        setMode(folder, "r-x------");
        try (StoreLock reading = StoreLock.acquire(store)) {
            assertThat(reading.allowsWriting()).isFalse();
            setMode(folder, "rwx------"); // writable again while the reader reads: a writer may come
            try (ChildJvm writer = ChildJvm.start(LockProbe.class, "try", store.toString())) {
                assertThat(writer.awaitLine("LOCKED")).contains(store.toString());
            }
        } finally {
            setMode(folder, "rwx------");
        }
    }

    private static ProgressData withAccount(ProgressData data, String label) {
        List<Account> accounts = new ArrayList<>(data.accounts());
        accounts.add(new Account("x-" + (accounts.size() + 1), "x", label, null, null));
        return new ProgressData(data.profile(), data.setupDone(), accounts, data.steps(), data.history(),
                data.customPlatforms(), data.preferences(), data.lastOpened());
    }

    private static void setMode(Path path, String mode) throws Exception {
        assumeTrue(path.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(mode));
    }

    private static boolean makeFifo(Path path) throws Exception {
        try {
            return new ProcessBuilder("mkfifo", path.toString()).inheritIO().start().waitFor() == 0;
        } catch (java.io.IOException noMkfifo) {
            return false;
        }
    }
}
