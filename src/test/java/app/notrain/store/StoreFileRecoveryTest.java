package app.notrain.store;

import static app.notrain.store.StoreFiles.json;
import static app.notrain.store.StoreFiles.namesIn;
import static app.notrain.store.StoreFiles.storeAt;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreFileRecoveryTest {

    private static final byte[] DAMAGED = "{\"schemaVersion\": 1, \"accounts\": [{\"lab".getBytes(UTF_8);
    private static final String STAMP = "20250314-092653"; // StoreFiles.CLOCK

    @TempDir
    Path dir;
    Path file;

    @BeforeEach
    void setUp() {
        file = dir.resolve("progress.json");
    }

    @Test
    void newestGoodBackupIsTheMostRecentOne() throws Exception {
        writeVersions(3);
        Files.write(file, DAMAGED);

        assertThat(storeAt(file, 1).newestGoodBackup()).contains(AtomicFile.backupOf(file, 1));
    }

    @Test
    void newestGoodBackupSkipsDamagedAndTooNewBackups() throws Exception {
        writeVersions(4);
        Files.write(AtomicFile.backupOf(file, 1), DAMAGED);
        Files.writeString(AtomicFile.backupOf(file, 2), "{\"schemaVersion\": 9}");

        Optional<Path> newest = storeAt(file, 1).newestGoodBackup();

        assertThat(newest).contains(AtomicFile.backupOf(file, 3));
    }

    @Test
    void noGoodBackupWhenNoneIsReadable() throws Exception {
        Files.write(file, DAMAGED);
        Files.write(AtomicFile.backupOf(file, 1), DAMAGED);

        assertThat(storeAt(file, 1).newestGoodBackup()).isEmpty();
    }

    @Test
    void quarantineKeepsTheDamagedBytesUnderATimestampedName() throws Exception {
        Files.write(file, DAMAGED);
        StoreFile store = storeAt(file, 1);
        assertThatThrownBy(store::read).isInstanceOf(StoreDamagedException.class);

        Path aside = store.quarantineDamaged();

        assertThat(aside).isEqualTo(dir.resolve("progress.json.damaged-" + STAMP));
        assertThat(Files.readAllBytes(aside)).isEqualTo(DAMAGED);
        assertThat(file).doesNotExist();
    }

    @Test
    void afterQuarantineANewStoreCanBeStarted() throws Exception {
        Files.write(file, DAMAGED);
        StoreFile store = storeAt(file, 1);
        assertThatThrownBy(store::read).isInstanceOf(StoreDamagedException.class);
        store.quarantineDamaged();

        assertThat(store.read()).isNull();
        store.write(json("{\"fresh\": true}"));

        assertThat(storeAt(file, 1).read().get("fresh").getAsBoolean()).isTrue();
        assertThat(namesIn(dir)).containsExactly("progress.json", "progress.json.damaged-" + STAMP);
    }

    @Test
    void quarantineNeverOverwritesAnEarlierQuarantinedFile() throws Exception {
        byte[] earlier = "earlier damage".getBytes(UTF_8);
        Files.write(dir.resolve("progress.json.damaged-" + STAMP), earlier);
        Files.write(file, DAMAGED);

        Path aside = storeAt(file, 1).quarantineDamaged();

        assertThat(aside).isEqualTo(dir.resolve("progress.json.damaged-" + STAMP + "-2"));
        assertThat(Files.readAllBytes(aside)).isEqualTo(DAMAGED);
        assertThat(Files.readAllBytes(dir.resolve("progress.json.damaged-" + STAMP))).isEqualTo(earlier);
    }

    @Test
    void quarantineRefusesAGoodStore() throws Exception {
        storeAt(file, 1).write(json("{}"));
        byte[] good = Files.readAllBytes(file);

        assertThatThrownBy(() -> storeAt(file, 1).quarantineDamaged()).isInstanceOf(IllegalStateException.class);

        assertThat(Files.readAllBytes(file)).isEqualTo(good);
    }

    @Test
    void restoringABackupKeepsTheDamagedBytesAsideAndTheBackupsIntact() throws Exception {
        writeVersions(3);
        byte[] backupBytes = Files.readAllBytes(AtomicFile.backupOf(file, 1));
        Files.write(file, DAMAGED);
        StoreFile store = storeAt(file, 1);
        assertThatThrownBy(store::read).isInstanceOf(StoreDamagedException.class);
        Path newest = store.newestGoodBackup().orElseThrow();

        Optional<Path> aside = store.restoreBackup(newest);

        assertThat(aside).contains(dir.resolve("progress.json.damaged-" + STAMP));
        assertThat(Files.readAllBytes(aside.orElseThrow())).isEqualTo(DAMAGED);
        assertThat(Files.readAllBytes(file)).isEqualTo(backupBytes);
        assertThat(Files.readAllBytes(AtomicFile.backupOf(file, 1))).isEqualTo(backupBytes);
        assertThat(store.read().get("n").getAsInt()).isEqualTo(2);
        store.write(json("{\"n\": 4}"));
        assertThat(storeAt(file, 1).read().get("n").getAsInt()).isEqualTo(4);
    }

    @Test
    void restoringIntoAMissingStoreNeedsNoQuarantine() throws Exception {
        writeVersions(2);
        Files.delete(file);

        Optional<Path> aside = storeAt(file, 1).restoreBackup(AtomicFile.backupOf(file, 1));

        assertThat(aside).isEmpty();
        assertThat(storeAt(file, 1).read().get("n").getAsInt()).isEqualTo(1);
    }

    @Test
    void restoreRefusesADamagedBackup() throws Exception {
        Files.write(file, DAMAGED);
        Path badBackup = Files.write(AtomicFile.backupOf(file, 1), DAMAGED);

        assertThatThrownBy(() -> storeAt(file, 1).restoreBackup(badBackup))
                .isInstanceOf(StoreDamagedException.class)
                .satisfies(e -> assertThat(((StoreException) e).file()).isEqualTo(badBackup));

        assertThat(namesIn(dir)).containsExactly("progress.json", "progress.json.1");
    }

    @Test
    void restoreRefusesToReplaceAReadableStore() throws Exception {
        writeVersions(2);
        byte[] good = Files.readAllBytes(file);

        assertThatThrownBy(() -> storeAt(file, 1).restoreBackup(AtomicFile.backupOf(file, 1)))
                .isInstanceOf(IllegalStateException.class);

        assertThat(Files.readAllBytes(file)).isEqualTo(good);
    }

    /** Saves {"n": 1} … {"n": count}: backup .1 holds n = count - 1. */
    private void writeVersions(int count) throws Exception {
        StoreFile store = storeAt(file, 1);
        for (int n = 1; n <= count; n++) {
            store.write(json("{\"n\": " + n + "}"));
        }
    }
}
