package app.notrain.progress;

import static org.assertj.core.api.Assertions.assertThat;

import app.notrain.catalog.Catalog;
import app.notrain.catalog.CatalogJson;
import app.notrain.catalog.CatalogReader;
import app.notrain.catalog.GuideChangeKind;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** After an import of newer guides, the user sees what changed for their own accounts. */
class GuideUpdatesTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2027-01-10T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void anImportListsAddedStepsMovedPathsAndPlatformsThatNowTrainForTheUsersAccountsOnly() throws Exception {
        Catalog old = CatalogReader.builtIn();
        ProgressBook before = new ProgressBook(old, ProgressData.EMPTY, CLOCK);
        Account linkedin = before.addAccount("linkedin", "Me at work", null, null);
        Account discord = before.addAccount("discord", "Gaming", null, null);
        before.addAccount("tiktok", "Videos", null, null);
        before.setStep(linkedin.id(), "turn-off-ai-training", StepStatus.DONE, null, null, null);

        Catalog imported = CatalogReader.readBundle(writeNewerBundle(old));
        ProgressBook after = new ProgressBook(imported, before.snapshot(), CLOCK);
        List<GuideUpdate> updates = GuideUpdates.since(old, imported, after);

        assertThat(updates).extracting(u -> u.platform().id() + ":" + u.kind() + ":"
                        + (u.step() == null ? "-" : u.step().id()) + ":" + u.recheck())
                .containsExactlyInAnyOrder(
                        "linkedin:PATH_MOVED:turn-off-ai-training:true",
                        "linkedin:STEP_ADDED:keep-proof:false",
                        "discord:NOW_TRAINS:-:false");
        assertThat(updates).allSatisfy(u -> assertThat(u.account()).isIn(linkedin, discord));
        // The list and the re-check agree: the moved step the user had done is now due.
        assertThat(after.progress(after.account(linkedin.id()).orElseThrow(), java.time.LocalDate.now(CLOCK)))
                .filteredOn(p -> p.step().id().equals("turn-off-ai-training"))
                .extracting(StepProgress::situation).containsExactly(Situation.RECHECK_DUE);
    }

    @Test
    void theSameGuidesChangeNothing() {
        Catalog old = CatalogReader.builtIn();
        ProgressBook book = new ProgressBook(old, ProgressData.EMPTY, CLOCK);
        book.addAccount("linkedin", "Me", null, null);

        assertThat(GuideUpdates.since(old, old, book)).isEmpty();
        assertThat(GuideChangeKind.valueOf("NOW_TRAINS")).isNotNull();
    }

    /** The built-in guides as a bundle file, with LinkedIn's switch moved, a proof step added and Discord now training. */
    private Path writeNewerBundle(Catalog old) throws Exception {
        JsonObject bundle = JsonParser.parseString(CatalogJson.gson().toJson(old)).getAsJsonObject();
        bundle.addProperty("catalogVersion", "2027.01.05");
        for (JsonElement element : bundle.getAsJsonArray("platforms")) {
            JsonObject platform = element.getAsJsonObject();
            if (platform.get("id").getAsString().equals("linkedin")) {
                JsonArray steps = platform.getAsJsonArray("steps");
                JsonObject toggle = steps.get(1).getAsJsonObject();
                toggle.getAsJsonObject("path").getAsJsonArray("en").set(0, new com.google.gson.JsonPrimitive("AI data"));
                JsonObject proof = toggle.deepCopy();
                proof.addProperty("id", "keep-proof");
                proof.addProperty("role", "PROVE");
                steps.add(proof);
            }
            if (platform.get("id").getAsString().equals("discord")) {
                platform.addProperty("optOut", "MITIGATIONS_ONLY");
                JsonObject path = new JsonObject();
                path.addProperty("device", "ALL");
                path.add("path", platform.getAsJsonArray("steps").get(0).getAsJsonObject().get("path"));
                path.addProperty("status", "reported");
                platform.add("settingsPaths", new JsonArray());
                platform.getAsJsonArray("settingsPaths").add(path);
            }
        }
        Path file = dir.resolve("catalog.json");
        Files.writeString(file, bundle.toString(), StandardCharsets.UTF_8);
        return file;
    }
}
