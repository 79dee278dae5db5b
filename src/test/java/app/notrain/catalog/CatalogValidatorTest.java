package app.notrain.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An imported catalog bundle is checked with the same rules; each problem says where it is. */
class CatalogValidatorTest {
    @TempDir
    Path dir;

    @Test
    void aValidBundleIsRead() throws Exception {
        Catalog catalog = CatalogReader.readBundle(write(bundle(p -> { })));

        assertThat(catalog.catalogVersion()).isEqualTo("2030.01.01");
        assertThat(catalog.platforms()).extracting(Platform::id).containsExactly("example");
    }

    @Test
    void aPlainHttpAddressIsRejected() {
        assertProblem(p -> p.addProperty("url", "http://example.org/settings"),
                "example.url: expected an https:// address");
    }

    @Test
    void anAddressWithAUserNameAndPasswordIsRejectedWithoutRepeatingThePassword() {
        assertProblem(p -> p.addProperty("url", "https://user:s3cret@example.org/settings"),
                "example.url: an address must not hold a user name or password (user:password@), found one for"
                        + " example.org; remove it");
        assertProblemsDoNotMention(p -> p.addProperty("url", "https://user:s3cret@example.org/settings"), "s3cret");
    }

    @Test
    void aMissingFrenchTextIsRejected() {
        assertProblem(p -> p.getAsJsonObject("summary").remove("fr"), "example.summary.fr: missing or blank");
    }

    @Test
    void aStepWithoutPathIsRejected() {
        assertProblem(p -> step(p).remove("path"), "example.steps[0].path: missing");
    }

    @Test
    void aDateCitingAnUnknownSourceIsRejected() {
        assertProblem(p -> date(p).add("sources", array("nowhere")),
                "example.dates[0].sources: \"nowhere\" is not in the platform's sources");
    }

    @Test
    void aDateWithoutSourceIsRejected() {
        assertProblem(p -> date(p).add("sources", new JsonArray()), "example.dates[0].sources: cite at least one source");
    }

    @Test
    void anUnknownOptOutKindIsRejected() {
        assertProblem(p -> p.addProperty("optOut", "MAYBE"), "example.optOut: missing or not one of the allowed values");
    }

    @Test
    void duplicateStepIdsAreRejected() {
        assertProblem(p -> p.getAsJsonArray("steps").add(step(p).deepCopy()), "\"do-it\" is used twice");
    }

    @Test
    void aStepWithoutRoleIsRejected() {
        assertProblem(p -> step(p).remove("role"), "example.steps[0].role: missing or not one of the allowed values");
    }

    @Test
    void aPlatformWithARefusalNeedsARequiredRefuseStepInEachOfItsRegions() {
        assertProblem(p -> step(p).addProperty("optional", true),
                "example.steps: no required REFUSE step applies in EU_EEA, although optOutRegions lists it");
        assertProblem(p -> step(p).add("regions", array("EU_EEA")),
                "example.steps: no required REFUSE step applies in OTHER, although optOutRegions lists it");
        assertProblem(p -> step(p).addProperty("role", "PREPARE"), "no required REFUSE step applies in EU_EEA");
    }

    @Test
    void aPlatformWithoutRefusalHasNoRefuseStepAndNoRegion() {
        assertProblem(p -> p.addProperty("optOut", "MITIGATIONS_ONLY"),
                "example.steps: a platform whose optOut is MITIGATIONS_ONLY has no refuse step");
        assertProblem(p -> p.addProperty("optOut", "NOT_NEEDED"),
                "example.optOutRegions: a platform whose optOut is NOT_NEEDED offers no refusal, so it lists no region");
    }

    @Test
    void aScoreWithoutSourceIsRejected() {
        assertProblem(p -> {
            JsonObject score = new JsonObject();
            score.addProperty("value", 12.5);
            score.addProperty("ranking", "Example 2025");
            score.add("scale", text("lower is better", "plus bas, mieux c’est"));
            p.add("privacyScore", score);
        }, "example.privacyScore.sources: cite at least one source");
    }

    @Test
    void aValidBundleCarriesThePathStatuses() throws Exception {
        Platform platform = CatalogReader.readBundle(write(bundle(p -> { }))).platforms().get(0);

        assertThat(platform.group()).isEqualTo(PlatformGroup.AI_ASSISTANT);
        assertThat(platform.settingsPaths().get(0).status()).isEqualTo(PathStatus.VERIFIED);
        assertThat(platform.settingsPaths().get(0).seen()).isEqualTo(java.time.LocalDate.of(2026, 11, 20));
        assertThat(platform.steps().get(0).pathStatus().status()).isEqualTo(PathStatus.REPORTED);
        assertThat(platform.urlStatus().status()).isEqualTo(PathStatus.REPORTED);
    }

