package app.notrain.store;

import static app.notrain.store.StoreFiles.json;
import static app.notrain.store.StoreFiles.namesIn;
import static app.notrain.store.StoreFiles.storeAt;
import static app.notrain.store.StoreFiles.tempFilesIn;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreFileTest {

    @TempDir
    Path dir;

    @Test
    void missingStoreReadsAsNull() throws Exception {
        assertThat(storeAt(dir.resolve("progress.json"), 1).read()).isNull();
        assertThat(namesIn(dir)).isEmpty();
    }

    @Test
    void documentReadsBackAsWritten() throws Exception {
        Path file = dir.resolve("progress.json");
        JsonObject document = json("{\"accounts\": [{\"label\": \"<b>Ma page</b> & co \\u2713 😀\","
                + " \"note\": null, \"done\": true, \"count\": 12345678901234}]}");

        storeAt(file, 3).write(document);
        JsonObject read = storeAt(file, 3).read();

        JsonObject expected = document.deepCopy();
        expected.addProperty("schemaVersion", 3);
        assertThat(read).isEqualTo(expected);
    }

    @Test
    void writeSetsTheCurrentVersionFirstAndLeavesTheCallersDocumentAlone() throws Exception {
        Path file = dir.resolve("progress.json");
        JsonObject document = json("{\"accounts\": [], \"schemaVersion\": 99}");

        storeAt(file, 2).write(document);

        assertThat(document).isEqualTo(json("{\"accounts\": [], \"schemaVersion\": 99}"));
        assertThat(Files.readString(file, UTF_8))
                .isEqualTo("{\"schemaVersion\":2,\"accounts\":[]}\n"); // compact: see docs/store-format.md
    }

    @Test
    void everySaveKeepsThePreviousOneAsABackup() throws Exception {
        Path file = dir.resolve("progress.json");
        StoreFile store = new StoreFile(file, 1, java.util.List.of(), StoreFiles.CLOCK, 2);

        for (int n = 1; n <= 4; n++) {
            store.write(json("{\"n\": " + n + "}"));
        }

        assertThat(storeAt(AtomicFile.backupOf(file, 1), 1).read().get("n").getAsInt()).isEqualTo(3);
        assertThat(storeAt(AtomicFile.backupOf(file, 2), 1).read().get("n").getAsInt()).isEqualTo(2);
        assertThat(namesIn(dir)).containsExactly("progress.json", "progress.json.1", "progress.json.2");
    }

    @Test
    void firstWriteClearsTempFilesLeftByAKilledSave() throws Exception {
        Path file = dir.resolve("progress.json");
        Files.writeString(dir.resolve(".progress.json.5eed.tmp"), "{\"half\":");

        storeAt(file, 1).write(json("{}"));

        assertThat(tempFilesIn(dir)).isEmpty();
    }

    @Test
    void writeWithoutAnyReadStillRefusesADamagedFile() throws Exception {
        Path file = dir.resolve("progress.json");
        byte[] damaged = "{\"schemaVersion\": 1, \"accounts\": [".getBytes(UTF_8);
        Files.write(file, damaged);

        assertThatThrownBy(() -> storeAt(file, 1).write(json("{}"))).isInstanceOf(StoreDamagedException.class);

        assertThat(Files.readAllBytes(file)).isEqualTo(damaged);
        assertThat(namesIn(dir)).containsExactly("progress.json");
    }

    @Test
    void fileDamagedBehindTheStoresBackIsNotOverwritten() throws Exception {
        Path file = dir.resolve("progress.json");
        StoreFile store = storeAt(file, 1);
        store.write(json("{\"n\": 1}"));
        store.read();
        byte[] damaged = "not json at all, edited by hand".getBytes(UTF_8);
        Files.write(file, damaged);

        assertThatThrownBy(() -> store.write(json("{\"n\": 2}"))).isInstanceOf(StoreDamagedException.class);

        assertThat(Files.readAllBytes(file)).isEqualTo(damaged);
    }

    @Test
    void fileReplacedByAnotherGoodStoreIsNotSavedOver() throws Exception {
        Path file = dir.resolve("progress.json");
        StoreFile store = storeAt(file, 1);
        store.write(json("{\"n\": 1}"));
        storeAt(file, 1).write(json("{\"n\": 2, \"longer\": true}"));
        byte[] theirs = Files.readAllBytes(file);

        assertThatThrownBy(() -> store.write(json("{\"n\": 3}"))).isInstanceOf(StoreChangedOutsideException.class);

        assertThat(Files.readAllBytes(file)).isEqualTo(theirs);
    }
}
