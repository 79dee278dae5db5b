package app.notrain.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.notrain.catalog.CatalogReader;
import app.notrain.catalog.Region;
import app.notrain.progress.Profile;
import app.notrain.progress.ProgressBook;
import app.notrain.progress.ProgressData;
import app.notrain.progress.Protection;
import app.notrain.progress.StepStatus;
import app.notrain.progress.TeamSnapshot;
import app.notrain.progress.TeamSnapshot.TeamAccount;
import app.notrain.progress.TeamSnapshot.TeamStep;
import app.notrain.progress.UseKind;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Colleagues' reports in the progress file: schema version 2, migrated from 1, checked on load. */
class TeamStoreTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-10T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    /** A colleague's report with every field set, text that needs escaping included. */
    static TeamSnapshot alicesReport() {
        return new TeamSnapshot("Alice \"Ali\" Martin", Instant.parse("2026-11-30T09:15:00Z"), LocalDate.of(2026, 11, 30),
                "2026.12.01", LocalDate.of(2026, 12, 1), Instant.parse("2026-12-01T08:00:00Z"), List.of(
                new TeamAccount("linkedin-1", "linkedin", "LinkedIn", "Alice <M>", "Work", Protection.PROTECTED,
                        LocalDate.of(2026, 11, 29), List.of(
                        new TeamStep("turn-off-ai-training", "Turn off", StepStatus.DONE, LocalDate.of(2026, 11, 29),
                                LocalDate.of(2027, 2, 27), "done 🙂", "screenshot"),
                        new TeamStep("open-ai-data-setting", "Open", StepStatus.TODO, null, null, null, null))),
                new TeamAccount("facebook-1", "facebook", "Facebook", "alice.page", null, Protection.EXPOSED, null,
                        List.of())));
    }

    @Test
    void colleaguesReportsSurviveSaveAndLoad() throws Exception {
        Path file = dir.resolve("progress.json");
        ProgressBook book = book();
        book.putTeamSnapshot(alicesReport());

        save(file, book.snapshot());

        assertThat(Files.readString(file)).startsWith("{\"schemaVersion\":2,");
        assertThat(load(file).team()).containsExactly(alicesReport());
        assertThat(load(file)).isEqualTo(book.snapshot());
    }

    @Test
    void aVersion1FileLoadsWithNoTeamAndItsOriginalIsKeptAtTheFirstSave() throws Exception {
        Path file = dir.resolve("progress.json");
        ProgressBook book = book();
        book.addAccount("x", "@me", null, null);
        save(file, book.snapshot());
        JsonObject document = JsonParser.parseString(Files.readString(file)).getAsJsonObject();
        document.remove("team");
        document.addProperty("schemaVersion", 1);
        Files.writeString(file, document.toString(), StandardCharsets.UTF_8);
        byte[] original = Files.readAllBytes(file);

        ProgressData loaded = load(file);

        assertThat(loaded.team()).isEmpty();
        assertThat(loaded.accounts()).isEqualTo(book.snapshot().accounts());
        assertThat(Files.readAllBytes(file)).as("reading changes nothing").isEqualTo(original);
        ProgressBook again = new ProgressBook(CatalogReader.builtIn(), loaded, CLOCK);
        again.putTeamSnapshot(alicesReport());
        try (ProgressStore store = ProgressStore.open(file, CLOCK)) {
            store.load();
            store.save(again.snapshot());
        }
        assertThat(Files.readAllBytes(dir.resolve("progress.json.v1.bak"))).isEqualTo(original);
        assertThat(Files.readString(file)).startsWith("{\"schemaVersion\":2,");
        assertThat(load(file).team()).containsExactly(alicesReport());
    }

    @Test
    void theMigrationFromVersion1AddsAnEmptyTeamAndNothingElse() {
        JsonObject v1 = JsonParser.parseString("{\"schemaVersion\":1,\"profile\":{\"region\":\"UK\",\"adult\":true,"
                + "\"use\":\"BUSINESS\"},\"accounts\":[],\"steps\":{},\"history\":[],\"extra\":[1]}").getAsJsonObject();
        JsonObject expected = v1.deepCopy();
        expected.add("team", new com.google.gson.JsonArray());

        JsonObject migrated = TeamMigration.FROM_1.apply(v1);

        assertThat(TeamMigration.FROM_1.from()).isEqualTo(1);
        assertThat(migrated).isEqualTo(expected);
    }

    @Test
    void aVersion1FileWithFieldsInAnotherOrderIsMigratedThroughTheTree() throws Exception {
        Path file = dir.resolve("progress.json");
        Files.writeString(file, "{\"accounts\":[],\"steps\":{},\"history\":[],\"schemaVersion\":1,"
                + "\"profile\":{\"region\":\"UK\",\"adult\":true,\"use\":\"BUSINESS\"}}", StandardCharsets.UTF_8);

        ProgressData loaded = load(file);

        assertThat(loaded.team()).isEmpty();
        assertThat(loaded.profile().region()).isEqualTo(Region.UK);
    }

    @Test
    void aReportWithoutItsPersonOrWithAnUnknownProtectionIsDamageAndTheFileIsLeftAlone() throws Exception {
        Path file = dir.resolve("progress.json");
        ProgressBook book = book();
        book.putTeamSnapshot(alicesReport());
        save(file, book.snapshot());
        String saved = Files.readString(file);

        for (String[] damage : new String[][]{
                {"\"person\":\"Alice \\\"Ali\\\" Martin\",", "", "has no \"person\""},
                {"\"protection\":\"EXPOSED\"", "\"protection\":\"SAFE\"", "known \"protection\" for the account \"facebook-1\""},
                {"\"asOf\":\"2026-11-30\"", "\"asOf\":\"0999-11-30\"", "\"asOf\" in the 1st colleague's report"},
                {"", "", "the same person as the 1st"}}) {
            String text = saved.replace(damage[0], damage[1]);
            if (damage[0].isEmpty()) {
                // Two reports of one person: the file is damaged too.
                JsonObject doc = JsonParser.parseString(saved).getAsJsonObject();
                doc.getAsJsonArray("team").add(doc.getAsJsonArray("team").get(0).deepCopy());
                text = doc.toString();
            }
            assertThat(text).as(damage[2]).isNotEqualTo(saved);
            Files.writeString(file, text, StandardCharsets.UTF_8);
            byte[] before = Files.readAllBytes(file);

            assertThatThrownBy(() -> load(file)).as(damage[2]).isInstanceOf(StoreDamagedException.class)
                    .hasMessageContaining(damage[2]);
            assertThat(Files.readAllBytes(file)).isEqualTo(before);
        }
    }

    private static ProgressBook book() {
        ProgressBook book = new ProgressBook(CatalogReader.builtIn(), ProgressData.EMPTY, CLOCK);
        book.completeSetup(new Profile(Region.EU_EEA, true, UseKind.BUSINESS));
        return book;
    }

    private static void save(Path file, ProgressData data) throws Exception {
        try (ProgressStore store = ProgressStore.open(file, CLOCK)) {
            store.load();
            store.save(data);
        }
    }

    private static ProgressData load(Path file) throws Exception {
        try (ProgressStore store = ProgressStore.open(file, CLOCK)) {
            return store.load();
        }
    }
}
