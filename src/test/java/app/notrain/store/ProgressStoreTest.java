package app.notrain.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.notrain.catalog.CatalogReader;
import app.notrain.catalog.Region;
import app.notrain.progress.Account;
import app.notrain.progress.CustomPlatform;
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
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/** The progress model through a real file: what is saved is what is loaded. */
class ProgressStoreTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void aFullProgressSurvivesSaveAndLoad() throws Exception {
        ProgressBook book = new ProgressBook(CatalogReader.builtIn(), ProgressData.EMPTY, CLOCK);
        book.completeSetup(new Profile(Region.UK, true, UseKind.BUSINESS));
        Account facebook = book.addAccount("facebook", "page@shop.example", "Company page", "Shop");
        book.addAccount("instagram", "@shop <b>\"quoted\"</b> 🚫 \u202Eevil", "Company page", "Shop");
        book.setStep(facebook.id(), "submit-objection", StepStatus.WAITING, "sent", "ref 123", null);
        book.putCustomPlatform(CustomPlatform.create("Forum", "https://forum.example/settings",
                List.of(new CustomPlatform.StepInput("Opt out", "Account > AI", "")), LocalDate.of(2026, 11, 22)));
        Path file = dir.resolve("progress.json");

        try (ProgressStore store = ProgressStore.open(file, CLOCK)) {
            store.save(book.snapshot());
        }
        ProgressData loaded;
        try (ProgressStore store = ProgressStore.open(file, CLOCK)) {
            loaded = store.load();
        }

        assertThat(loaded).isEqualTo(book.snapshot());
    }

    @Test
    void aMissingFileIsAnEmptyProgress() throws Exception {
        try (ProgressStore store = ProgressStore.open(dir.resolve("progress.json"), CLOCK)) {
            assertThat(store.load()).isEqualTo(ProgressData.EMPTY);
        }
    }

    @Test
    void wellFormedJsonWithWrongTypesIsDamagedAndLeftUntouched() throws Exception {
        Path file = dir.resolve("progress.json");
        byte[] bytes = "{\"schemaVersion\": 1, \"accounts\": 5}".getBytes(StandardCharsets.UTF_8);
        Files.write(file, bytes);

        try (ProgressStore store = ProgressStore.open(file, CLOCK)) {
            assertThatThrownBy(store::load).isInstanceOf(StoreDamagedException.class);
            assertThatThrownBy(() -> store.save(ProgressData.EMPTY)).isInstanceOf(IllegalStateException.class);
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(bytes);
    }

    static Stream<Arguments> malformedParts() {
        String ok = "\"changedAt\": \"2026-11-22T10:00:00Z\"";
        return Stream.of(
                Arguments.of("{\"x-1\": {\"s\": {\"status\": \"FINISHED\", " + ok + "}}}", "[]", "[]"),
                Arguments.of("{\"x-1\": {\"s\": {\"status\": \"DONE\"}}}", "[]", "[]"),
                Arguments.of("{\"x-1\": null}", "[]", "[]"),
                Arguments.of("{}", "[null]", "[]"),
                Arguments.of("{}", "[{\"action\": 1, \"kind\": \"STEP_CHANGED\"}]", "[]"),
                Arguments.of("{}", "[]", "[{\"id\": \"custom-x\", \"url\": \"http://x\"}]"));
    }

    @ParameterizedTest
    @MethodSource("malformedParts")
    void malformedStepsHistoryOrPlatformsAreDamagedNotACrash(String steps, String history, String custom)
            throws Exception {
        Path file = dir.resolve("progress.json");
        Files.writeString(file, "{\"schemaVersion\": 1, \"profile\": {\"region\": \"UK\", \"adult\": true, "
                + "\"use\": \"PERSONAL\"}, \"accounts\": [], \"steps\": " + steps + ", \"history\": " + history
                + ", \"customPlatforms\": " + custom + "}");
        byte[] before = Files.readAllBytes(file);

        try (ProgressStore store = ProgressStore.open(file, CLOCK)) {
            assertThatThrownBy(store::load).isInstanceOf(StoreDamagedException.class);
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void anAccountWithoutIdIsDamaged() throws Exception {
        Path file = dir.resolve("progress.json");
        Files.writeString(file, "{\"schemaVersion\": 1, \"profile\": {\"region\": \"UK\", \"adult\": true, \"use\": \"PERSONAL\"}, "
                + "\"accounts\": [{\"label\": \"x\"}], \"steps\": {}, \"history\": []}");

        try (ProgressStore store = ProgressStore.open(file, CLOCK)) {
            assertThatThrownBy(store::load).isInstanceOf(StoreDamagedException.class)
                    .hasMessageContaining("an account has no id");
        }
    }
}
