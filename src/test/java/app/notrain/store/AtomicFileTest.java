package app.notrain.store;

import static app.notrain.store.StoreFiles.namesIn;
import static app.notrain.store.StoreFiles.tempFilesIn;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

    @TempDir
    Path dir;

    @Test
    void writtenBytesReadBackIdentical() throws IOException {
        Path target = dir.resolve("progress.json");
        byte[] content = "{\"é\": \"✓\"}\n".getBytes(UTF_8);

        new AtomicFile().write(target, content);

        assertThat(Files.readAllBytes(target)).isEqualTo(content);
    }

    @Test
    void missingParentFoldersAreCreated() throws IOException {
        Path target = dir.resolve("a/b/progress.json");

        new AtomicFile().write(target, bytes("x"));

        assertThat(target).hasContent("x");
    }

    @Test
    void fileBackupsAndFolderAreOwnerOnlyOnPosix() throws IOException {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX file system");
        Path target = dir.resolve("private/progress.json");
        AtomicFile atomicFile = new AtomicFile();

        atomicFile.write(target, bytes("one"));
        atomicFile.write(target, bytes("two"));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(AtomicFile.backupOf(target, 1))))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target.getParent())))
                .isEqualTo("rwx------");
    }

    @Test
    void replacedVersionsBecomeNumberedBackupsUpToTheLimit() throws IOException {
        Path target = dir.resolve("progress.json");
        AtomicFile atomicFile = new AtomicFile(3);

        for (int version = 1; version <= 8; version++) {
            atomicFile.write(target, bytes("v" + version));
        }

        assertThat(target).hasContent("v8");
        assertThat(AtomicFile.backupOf(target, 1)).hasContent("v7");
        assertThat(AtomicFile.backupOf(target, 2)).hasContent("v6");
        assertThat(AtomicFile.backupOf(target, 3)).hasContent("v5");
        assertThat(namesIn(dir)).containsExactly("progress.json", "progress.json.1", "progress.json.2",
                "progress.json.3");
    }

    @Test
    void defaultKeepsFiveBackups() throws IOException {
        Path target = dir.resolve("progress.json");
        AtomicFile atomicFile = new AtomicFile();

        for (int version = 1; version <= 9; version++) {
            atomicFile.write(target, bytes("v" + version));
        }

        assertThat(namesIn(dir)).containsExactly("progress.json", "progress.json.1", "progress.json.2",
                "progress.json.3", "progress.json.4", "progress.json.5");
        assertThat(AtomicFile.backupOf(target, 5)).hasContent("v4");
    }

    @Test
    void firstWriteMakesNoBackup() throws IOException {
        new AtomicFile().write(dir.resolve("progress.json"), bytes("first"));

        assertThat(namesIn(dir)).containsExactly("progress.json");
    }

    @Test
    void zeroBackupsKeepsNone() throws IOException {
        Path target = dir.resolve("progress.json");
        AtomicFile atomicFile = new AtomicFile(0);

        atomicFile.write(target, bytes("one"));
        atomicFile.write(target, bytes("two"));

        assertThat(namesIn(dir)).containsExactly("progress.json");
        assertThat(target).hasContent("two");
    }

    @Test
    void noTempFileIsLeftAfterSuccess() throws IOException {
        Path target = dir.resolve("progress.json");
        AtomicFile atomicFile = new AtomicFile();

        atomicFile.write(target, bytes("one"));
        atomicFile.write(target, bytes("two"));

        assertThat(tempFilesIn(dir)).isEmpty();
    }

    @Test
    void noTempFileIsLeftWhenTheTargetCannotBeReplaced() throws IOException {
        // A non-empty folder where the file should be: the final rename must fail, even as root.
        Path target = dir.resolve("progress.json");
        Files.createDirectories(target.resolve("occupied"));

        assertThatThrownBy(() -> new AtomicFile().write(target, bytes("new"))).isInstanceOf(IOException.class);

        assertThat(tempFilesIn(dir)).isEmpty();
        assertThat(namesIn(dir)).containsExactly("progress.json");
    }

    @Test
    void noTempFileIsLeftAndNothingIsLostWhenABackupCannotBeRotated() throws IOException {
        Path target = dir.resolve("progress.json");
        AtomicFile atomicFile = new AtomicFile(5);
        atomicFile.write(target, bytes("good"));
        for (int n = 1; n <= 4; n++) {
            Files.write(AtomicFile.backupOf(target, n), bytes("old " + n));
        }
        // A folder where the oldest backup goes: moving .4 there would fail, after .4 was gone.
        Files.createDirectories(AtomicFile.backupOf(target, 5).resolve("occupied"));

        assertThatThrownBy(() -> atomicFile.write(target, bytes("new")))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(AtomicFile.backupOf(target, 5) + " is not an ordinary file");

        assertThat(target).hasContent("good");
        for (int n = 1; n <= 4; n++) {
            assertThat(AtomicFile.backupOf(target, n)).hasContent("old " + n);
        }
        assertThat(tempFilesIn(dir)).isEmpty();
    }

    @Test
    void nothingIsCreatedWhenTheParentIsAFile() throws IOException {
        Path notAFolder = Files.write(dir.resolve("plain-file"), bytes("x"));

        assertThatThrownBy(() -> new AtomicFile().write(notAFolder.resolve("progress.json"), bytes("new")))
                .isInstanceOf(IOException.class);

        assertThat(namesIn(dir)).containsExactly("plain-file");
        assertThat(notAFolder).hasContent("x");
    }

    @Test
    void writingWithoutRotatingLeavesBackupsAlone() throws IOException {
        Path target = dir.resolve("progress.json");
        AtomicFile atomicFile = new AtomicFile();
        atomicFile.write(target, bytes("one"));
        atomicFile.write(target, bytes("two"));

        atomicFile.writeWithoutRotating(target, bytes("restored"));

        assertThat(target).hasContent("restored");
        assertThat(AtomicFile.backupOf(target, 1)).hasContent("one");
        assertThat(namesIn(dir)).containsExactly("progress.json", "progress.json.1");
    }

    @Test
    void copyToNewNeverReplacesAnExistingFile() throws IOException {
        Path source = Files.write(dir.resolve("source"), bytes("new"));
        Path existing = Files.write(dir.resolve("existing"), bytes("keep me"));

        assertThatThrownBy(() -> AtomicFile.copyToNew(source, existing))
                .isInstanceOf(FileAlreadyExistsException.class);

        assertThat(existing).hasContent("keep me");
    }

    @Test
    void copyToNewSurvivesTheSourceBeingReplaced() throws IOException {
        Path target = dir.resolve("progress.json");
        AtomicFile atomicFile = new AtomicFile();
        atomicFile.write(target, bytes("original"));
        Path copy = dir.resolve("copy");

        AtomicFile.copyToNew(target, copy);
        atomicFile.write(target, bytes("changed"));

        assertThat(copy).hasContent("original");
    }

    @Test
    void leftoverTempsOfThisFileAreDeletedAndOthersKept() throws IOException {
        Path target = dir.resolve("progress.json");
        Files.write(dir.resolve(".progress.json.1a2b3c.tmp"), bytes("half"));
        Files.write(dir.resolve(".other.json.1a2b3c.tmp"), bytes("not ours"));
        Files.write(dir.resolve("notes.tmp"), bytes("not ours"));

        AtomicFile.deleteLeftoverTemps(target);

        assertThat(namesIn(dir)).containsExactly(".other.json.1a2b3c.tmp", "notes.tmp");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(UTF_8);
    }
}
