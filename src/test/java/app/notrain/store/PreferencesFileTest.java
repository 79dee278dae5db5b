package app.notrain.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.notrain.i18n.Language;
import app.notrain.progress.Preferences;
import app.notrain.progress.ProgressData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export choices kept with the preferences: saved, read back, and absent from older files. */
class PreferencesFileTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void aFileWrittenBeforeTheExportChoicesLoadsWithoutThem() throws Exception {
        Path file = dir.resolve("progress.json");
        Files.writeString(file, "{\"schemaVersion\": 1, \"profile\": {\"region\": \"UK\", \"adult\": true, "
                + "\"use\": \"PERSONAL\"}, \"accounts\": [], \"steps\": {}, \"history\": [], "
                + "\"preferences\": {\"language\": \"FR\", \"darkTheme\": true}}");

        try (ProgressStore store = ProgressStore.open(file, CLOCK)) {
            assertThat(store.load().preferences()).isEqualTo(new Preferences(Language.FR, true, null, null));
        }
    }

    @Test
    void theExportFolderAndFormatAreSavedAndReadBack() throws Exception {
        Path file = dir.resolve("progress.json");
        Preferences chosen = new Preferences(Language.EN, false).withExport(dir.resolve("reports").toString(), "PDF");
        ProgressData data = ProgressData.EMPTY;
        ProgressData withPreferences = new ProgressData(data.profile(), data.setupDone(), data.accounts(), data.steps(),
                data.history(), data.customPlatforms(), chosen, data.lastOpened());
        try (ProgressStore store = ProgressStore.open(file, CLOCK)) {
            store.save(withPreferences);
        }

        assertThat(Files.readString(file)).contains("\"exportFormat\":\"PDF\"");
        try (ProgressStore store = ProgressStore.open(file, CLOCK)) {
            assertThat(store.load().preferences()).isEqualTo(chosen);
        }
    }

    @Test
    void theLookIsSavedAndANameFromANewerNoTrainIsKept() throws Exception {
        Path file = dir.resolve("progress.json");
        Files.writeString(file, "{\"schemaVersion\": 1, \"profile\": {\"region\": \"UK\", \"adult\": true, "
                + "\"use\": \"PERSONAL\"}, \"accounts\": [], \"steps\": {}, \"history\": [], "
                + "\"preferences\": {\"darkTheme\": false, \"theme\": \"SEPIA\", \"textSize\": \"LARGE\"}}");
        try (ProgressStore store = ProgressStore.open(file, CLOCK)) {
            ProgressData loaded = store.load();
            assertThat(loaded.preferences().themeName()).isEqualTo("SEPIA");
            store.save(loaded);
        }
        assertThat(Files.readString(file)).contains("\"theme\":\"SEPIA\"", "\"textSize\":\"LARGE\"");

        Preferences dark = new Preferences(null, false).withLook(Language.FR, "DARK", "LARGEST");
        assertThat(dark.darkTheme()).as("NoTrain 0.1 reads only darkTheme").isTrue();
        assertThat(new Preferences(null, true).themeName()).as("a file from 0.1").isEqualTo("DARK");
    }
}
