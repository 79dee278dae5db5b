package app.notrain.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.notrain.catalog.CatalogReader;
import app.notrain.catalog.Region;
import app.notrain.progress.Account;
import app.notrain.progress.Letter;
import app.notrain.progress.LetterAnswer;
import app.notrain.progress.LetterKind;
import app.notrain.progress.Profile;
import app.notrain.progress.ProgressBook;
import app.notrain.progress.ProgressData;
import app.notrain.progress.Sender;
import app.notrain.progress.UseKind;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Letters and the sender go through a real file, and a file from before letters still loads. */
class LetterStoreTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-31T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void lettersAndTheSenderSurviveSaveAndLoad() throws Exception {
        ProgressBook book = new ProgressBook(CatalogReader.builtIn(), ProgressData.EMPTY, CLOCK);
        book.completeSetup(new Profile(Region.EU_EEA, true, UseKind.PERSONAL));
        book.setSender(new Sender("Zoé « Z » O’Neil", "1 rue\n75001 Paris", "FR"));
        Account meta = book.addAccount("facebook", "zoe", null, null);
        book.recordLetter(new Letter(meta.id(), LetterKind.OBJECTION, LocalDate.of(2026, 1, 31), "web form", "42",
                "fr", "Objet : opposition\n\n<b>texte</b> \"cité\" 🚫", null, null, null), "sent");
        book.recordExtension(meta.id(), LocalDate.of(2026, 2, 10));
        book.recordAnswer(meta.id(), LocalDate.of(2026, 4, 1), LetterAnswer.REFUSED, null);
        Path file = dir.resolve("progress.json");

        try (ProgressStore store = ProgressStore.open(file, CLOCK)) {
            store.save(book.snapshot());
        }
        ProgressData loaded;
        try (ProgressStore store = ProgressStore.open(file, CLOCK)) {
            loaded = store.load();
        }

        assertThat(loaded).isEqualTo(book.snapshot());
        assertThat(loaded.letters()).singleElement().satisfies(l -> {
            assertThat(l.extendedOn()).isEqualTo(LocalDate.of(2026, 2, 10));
            assertThat(l.answer()).isEqualTo(LetterAnswer.REFUSED);
        });
        assertThat(Files.readString(file)).contains("\"letters\"", "\"sentOn\": \"2026-01-31\"", "\"sender\"");
    }

    @Test
    void aFileWrittenBeforeLettersLoadsWithNone() throws Exception {
        Path file = dir.resolve("progress.json");
        Files.writeString(file, """
                {"schemaVersion": 1, "profile": {"region": "EU_EEA", "adult": true, "use": "PERSONAL"},
                 "setupDone": true, "accounts": [], "steps": {}, "history": [], "customPlatforms": [],
                 "preferences": null, "lastOpened": null}
                """);

        try (ProgressStore store = ProgressStore.open(file, CLOCK)) {
            ProgressData data = store.load();
            assertThat(new ProgressBook(CatalogReader.builtIn(), data, CLOCK).letters()).isEmpty();
            assertThat(data.profile().sender()).isNull();
        }
    }

    @Test
    void aLetterWithoutItsDateIsDamageAndTheFileIsLeftAlone() throws Exception {
        Path file = dir.resolve("progress.json");
        String text = """
                {"schemaVersion": 1, "profile": {"region": "EU_EEA", "adult": true, "use": "PERSONAL"},
                 "setupDone": true, "accounts": [], "steps": {}, "history": [],
                 "letters": [{"accountId": "facebook-1", "kind": "OBJECTION", "text": "t"}]}
                """;
        Files.writeString(file, text);

        try (ProgressStore store = ProgressStore.open(file, CLOCK)) {
            assertThatThrownBy(store::load).isInstanceOf(StoreDamagedException.class)
                    .hasMessageContaining("a letter has no account, no known kind, no date sent or no text");
        }
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(text);
    }
}
