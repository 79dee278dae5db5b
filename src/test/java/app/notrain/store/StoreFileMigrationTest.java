package app.notrain.store;

import static app.notrain.store.StoreFiles.CLOCK;
import static app.notrain.store.StoreFiles.json;
import static app.notrain.store.StoreFiles.namesIn;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreFileMigrationTest {

    /** v1 → v2: "name" becomes "label". */
    private static final Migration RENAME_NAME_TO_LABEL = Migration.of(1, doc -> {
        doc.add("label", doc.remove("name"));
        return doc;
    });
    /** v2 → v3: "label" moves into a list of accounts. */
    private static final Migration LABEL_INTO_ACCOUNTS = Migration.of(2, doc -> {
        JsonArray accounts = new JsonArray();
        JsonObject account = new JsonObject();
        account.add("label", doc.remove("label"));
        accounts.add(account);
        doc.add("accounts", accounts);
        return doc;
    });
    private static final byte[] VERSION_1 = "{\"schemaVersion\": 1, \"name\": \"Ada\"}".getBytes(UTF_8);

    @TempDir
    Path dir;

    private StoreFile storeAtVersion3(Path file) {
        // Deliberately out of order: the store sorts them.
        return new StoreFile(file, 3, List.of(LABEL_INTO_ACCOUNTS, RENAME_NAME_TO_LABEL), CLOCK);
    }

    @Test
    void olderFileIsMigratedStepByStepInOrder() throws Exception {
        Path file = Files.write(dir.resolve("progress.json"), VERSION_1);

        JsonObject read = storeAtVersion3(file).read();

        assertThat(read).isEqualTo(json("{\"schemaVersion\": 3, \"accounts\": [{\"label\": \"Ada\"}]}"));
    }

    @Test
    void readingAnOlderFileChangesNothingOnDisk() throws Exception {
        Path file = Files.write(dir.resolve("progress.json"), VERSION_1);

        storeAtVersion3(file).read();

        assertThat(Files.readAllBytes(file)).isEqualTo(VERSION_1);
        assertThat(namesIn(dir)).containsExactly("progress.json");
    }

    @Test
    void originalIsKeptForeverAsVersionedBackupOnTheFirstWrite() throws Exception {
        Path file = Files.write(dir.resolve("progress.json"), VERSION_1);
        StoreFile store = storeAtVersion3(file);

        store.write(store.read());

        Path kept = dir.resolve("progress.json.v1.bak");
        assertThat(Files.readAllBytes(kept)).isEqualTo(VERSION_1);
        assertThat(store.read()).isEqualTo(json("{\"schemaVersion\": 3, \"accounts\": [{\"label\": \"Ada\"}]}"));
    }

    @Test
    void versionedBackupSurvivesLaterWritesAndBackupRotation() throws Exception {
        Path file = Files.write(dir.resolve("progress.json"), VERSION_1);
        StoreFile store = new StoreFile(file, 3, List.of(RENAME_NAME_TO_LABEL, LABEL_INTO_ACCOUNTS), CLOCK, 2);
        JsonObject document = store.read();

        for (int n = 0; n < 5; n++) {
            document.addProperty("saves", n);
            store.write(document);
        }

        assertThat(Files.readAllBytes(dir.resolve("progress.json.v1.bak"))).isEqualTo(VERSION_1);
        assertThat(namesIn(dir)).containsExactly("progress.json", "progress.json.1", "progress.json.2",
                "progress.json.v1.bak");
    }

    @Test
    void writeWithoutReadingStillKeepsTheOlderOriginal() throws Exception {
        Path file = Files.write(dir.resolve("progress.json"), VERSION_1);

        storeAtVersion3(file).write(json("{\"accounts\": []}"));

        assertThat(Files.readAllBytes(dir.resolve("progress.json.v1.bak"))).isEqualTo(VERSION_1);
    }

    @Test
    void anEarlierDifferentVersionedBackupIsNotOverwritten() throws Exception {
        Path file = Files.write(dir.resolve("progress.json"), VERSION_1);
        byte[] earlier = "{\"schemaVersion\": 1, \"name\": \"from long ago\"}".getBytes(UTF_8);
        Files.write(dir.resolve("progress.json.v1.bak"), earlier);
        StoreFile store = storeAtVersion3(file);

        store.write(store.read());

        assertThat(Files.readAllBytes(dir.resolve("progress.json.v1.bak"))).isEqualTo(earlier);
        assertThat(Files.readAllBytes(dir.resolve("progress.json.v1-2.bak"))).isEqualTo(VERSION_1);
    }

    @Test
    void migrationThatFailsReportsDamageAndWritesNothing() throws Exception {
        Path file = Files.write(dir.resolve("progress.json"), VERSION_1);
        Migration broken = Migration.of(1, doc -> {
            throw new IllegalStateException("no accounts array");
        });
        StoreFile store = new StoreFile(file, 2, List.of(broken), CLOCK);

        assertThatThrownBy(store::read)
                .isInstanceOf(StoreDamagedException.class)
                .hasMessageContaining("could not be upgraded from format version 1");
        assertThatThrownBy(() -> store.write(json("{}"))).isInstanceOf(IllegalStateException.class);

        assertThat(Files.readAllBytes(file)).isEqualTo(VERSION_1);
        assertThat(namesIn(dir)).containsExactly("progress.json");
    }

    @Test
    void versionOlderThanAnyMigrationIsDamaged() throws Exception {
        Path file = Files.write(dir.resolve("progress.json"), VERSION_1);
        StoreFile store = new StoreFile(file, 3, List.of(LABEL_INTO_ACCOUNTS), CLOCK);

        assertThatThrownBy(store::read)
                .isInstanceOf(StoreDamagedException.class)
                .hasMessageContaining("format version 1 is not one this NoTrain can read");
    }

    @Test
    void migrationsWithAGapAreRejected() {
        Path file = dir.resolve("progress.json");

        assertThatThrownBy(() -> new StoreFile(file, 3, List.of(RENAME_NAME_TO_LABEL), CLOCK))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StoreFile(file, 2, List.of(RENAME_NAME_TO_LABEL, RENAME_NAME_TO_LABEL), CLOCK))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
