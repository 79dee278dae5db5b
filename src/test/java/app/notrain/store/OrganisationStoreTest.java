package app.notrain.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.notrain.catalog.CatalogReader;
import app.notrain.catalog.Region;
import app.notrain.progress.MeasureRecord;
import app.notrain.progress.Profile;
import app.notrain.progress.ProgressBook;
import app.notrain.progress.ProgressData;
import app.notrain.progress.StepStatus;
import app.notrain.progress.UseKind;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The organisation checklist's records are an optional top-level field of the progress file. */
class OrganisationStoreTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void measuresAndTheirHistorySurviveSaveAndLoad() throws Exception {
        Path file = dir.resolve("progress.json");
        ProgressBook book = new ProgressBook(CatalogReader.builtIn(), ProgressData.EMPTY, CLOCK);
        book.completeSetup(new Profile(Region.EU_EEA, true, UseKind.BUSINESS));
        book.setMeasure("social-media-charter", StepStatus.DONE, "signed by all", "charter-v2.pdf", "Chloé", 200);

        try (ProgressStore store = ProgressStore.open(file, CLOCK)) {
            store.save(book.snapshot());
        }
        try (ProgressStore store = ProgressStore.open(file, CLOCK)) {
            ProgressData loaded = store.load();
            assertThat(loaded).isEqualTo(book.snapshot());
            assertThat(loaded.measures().get("social-media-charter")).isEqualTo(new MeasureRecord(StepStatus.DONE,
                    CLOCK.instant(), "signed by all", "charter-v2.pdf", "Chloé", 200));
        }
        assertThat(Files.readString(file)).contains("\"organisation\":{\"social-media-charter\":{\"status\":\"DONE\"",
                "\"measureAfter\"");
    }

    @Test
    void aFileWrittenBeforeTheChecklistLoadsWithNoMeasure() throws Exception {
        Path file = dir.resolve("progress.json");
        Files.writeString(file, """
                {"schemaVersion": 1, "profile": {"region": "EU_EEA", "adult": true, "use": "BUSINESS"},
                 "setupDone": true, "accounts": [], "steps": {}, "history": []}
                """);

        try (ProgressStore store = ProgressStore.open(file, CLOCK)) {
            ProgressData data = store.load();
            assertThat(data.measures()).isEmpty();
            assertThat(new ProgressBook(CatalogReader.builtIn(), data, CLOCK).organisation(
                    java.time.LocalDate.of(2026, 11, 22)).inPlace()).isZero();
        }
    }

    @Test
    void aMeasureWithoutItsDateIsDamageSaidInWordsAndTheFileIsLeftAlone() throws Exception {
        Path file = dir.resolve("progress.json");
        String text = """
                {"schemaVersion": 1, "profile": {"region": "EU_EEA", "adult": true, "use": "BUSINESS"},
                 "setupDone": true, "accounts": [], "steps": {}, "history": [],
                 "organisation": {"train-team": {"status": "DONE"}}}
                """;
        Files.writeString(file, text);

        try (ProgressStore store = ProgressStore.open(file, CLOCK)) {
            assertThatThrownBy(store::load).isInstanceOf(StoreDamagedException.class)
                    .hasMessageContaining("the organisation measure \"train-team\" has no date (\"changedAt\")");
        }
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(text);
    }
}