    @Test
    void everyPathAndLinkNeedsAStatus() {
        assertProblem(p -> settingsPath(p).remove("status"),
                "example.settingsPaths[0].status: missing or not one of verified, reported, outdated");
        assertProblem(p -> step(p).remove("pathStatus"),
                "example.steps[0].pathStatus.status: missing or not one of verified, reported, outdated");
        assertProblem(p -> p.remove("urlStatus"),
                "example.urlStatus.status: missing or not one of verified, reported, outdated");
        assertProblem(p -> settingsPath(p).addProperty("status", "probably"),
                "example.settingsPaths[0].status: missing or not one of verified, reported, outdated");
    }

    @Test
    void aVerifiedPathNeedsTheDayItWasSeenNoLaterThanTheCheck() {
        assertProblem(p -> settingsPath(p).remove("seen"),
                "example.settingsPaths[0].seen: a verified path needs the day it was seen");
        assertProblem(p -> settingsPath(p).addProperty("seen", "2026-12-24"),
                "example.settingsPaths[0].seen: 2026-12-24 is after the platform's checked date 2026-11-22");
    }

    @Test
    void anOutdatedPathSaysWhatToLookForInstead() {
        assertProblem(p -> settingsPath(p).addProperty("status", "outdated"),
                "example.settingsPaths[0].lookFor: an outdated path must say what to look for instead");
        assertProblem(p -> {
            settingsPath(p).addProperty("status", "outdated");
            settingsPath(p).add("lookFor", text("Look under Privacy", ""));
        }, "example.settingsPaths[0].lookFor.fr: missing or blank");
        assertProblem(p -> step(p).getAsJsonObject("pathStatus").add("sources", array("nowhere")),
                "example.steps[0].pathStatus.sources: \"nowhere\" is not in the platform's sources");
    }

    @Test
    void aCatalogPlatformNeedsItsGroup() {
        assertProblem(p -> p.addProperty("group", "FORUM"), "example.group: missing or not one of the allowed values");
    }

    @Test
    void aPlatformTheUserAddedNeedsNoStatusNorGroup() throws Exception {
        Catalog catalog = CatalogReader.readBundle(write(bundle(p -> {
            p.addProperty("id", "custom-my-forum");
            p.remove("group");
            p.remove("urlStatus");
            settingsPath(p).remove("status");
            step(p).remove("pathStatus");
        })));

        assertThat(catalog.platforms().get(0).groupOrDefault()).isEqualTo(PlatformGroup.SOCIAL_NETWORK);
    }

    @Test
    void regulatoryActionsNameKnownPlatformsAndCiteSources() {
        assertBundleProblem(b -> b.add("regulatory", JsonParser.parseString("""
                [{"id": "inquiry", "status": "ONGOING", "date": "2026-02-17",
                  "title": {"en": "Inquiry", "fr": "Enquête"}, "summary": {"en": "Open.", "fr": "Ouverte."},
                  "platforms": ["nowhere"], "sources": []}]""")),
                "regulatory.inquiry.platforms: \"nowhere\" is not a platform of the catalog");
        assertBundleProblem(b -> b.add("regulatory", JsonParser.parseString("""
                [{"id": "inquiry", "status": "RUMOURED", "date": "2026-02-17",
                  "title": {"en": "Inquiry", "fr": "Enquête"}, "summary": {"en": "Open.", "fr": "Ouverte."},
                  "platforms": ["example"], "sources": []}]""")),
                "regulatory.inquiry.status: missing or not one of the allowed values");
        assertBundleProblem(b -> b.add("regulatory", JsonParser.parseString("""
                [{"id": "inquiry", "status": "ONGOING", "date": "2026-02-17",
                  "title": {"en": "Inquiry", "fr": "Enquête"}, "summary": {"en": "Open.", "fr": "Ouverte."},
                  "platforms": ["example"], "sources": []}]""")),
                "regulatory.inquiry.sources: cite at least one source");
    }

    @Test
    void aBadDateNamesThePathAndTheValue() throws IOException {
        Path file = write(bundle(p -> date(p).addProperty("date", "27/05/2025")));

        assertThatThrownBy(() -> CatalogReader.readBundle(file))
                .isInstanceOf(CatalogException.class)
                .hasMessageContaining("'27/05/2025' is not a valid date");
    }

