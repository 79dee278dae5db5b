package app.notrain.store;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rotation never loses an older backup to keep a newer one, and keeps every backup private. */
class BackupRotationTest {

    @TempDir
    Path dir;

    private final AtomicFile atomicFile = new AtomicFile(5);

    @Test
    void aFullSetDropsOnlyTheOldest() throws IOException {
        Path target = dir.resolve("progress.json");
        for (int version = 1; version <= 7; version++) {
            atomicFile.write(target, bytes("v" + version));
        }

        assertThat(target).hasContent("v7");
        for (int n = 1; n <= 5; n++) {
            assertThat(AtomicFile.backupOf(target, n)).hasContent("v" + (7 - n));
        }
    }

    @Test
    void aGapLeftByAKilledRotationIsFilledWithoutDroppingAnything() throws IOException {
        Path target = write("progress.json", "current");
        for (int n = 2; n <= 5; n++) {
            write("progress.json." + n, "old " + n);
        }

        atomicFile.write(target, bytes("new"));

        assertThat(AtomicFile.backupOf(target, 1)).hasContent("current");
        for (int n = 2; n <= 5; n++) {
            assertThat(AtomicFile.backupOf(target, n)).hasContent("old " + n);
        }
    }

    @Test
    void aBackupLeftTwiceByAKilledRotationIsReusedBeforeTheOldestIsDropped() throws IOException {
        Path target = write("progress.json", "current");
        write("progress.json.1", "old 1");
        Files.createLink(dir.resolve("progress.json.2"), dir.resolve("progress.json.1")); // the copy a kill left
        write("progress.json.3", "old 3");
        write("progress.json.4", "old 4");
        write("progress.json.5", "old 5");

        atomicFile.write(target, bytes("new"));

        assertThat(contents(target)).containsExactly("current", "old 1", "old 3", "old 4", "old 5");
    }

    @Test
    void aBlockedSlotBeyondTheFirstFreeOneIsLeftAlone() throws IOException {
        Path target = write("progress.json", "current");
        write("progress.json.1", "old 1");
        Files.createDirectory(dir.resolve("progress.json.4"));

        atomicFile.write(target, bytes("new"));

        assertThat(target).hasContent("new");
        assertThat(AtomicFile.backupOf(target, 1)).hasContent("current");
        assertThat(AtomicFile.backupOf(target, 2)).hasContent("old 1");
        assertThat(AtomicFile.backupOf(target, 4)).isDirectory();
    }

    @Test
    void aLinkInASlotIsNeverFollowedNorReplaced() throws IOException {
        Path target = write("progress.json", "current");
        Path elsewhere = write("elsewhere.txt", "not a backup");
        write("progress.json.1", "old 1");
        Files.createSymbolicLink(dir.resolve("progress.json.2"), elsewhere);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> atomicFile.write(target, bytes("new")))
                .isInstanceOf(IOException.class).hasMessageContaining("progress.json.2");

        assertThat(target).hasContent("current");
        assertThat(elsewhere).hasContent("not a backup");
        assertThat(Files.isSymbolicLink(dir.resolve("progress.json.2"))).isTrue();
    }

    @Test
    void backupsOfAnOpenFileAreOwnerOnly() throws IOException {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX file system");
        Path target = write("progress.json", "restored by hand");
        Path olderBackup = write("progress.json.1", "older, shared too");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r--r--"));
        Files.setPosixFilePermissions(olderBackup, PosixFilePermissions.fromString("rw-r--r--"));

        atomicFile.write(target, bytes("new"));

        assertThat(mode(target)).isEqualTo("rw-------");
        assertThat(mode(AtomicFile.backupOf(target, 1))).isEqualTo("rw-------");
        assertThat(AtomicFile.backupOf(target, 1)).hasContent("restored by hand");
        assertThat(mode(AtomicFile.backupOf(target, 2))).isEqualTo("rw-------");
        assertThat(AtomicFile.backupOf(target, 2)).hasContent("older, shared too");
    }

    private String[] contents(Path target) throws IOException {
        String[] found = new String[5];
        for (int n = 1; n <= 5; n++) {
            found[n - 1] = Files.readString(AtomicFile.backupOf(target, n));
        }
        return found;
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    private static String mode(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(UTF_8);
    }
}
