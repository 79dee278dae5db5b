package app.notrain.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.notrain.catalog.CatalogReader;
import app.notrain.catalog.Region;
import app.notrain.progress.EvidenceFile;
import app.notrain.progress.Profile;
import app.notrain.progress.ProgressBook;
import app.notrain.progress.ProgressData;
import app.notrain.progress.StepStatus;
import app.notrain.progress.UseKind;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Evidence files on a step record: saved, loaded back the same, kept with what a newer NoTrain added. */
class EvidenceStoreTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);
    private static final String STEP = "turn-off-ai-training";

    @TempDir
    Path dir;
    private Path file;
    private ProgressBook book;
    private EvidenceFile screenshot;

    @BeforeEach
    void aStepWithTwoFiles() throws Exception {
        file = dir.resolve("progress.json");
        book = new ProgressBook(CatalogReader.builtIn(), ProgressData.EMPTY, CLOCK);
        book.completeSetup(new Profile(Region.EU_EEA, true, UseKind.PERSONAL));
        book.addAccount("linkedin", "me@work.example", null, null);
        EvidenceFolder folder = EvidenceFolder.beside(file);
        screenshot = folder.copyIn(Files.writeString(dir.resolve("setting off.png"), "pixels"), CLOCK.instant());
        book.attachEvidence("linkedin-1", STEP, screenshot);
        book.setStep("linkedin-1", STEP, StepStatus.DONE, "turned off", null, null);
        book.attachEvidence("linkedin-1", STEP,
                folder.copyIn(Files.writeString(dir.resolve("mail.eml"), "Subject: done"), CLOCK.instant()));
        save(book.snapshot());
    }

    private void save(ProgressData data) throws Exception {
        try (ProgressStore store = ProgressStore.open(file, CLOCK)) {
            store.load();
            store.save(data);
        }
    }

    private ProgressData load() throws Exception {
        try (ProgressStore store = ProgressStore.open(file, CLOCK)) {
            return store.load();
        }
    }

    @Test
    void filesLoadBackIdenticalAndUndoStillFindsThemAfterALoad() throws Exception {
        ProgressData loaded = load();

        assertThat(loaded).isEqualTo(book.snapshot());
        assertThat(loaded.steps().get("linkedin-1").get(STEP).evidenceFiles()).hasSize(2)
                .first().isEqualTo(screenshot);
        ProgressBook again = new ProgressBook(CatalogReader.builtIn(), loaded, CLOCK);
        again.removeEvidence("linkedin-1", STEP, screenshot.storedName());
        assertThat(again.record("linkedin-1", STEP).orElseThrow().evidenceFiles()).hasSize(1);
        again.undo();
        assertThat(again.record("linkedin-1", STEP).orElseThrow().evidenceFiles()).contains(screenshot);
    }

    @Test
    void whatANewerNoTrainAddedToAFileIsWrittenBack() throws Exception {
        JsonObject doc = JsonParser.parseString(Files.readString(file)).getAsJsonObject();
        firstFile(doc).add("thumbnail", new JsonPrimitive("from NoTrain 1.9"));
        Files.writeString(file, doc.toString());

        ProgressData loaded = load();
        save(loaded);

        JsonObject saved = JsonParser.parseString(Files.readString(file)).getAsJsonObject();
        assertThat(firstFile(saved).get("thumbnail").getAsString()).isEqualTo("from NoTrain 1.9");
        assertThat(firstFile(saved).get("sha256").getAsString()).isEqualTo(screenshot.sha256());
    }

    @Test
    void aStoredNameThatWouldLeaveTheFolderMakesTheFileDamagedAndUntouched() throws Exception {
        JsonObject doc = JsonParser.parseString(Files.readString(file)).getAsJsonObject();
        firstFile(doc).addProperty("storedName", "../../.ssh/id_rsa");
        Files.writeString(file, doc.toString());
        byte[] before = Files.readAllBytes(file);

        StoreDamagedException damaged = catchThrowableOfType(StoreDamagedException.class, this::load);

        assertThat(damaged.problem()).contains("\"storedName\" of the 1st file of step \"" + STEP
                + "\" of account \"linkedin-1\"", "not a name NoTrain gives a copy");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void aFileWithoutItsHashMakesTheFileDamaged() throws Exception {
        JsonObject doc = JsonParser.parseString(Files.readString(file)).getAsJsonObject();
        firstFile(doc).remove("sha256");
        Files.writeString(file, doc.toString());

        StoreDamagedException damaged = catchThrowableOfType(StoreDamagedException.class, this::load);

        assertThat(damaged.problem()).contains("lacks its original name, stored name, SHA-256, size or date");
    }

    private static JsonObject firstFile(JsonObject doc) {
        JsonArray files = doc.getAsJsonObject("steps").getAsJsonObject("linkedin-1").getAsJsonObject(STEP)
                .getAsJsonArray("evidenceFiles");
        return files.get(0).getAsJsonObject();
    }
}
