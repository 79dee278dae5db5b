package app.notrain.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(60) // a stuck child process must fail the test, not hang the build
class StoreLockTest {

    @TempDir
    Path dir;

    @Test
    void secondAcquireInTheSameJvmIsRefusedNamingTheStore() throws Exception {
        Path store = dir.resolve("progress.json");
        try (StoreLock first = StoreLock.acquire(store)) {
            assertThatThrownBy(() -> StoreLock.acquire(store))
                    .isInstanceOf(StoreLockedException.class)
                    .hasMessageContaining(store.toString())
                    .hasMessageContaining("another NoTrain")
                    .satisfies(e -> assertThat(((StoreLockedException) e).file()).isEqualTo(store));
        }
    }

    @Test
    void anotherSpellingOfTheSamePathIsTheSameLock() throws Exception {
        Files.createDirectories(dir.resolve("sub"));
        try (StoreLock first = StoreLock.acquire(dir.resolve("progress.json"))) {
            assertThatThrownBy(() -> StoreLock.acquire(dir.resolve("sub/../progress.json")))
                    .isInstanceOf(StoreLockedException.class);
        }
    }

    @Test
    void releasedLockCanBeTakenAgainAndItsFileStays() throws Exception {
        Path store = dir.resolve("progress.json");
        StoreLock.acquire(store).close();

        try (StoreLock again = StoreLock.acquire(store)) {
            assertThat(again.lockFile()).isEqualTo(dir.resolve("progress.json.lock")).exists();
        }
        assertThat(dir.resolve("progress.json.lock")).exists();
    }

    @Test
    void lockCreatesTheStoreFolderAndIsOwnerOnlyOnPosix() throws Exception {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX file system");
        Path store = dir.resolve("new/folder/progress.json");

        try (StoreLock lock = StoreLock.acquire(store)) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(lock.lockFile())))
                    .isEqualTo("rw-------");
        }
    }

    @Test
    void anotherProcessCannotTakeAHeldLock() throws Exception {
        Path store = dir.resolve("progress.json");
        try (StoreLock held = StoreLock.acquire(store);
             ChildJvm second = ChildJvm.start(LockProbe.class, "try", store.toString())) {
            String line = second.awaitLine("LOCKED");

            assertThat(line).contains(store.toString(), "another NoTrain");
            assertThat(second.exitCode()).isEqualTo(4);
        }
    }

    @Test
    void refusedSecondAttemptInThisJvmDoesNotUnlockTheStoreForOthers() throws Exception {
        Path store = dir.resolve("progress.json");
        try (StoreLock held = StoreLock.acquire(store)) {
            assertThatThrownBy(() -> StoreLock.acquire(store)).isInstanceOf(StoreLockedException.class);

            try (ChildJvm other = ChildJvm.start(LockProbe.class, "try", store.toString())) {
                other.awaitLine("LOCKED");
                assertThat(other.exitCode()).isEqualTo(4);
            }
        }
    }

    @Test
    void lockHeldByAnotherProcessIsRefusedHereUntilItReleases() throws Exception {
        Path store = dir.resolve("progress.json");
        try (ChildJvm holder = ChildJvm.start(LockProbe.class, "hold", store.toString())) {
            holder.awaitLine("HELD");

            assertThatThrownBy(() -> StoreLock.acquire(store))
                    .isInstanceOf(StoreLockedException.class)
                    .hasMessageContaining(store.toString());

            holder.closeInput();
            holder.awaitLine("RELEASED");
            assertThat(holder.exitCode()).isZero();
        }
        try (StoreLock mine = StoreLock.acquire(store)) {
            assertThat(mine.storeFile()).isEqualTo(store);
        }
    }

    @Test
    void lockOfAKilledProcessIsFreed() throws Exception {
        Path store = dir.resolve("progress.json");
        try (ChildJvm holder = ChildJvm.start(LockProbe.class, "hold", store.toString())) {
            holder.awaitLine("HELD");
            holder.kill();
        }

        StoreLock.acquire(store).close();
    }
}