    @Test
    void notJsonAtAllIsRejectedWithAMessage() throws IOException {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{ \"catalogVersion\": ", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> CatalogReader.readBundle(file))
                .isInstanceOf(CatalogException.class)
                .hasMessageContaining("not a valid catalog file");
    }

    private void assertProblemsDoNotMention(Consumer<JsonObject> damage, String secret) {
        try {
            Path file = write(bundle(damage));
            assertThatThrownBy(() -> CatalogReader.readBundle(file))
                    .isInstanceOfSatisfying(CatalogException.class,
                            e -> assertThat(e.problems()).noneSatisfy(p -> assertThat(p).contains(secret)));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private void assertProblem(Consumer<JsonObject> damage, String expected) {
        try {
            Path file = write(bundle(damage));
            assertThatThrownBy(() -> CatalogReader.readBundle(file))
                    .isInstanceOfSatisfying(CatalogException.class,
                            e -> assertThat(e.problems()).anySatisfy(p -> assertThat(p).contains(expected)));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private void assertBundleProblem(Consumer<JsonObject> damage, String expected) {
        try {
            JsonObject bundle = bundle(p -> { });
            damage.accept(bundle);
            Path file = write(bundle);
            assertThatThrownBy(() -> CatalogReader.readBundle(file))
                    .isInstanceOfSatisfying(CatalogException.class,
                            e -> assertThat(e.problems()).anySatisfy(p -> assertThat(p).contains(expected)));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private Path write(JsonObject bundle) throws IOException {
        Path file = dir.resolve("catalog.json");
        Files.writeString(file, bundle.toString(), StandardCharsets.UTF_8);
        return file;
    }

    /** A minimal valid bundle with one platform, then damaged by {@code damage}. */
    private static JsonObject bundle(Consumer<JsonObject> damage) {
        JsonObject platform = JsonParser.parseString("""
                {
                  "id": "example", "name": "Example", "company": "Example Inc.", "group": "AI_ASSISTANT",
                  "checked": "2026-11-22",
                  "optOut": "SETTINGS_TOGGLE", "difficulty": "EASY", "minutes": 2,
                  "summary": {"en": "Trains on posts.", "fr": "Entraîne sur les publications."},
                  "regionNote": {"en": "Everywhere.", "fr": "Partout."},
                  "optOutRegions": ["EU_EEA", "OTHER"],
                  "scope": {"included": [{"en": "Posts", "fr": "Publications"}], "sources": ["s1"]},
                  "settingsPaths": [{"device": "WEB", "path": {"en": ["Settings"], "fr": ["Réglages"]},
                                     "status": "verified", "seen": "2026-11-20", "sources": ["s1"]}],
                  "url": "https://example.org/settings", "urlStatus": {"status": "reported"},
                  "dates": [{"id": "start", "kind": "TRAINING_START", "date": "2025-05-27",
                             "label": {"en": "Start", "fr": "Début"}, "sources": ["s1"]}],
                  "steps": [{"id": "do-it", "title": {"en": "Turn it off", "fr": "Désactivez-le"},
                             "detail": {"en": "Click.", "fr": "Cliquez."},
                             "path": {"en": ["Settings", "AI"], "fr": ["Réglages", "IA"]}, "role": "REFUSE",
                             "pathStatus": {"status": "reported"}, "sources": ["s1"]}],
                  "caveats": [],
                  "sources": [{"id": "s1", "publisher": "Example", "title": "Help", "url": "https://example.org/help",
                               "published": "2025-04"}]
                }""").getAsJsonObject();
        damage.accept(platform);
        JsonObject bundle = new JsonObject();
        bundle.addProperty("catalogVersion", "2030.01.01");
        JsonArray platforms = new JsonArray();
        platforms.add(platform);
        bundle.add("platforms", platforms);
        return bundle;
    }

    private static JsonObject step(JsonObject platform) {
        return platform.getAsJsonArray("steps").get(0).getAsJsonObject();
    }

    private static JsonObject settingsPath(JsonObject platform) {
        return platform.getAsJsonArray("settingsPaths").get(0).getAsJsonObject();
    }

    private static JsonObject date(JsonObject platform) {
        return platform.getAsJsonArray("dates").get(0).getAsJsonObject();
    }

    private static JsonArray array(String value) {
        JsonArray array = new JsonArray();
        array.add(value);
        return array;
    }

    private static JsonObject text(String en, String fr) {
        JsonObject text = new JsonObject();
        text.addProperty("en", en);
        text.addProperty("fr", fr);
        return text;
    }
}
