package app.notrain.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The catalog shipped in src/main/resources obeys docs/catalog-format.md. */
class BuiltInCatalogTest {
    private static final Path PLATFORM_FILES = Path.of("src/main/resources/app/notrain/catalog/platforms");

    @Test
    void builtInCatalogPassesEveryValidationRule() throws CatalogException {
        Catalog catalog = CatalogReader.readBuiltIn();

        assertThat(CatalogValidator.validate(catalog)).isEmpty();
    }

    @Test
    void everyPlatformFileIsListedInTheIndexAndEveryListedIdHasAFile() throws IOException, CatalogException {
        List<String> files;
        try (Stream<Path> list = Files.list(PLATFORM_FILES)) {
            files = list.map(p -> p.getFileName().toString().replaceFirst("\\.json$", "")).sorted().toList();
        }
        List<String> indexed = CatalogReader.readBuiltIn().platforms().stream().map(Platform::id).sorted().toList();

        assertThat(indexed).isEqualTo(files);
    }

    @Test
    void everySeedPlatformAndTheResearchedOnesAreCovered() {
        Catalog catalog = CatalogReader.builtIn();

        assertThat(catalog.platforms()).extracting(Platform::id).contains(
                "linkedin", "facebook", "instagram", "threads", "messenger", "whatsapp", "x", "snapchat", "tiktok",
                "pinterest", "quora", "reddit", "youtube", "google-gemini", "tumblr", "wordpress-com", "slack",
                "substack", "adobe", "discord", "bluesky", "telegram", "twitch", "medium");
    }

    @Test
    void seedDatesAreTheSourcedOnes() {
        Catalog catalog = CatalogReader.builtIn();

        assertThat(trainingStart(catalog, "facebook", Region.EU_EEA)).isEqualTo(FactDate.parse("2025-05-27"));
        assertThat(trainingStart(catalog, "instagram", Region.EU_EEA)).isEqualTo(FactDate.parse("2025-05-27"));
        assertThat(trainingStart(catalog, "linkedin", Region.EU_EEA)).isEqualTo(FactDate.parse("2025-11-03"));
        assertThat(trainingStart(catalog, "linkedin", Region.CH)).isEqualTo(FactDate.parse("2025-11-03"));
    }

    @Test
    void correctedFactsShipInsteadOfTheArticlesOutdatedOnes() {
        Catalog catalog = CatalogReader.builtIn();

        // Incogni 2024 scores (18.98, 15.84) were quoted as 2025 ones by an article; the research corrects them.
        assertThat(catalog.platform("facebook").orElseThrow().privacyScore().value()).isEqualTo(28.72);
        assertThat(catalog.platform("instagram").orElseThrow().privacyScore().value()).isEqualTo(22.41);
        assertThat(catalog.platforms()).allSatisfy(p -> {
            if (p.privacyScore() != null) {
                assertThat(p.privacyScore().value()).isNotIn(18.98, 15.84);
                assertThat(p.privacyScore().ranking()).contains("2025");
            }
        });
    }

    @Test
    void metaObjectionsAreSharedAcrossTheAccountsCenterAndOnlyWhereTheFormExists() {
        Catalog catalog = CatalogReader.builtIn();
        for (String id : List.of("facebook", "instagram")) {
            Platform platform = catalog.platform(id).orElseThrow();
            assertThat(platform.accountsCenter()).isEqualTo("meta");
            assertThat(platform.optOut()).isEqualTo(OptOutKind.OBJECTION_FORM);
            assertThat(platform.minorsExcluded()).isTrue();
            assertThat(platform.steps()).anySatisfy(step -> {
                assertThat(step.sharedInAccountsCenter()).isTrue();
                assertThat(step.regions()).containsExactlyInAnyOrder(Region.EU_EEA, Region.UK);
                assertThat(step.waitFor()).isNotNull();
            });
        }
    }

    @Test
    void tiktokOffersAnObjectionInEuropeMitigationsElsewhereAndSnapchatDeletionTakesUpToThirtyDays() {
        Catalog catalog = CatalogReader.builtIn();

        Platform tiktok = catalog.platform("tiktok").orElseThrow();
        assertThat(tiktok.optOut()).isEqualTo(OptOutKind.OBJECTION_FORM);
        assertThat(tiktok.offersRefusalIn(Region.EU_EEA)).isTrue();
        assertThat(tiktok.offersRefusalIn(Region.UK)).isTrue();
        assertThat(tiktok.offersRefusalIn(Region.OTHER)).isFalse();
        assertThat(tiktok.steps().stream().filter(s -> s.role() == StepRole.MITIGATE).count())
                .isGreaterThanOrEqualTo(5);

        Platform snapchat = catalog.platform("snapchat").orElseThrow();
        assertThat(snapchat.steps()).anySatisfy(step -> {
            assertThat(step.waitFor().kind()).isEqualTo(WaitKind.DELETION);
            assertThat(step.waitFor().days()).isEqualTo(30);
        });
    }

    private static FactDate trainingStart(Catalog catalog, String platformId, Region region) {
        return catalog.platform(platformId).orElseThrow().dates().stream()
                .filter(d -> d.kind() == DateKind.TRAINING_START && d.appliesTo(region) && !d.regions().isEmpty())
                .findFirst().orElseThrow().date();
    }
}
