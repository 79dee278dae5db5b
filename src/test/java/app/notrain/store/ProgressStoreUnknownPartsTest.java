package app.notrain.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.notrain.catalog.Catalog;
import app.notrain.catalog.CatalogReader;
import app.notrain.catalog.Region;
import app.notrain.i18n.Language;
import app.notrain.progress.CustomPlatform;
import app.notrain.progress.Letter;
import app.notrain.progress.LetterKind;
import app.notrain.progress.Preferences;
import app.notrain.progress.Profile;
import app.notrain.progress.ProgressBook;
import app.notrain.progress.ProgressData;
import app.notrain.progress.Sender;
import app.notrain.progress.StepStatus;
import app.notrain.progress.UseKind;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a newer NoTrain wrote (fields in every kind of object, a language or a device this version
 * does not know) survives a load and a save here: it is written back, in its place.
 */
class ProgressStoreUnknownPartsTest {
    private static final Catalog CATALOG = CatalogReader.builtIn();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);
    private static final JsonElement FUTURE = JsonParser.parseString(
            "{\"kind\": \"from NoTrain 1.9\", \"list\": [1, 2.50, {\"deep\": null}], \"on\": true}");

    @TempDir
    Path dir;
    private Path file;

    @BeforeEach
    void aStoreWithOneOfEverything() throws Exception {
        file = dir.resolve("progress.json");
        ProgressBook book = new ProgressBook(CATALOG, ProgressData.EMPTY, CLOCK);
        book.completeSetup(new Profile(Region.EU_EEA, true, UseKind.PERSONAL));
        String id = book.addAccount("x", "me@example.org", null, null).id();
        String step = book.platform("x").orElseThrow().steps().get(0).id();
        book.setStep(id, step, StepStatus.DONE, "a note", "ref 1", null);
        book.putCustomPlatform(CustomPlatform.create("Forum", "https://forum.example.org",
                List.of(new CustomPlatform.StepInput("Untick AI", "Settings > AI", "Untick it")),
                LocalDate.of(2026, 11, 1)));
        book.setPreferences(new Preferences(Language.FR, true));
        book.setMeasure("train-team", StepStatus.DONE, "session on 2 November", "slides on the shared drive", "Alice",
                null);
        book.putTeamSnapshot(TeamStoreTest.alicesReport());
        book.setSender(new Sender("Alice Martin", "12 rue des Lilas", "FR"));
        book.recordLetter(new Letter(id, LetterKind.OBJECTION, LocalDate.of(2026, 11, 20), "web form", "C-1", "en",
                "I object", null, null, null), "sent");
        try (ProgressStore store = ProgressStore.open(file, CLOCK)) {
            store.save(book.snapshot());
        }
    }

    static Stream<Arguments> places() {
        return Stream.of(
                Arguments.of("top level", (Function<JsonObject, JsonObject>) doc -> doc),
                Arguments.of("account", (Function<JsonObject, JsonObject>) doc ->
                        doc.getAsJsonArray("accounts").get(0).getAsJsonObject()),
                Arguments.of("step record", (Function<JsonObject, JsonObject>) doc ->
                        firstRecord(doc)),
                Arguments.of("history entry", (Function<JsonObject, JsonObject>) doc ->
                        doc.getAsJsonArray("history").get(0).getAsJsonObject()),
                Arguments.of("step record inside a history entry", (Function<JsonObject, JsonObject>) doc ->
                        lastStepChange(doc).getAsJsonObject("after")),
                Arguments.of("account inside a history entry", (Function<JsonObject, JsonObject>) doc ->
                        accountAdded(doc).getAsJsonObject("accountAfter")),
                Arguments.of("profile", (Function<JsonObject, JsonObject>) doc -> doc.getAsJsonObject("profile")),
                Arguments.of("preferences", (Function<JsonObject, JsonObject>) doc ->
                        doc.getAsJsonObject("preferences")),
                Arguments.of("sender of the letters", (Function<JsonObject, JsonObject>) doc ->
                        doc.getAsJsonObject("profile").getAsJsonObject("sender")),
                Arguments.of("letter", (Function<JsonObject, JsonObject>) doc ->
                        doc.getAsJsonArray("letters").get(0).getAsJsonObject()),
                Arguments.of("own platform", (Function<JsonObject, JsonObject>) doc ->
                        doc.getAsJsonArray("customPlatforms").get(0).getAsJsonObject()),
                Arguments.of("organisation measure", (Function<JsonObject, JsonObject>) doc ->
                        doc.getAsJsonObject("organisation").getAsJsonObject("train-team")),
                Arguments.of("measure record inside a history entry", (Function<JsonObject, JsonObject>) doc ->
                        lastMeasureChange(doc).getAsJsonObject("measureAfter")),
                Arguments.of("colleague's report", (Function<JsonObject, JsonObject>) doc ->
                        doc.getAsJsonArray("team").get(0).getAsJsonObject()),
                Arguments.of("account of a colleague's report", (Function<JsonObject, JsonObject>) doc ->
                        doc.getAsJsonArray("team").get(0).getAsJsonObject().getAsJsonArray("accounts").get(0)
                                .getAsJsonObject()),
                Arguments.of("step of an own platform", (Function<JsonObject, JsonObject>) doc ->
                        doc.getAsJsonArray("customPlatforms").get(0).getAsJsonObject()
                                .getAsJsonArray("steps").get(0).getAsJsonObject()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("places")
    void anUnknownFieldIsWrittenBackInItsPlace(String place, Function<JsonObject, JsonObject> at) throws Exception {
        JsonObject document = readFile();
        at.apply(document).add("fromTheFuture", FUTURE);
        writeFile(document);

        ProgressData loaded = loadAndSaveUnchanged();

        JsonObject saved = readFile();
        assertThat(at.apply(saved).get("fromTheFuture")).isEqualTo(FUTURE);
        try (ProgressStore store = ProgressStore.open(file, CLOCK)) {
            assertThat(store.load()).isEqualTo(loaded);
        }
    }

    @Test
    void aLanguageThisVersionDoesNotSpeakIsKeptWhileTheUserChoosesNoOther() throws Exception {
        JsonObject document = readFile();
        document.getAsJsonObject("preferences").addProperty("language", "DE");
        writeFile(document);

        ProgressData loaded = loadAndSaveUnchanged();

        assertThat(loaded.preferences()).isEqualTo(new Preferences(null, true));
        assertThat(readFile().getAsJsonObject("preferences").get("language").getAsString()).isEqualTo("DE");

        try (ProgressStore store = ProgressStore.open(file, CLOCK)) {
            ProgressBook book = new ProgressBook(CATALOG, store.load(), CLOCK);
            book.setPreferences(new Preferences(Language.EN, true));
            store.save(book.snapshot());
        }
        assertThat(readFile().getAsJsonObject("preferences").get("language").getAsString()).isEqualTo("EN");
    }

    @Test
    void aDeviceThisVersionDoesNotKnowIsShownEverywhereAndWrittenBack() throws Exception {
        JsonObject document = readFile();
        JsonObject step = document.getAsJsonArray("customPlatforms").get(0).getAsJsonObject()
                .getAsJsonArray("steps").get(0).getAsJsonObject();
        step.addProperty("device", "FRIDGE");
        writeFile(document);

        ProgressData loaded = loadAndSaveUnchanged();

        assertThat(loaded.customPlatforms().get(0).steps().get(0).device()).hasToString("ALL");
        assertThat(readFile().getAsJsonArray("customPlatforms").get(0).getAsJsonObject()
                .getAsJsonArray("steps").get(0).getAsJsonObject().get("device").getAsString()).isEqualTo("FRIDGE");
    }

    @Test
    void aRenamedAccountKeepsItsUnknownFields() throws Exception {
        JsonObject document = readFile();
        document.getAsJsonArray("accounts").get(0).getAsJsonObject().add("fromTheFuture", FUTURE);
        writeFile(document);

        try (ProgressStore store = ProgressStore.open(file, CLOCK)) {
            ProgressBook book = new ProgressBook(CATALOG, store.load(), CLOCK);
            book.renameAccount(book.accounts().get(0).id(), "new label");
            store.save(book.snapshot());
        }

        JsonObject account = readFile().getAsJsonArray("accounts").get(0).getAsJsonObject();
        assertThat(account.get("label").getAsString()).isEqualTo("new label");
        assertThat(account.get("fromTheFuture")).isEqualTo(FUTURE);
    }

    @Test
    void aFileWrittenHereHasNothingUnknown() throws Exception {
        byte[] before = Files.readAllBytes(file);

        loadAndSaveUnchanged();

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    private ProgressData loadAndSaveUnchanged() throws Exception {
        try (ProgressStore store = ProgressStore.open(file, CLOCK)) {
            ProgressData loaded = store.load();
            // As the window does: through a book, whose snapshot is saved.
            store.save(new ProgressBook(CATALOG, loaded, CLOCK).snapshot());
            return loaded;
        }
    }

    private JsonObject readFile() throws Exception {
        return JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8)).getAsJsonObject();
    }

    private void writeFile(JsonObject document) throws Exception {
        Files.writeString(file, document.toString(), StandardCharsets.UTF_8);
    }

    private static JsonObject firstRecord(JsonObject doc) {
        JsonObject steps = doc.getAsJsonObject("steps");
        JsonObject records = steps.getAsJsonObject(steps.keySet().iterator().next());
        return records.getAsJsonObject(records.keySet().iterator().next());
    }

    private static JsonObject lastMeasureChange(JsonObject doc) {
        JsonObject found = null;
        for (var entry : doc.getAsJsonArray("history")) {
            if (entry.getAsJsonObject().has("measureAfter")) {
                found = entry.getAsJsonObject();
            }
        }
        return found;
    }

    private static JsonObject lastStepChange(JsonObject doc) {
        JsonObject found = null;
        for (JsonElement change : doc.getAsJsonArray("history")) {
            if (change.getAsJsonObject().get("kind").getAsString().equals("STEP_CHANGED")) {
                found = change.getAsJsonObject();
            }
        }
        return found;
    }

    private static JsonObject accountAdded(JsonObject doc) {
        for (JsonElement change : doc.getAsJsonArray("history")) {
            if (change.getAsJsonObject().get("kind").getAsString().equals("ACCOUNT_ADDED")) {
                return change.getAsJsonObject();
            }
        }
        throw new AssertionError("no account added in the history");
    }
}
