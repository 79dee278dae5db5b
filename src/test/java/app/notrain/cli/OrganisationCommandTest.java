package app.notrain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.notrain.catalog.CatalogReader;
import app.notrain.catalog.Region;
import app.notrain.progress.Profile;
import app.notrain.progress.ProgressBook;
import app.notrain.progress.ProgressData;
import app.notrain.progress.UseKind;
import app.notrain.store.ProgressStore;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A business records its organisation measures with {@code step organisation} and reads them in {@code status}. */
class OrganisationCommandTest {
    @TempDir
    Path folder;

    private final CliRun cli = new CliRun(CliRun.MAY_22_2025, java.util.Map.of());

    @Test
    void aMeasureRecordedDoneShowsInStatusJsonWithItsOwner() throws Exception {
        Path store = storeOf(UseKind.BUSINESS);

        CliRun.Result result = cli.run("--store", store.toString(), "step", "organisation", "train-team",
                "--status", "done", "--note", "session on 20 May", "--owner", "Alice");
        CliRun.Result again = cli.run("--store", store.toString(), "step", "organisation", "train-team",
                "--status", "started");

        assertThat(result.code()).isEqualTo(Cli.OK);
        assertThat(result.lines()).containsExactly(
                "Organisation: “Train the team on what is public and what trains AI” → Done");
        assertThat(again.code()).isEqualTo(Cli.OK);
        JsonObject organisation = status(store).getAsJsonObject("organisation");
        assertThat(organisation.get("total").getAsInt()).isEqualTo(9);
        assertThat(organisation.get("inPlace").getAsInt()).isZero();
        JsonArray measures = organisation.getAsJsonArray("measures");
        JsonObject training = measures.get(0).getAsJsonObject();
        assertThat(training.get("id").getAsString()).isEqualTo("train-team");
        assertThat(training.get("status").getAsString()).isEqualTo("STARTED");
        assertThat(training.get("owner").getAsString()).isEqualTo("Alice");       // kept when not given
        assertThat(training.get("note").getAsString()).isEqualTo("session on 20 May");
        assertThat(measures.get(1).getAsJsonObject().get("status").getAsString()).isEqualTo("TODO");
    }

    @Test
    void statusInWordsCountsTheMeasuresAndListsTheOpenOnes() throws Exception {
        Path store = storeOf(UseKind.BUSINESS);
        cli.run("--store", store.toString(), "step", "organisation", "annual-review", "--status", "done");

        CliRun.Result result = cli.run("--store", store.toString(), "status");

        assertThat(result.code()).isEqualTo(Cli.OK);
        assertThat(result.out()).contains("Organisation: 1 of 9 measures in place",
                "  To do: Train the team on what is public and what trains AI (train-team)")
                .doesNotContain("(annual-review)");
    }

    @Test
    void anUnknownMeasureNamesTheValidIdsAndChangesNothing() throws Exception {
        Path store = storeOf(UseKind.BUSINESS);
        byte[] before = Files.readAllBytes(store);

        CliRun.Result result = cli.run("--store", store.toString(), "step", "organisation", "train-teams",
                "--status", "done");

        assertThat(result.code()).isEqualTo(Cli.BAD_ARGUMENTS);
        assertThat(result.err()).contains("The organisation checklist has no measure “train-teams”. Its measures: "
                + "train-team, social-media-charter, editorial-review");
        assertThat(Files.readAllBytes(store)).isEqualTo(before);
    }

    @Test
    void aStatusOfPlatformsIsRefusedForAMeasure() throws Exception {
        Path store = storeOf(UseKind.BUSINESS);

        CliRun.Result result = cli.run("--store", store.toString(), "step", "organisation", "train-team",
                "--status", "waiting");

        assertThat(result.code()).isEqualTo(Cli.BAD_ARGUMENTS);
        assertThat(result.err()).contains("A measure is todo, started, done or na, not waiting");
    }

    @Test
    void aPersonalProfileHasNoOrganisationChecklist() throws Exception {
        Path store = storeOf(UseKind.PERSONAL);

        CliRun.Result result = cli.run("--store", store.toString(), "step", "organisation", "train-team",
                "--status", "done");

        assertThat(result.code()).isEqualTo(Cli.BAD_ARGUMENTS);
        assertThat(result.err()).contains("The organisation checklist is for a business");
        assertThat(status(store).get("organisation").isJsonNull()).isTrue();
    }

    private Path storeOf(UseKind use) throws Exception {
        Path store = folder.resolve("progress.json");
        ProgressBook book = new ProgressBook(CatalogReader.builtIn(), ProgressData.EMPTY, CliRun.MAY_22_2025);
        book.completeSetup(new Profile(Region.EU_EEA, true, use));
        try (ProgressStore s = ProgressStore.open(store, CliRun.MAY_22_2025)) {
            s.save(book.snapshot());
        }
        return store;
    }

    private JsonObject status(Path store) {
        CliRun.Result result = cli.run("--store", store.toString(), "status", "--json");
        assertThat(result.code()).isEqualTo(Cli.OK);
        return JsonParser.parseString(result.out()).getAsJsonObject();
    }
}
