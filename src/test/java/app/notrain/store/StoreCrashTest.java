package app.notrain.store;

import static app.notrain.store.AlternatingWriter.DOCUMENT_A;
import static app.notrain.store.AlternatingWriter.DOCUMENT_B;
import static app.notrain.store.StoreFiles.json;
import static app.notrain.store.StoreFiles.storeAt;
import static app.notrain.store.StoreFiles.tempFilesIn;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a saving child process (like {@code kill -9}) again and again, each time at a different
 * moment of a save: the store is always the old or the new document, every backup is one of them
 * too, and the backups never have a gap. {@code -Dnotrain.crash.rounds} sets how many kills (the
 * {@code crash} Maven profile runs hundreds, see docs/RELIABILITY.md).
 */
class StoreCrashTest {

    private static final int ROUNDS = Integer.getInteger("notrain.crash.rounds", 20);

    @TempDir
    Path dir;

    @Test
    void killedWriterAlwaysLeavesTheOldOrTheNewDocument() throws Exception {
        Path store = dir.resolve("progress.json");
        byte[] bytesA = StoreFormat.encode(DOCUMENT_A, 1);
        byte[] bytesB = StoreFormat.encode(DOCUMENT_B, 1);

        // One store across all rounds: each writer starts from whatever the last kill left.
        for (int round = 0; round < ROUNDS; round++) {
            int savesBeforeKill = 1 + (round * 5) % 11; // 1 to 11, mixed; the kill lands somewhere in the next save
            try (ChildJvm writer = ChildJvm.start(AlternatingWriter.class, store.toString())) {
                writer.awaitLine("wrote " + savesBeforeKill);
                writer.kill();
            }

            byte[] onDisk = Files.readAllBytes(store);
            assertThat(onDisk).as("round %d, killed after %d saves", round, savesBeforeKill)
                    .satisfiesAnyOf(bytes -> assertThat(bytes).isEqualTo(bytesA),
                            bytes -> assertThat(bytes).isEqualTo(bytesB));
            assertThat(storeAt(store, 1).read()).isIn(DOCUMENT_A, DOCUMENT_B);
            boolean gapSeen = false;
            for (int n = 1; n <= AtomicFile.DEFAULT_BACKUPS; n++) {
                Path backup = AtomicFile.backupOf(store, n);
                if (Files.exists(backup)) {
                    assertThat(gapSeen).as("round %d: backup %d follows a missing one", round, n).isFalse();
                    assertThat(storeAt(backup, 1).read()).as("backup %d", n).isIn(DOCUMENT_A, DOCUMENT_B);
                } else {
                    gapSeen = true;
                }
            }
            StoreLock.acquire(store).close(); // the OS freed the dead writer's lock
        }

        storeAt(store, 1).write(json("{\"after\": \"the crashes\"}"));
        assertThat(tempFilesIn(dir)).isEmpty();
    }
}
