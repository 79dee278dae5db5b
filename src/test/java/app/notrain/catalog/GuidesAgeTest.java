package app.notrain.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The guides say when they are too old to trust, counted from a fixed clock. */
class GuidesAgeTest {
    private static final Catalog BUILT_IN = CatalogReader.builtIn();

    private static LocalDate today(String instant) {
        return LocalDate.now(Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
    }

    @Test
    void theGuidesDateIsTheNewestCheckUnlessTheCatalogSetsOne() {
        assertThat(BUILT_IN.guidesDate()).isEqualTo(LocalDate.of(2026, 12, 1));
        Catalog dated = new Catalog("2027.01.01", LocalDate.of(2027, 1, 1), BUILT_IN.platforms(), List.of(), List.of());
        assertThat(dated.guidesDate()).isEqualTo(LocalDate.of(2027, 1, 1));
    }

    @Test
    void guidesAreOldOnlyAfterSixMonths() {
        assertThat(GuidesAge.of(BUILT_IN, today("2027-06-01T10:00:00Z")).old()).isFalse();
        assertThat(GuidesAge.of(BUILT_IN, today("2027-06-02T10:00:00Z")).old()).isTrue();
        assertThat(GuidesAge.of(BUILT_IN, today("2027-06-02T10:00:00Z")).months()).isEqualTo(6);
    }

    @Test
    void guidesDatedAfterTodayAreNeitherOldNorNegative() {
        GuidesAge age = GuidesAge.of(BUILT_IN, today("2026-11-01T00:00:00Z"));
        assertThat(age.old()).isFalse();
        assertThat(age.months()).isZero();
    }

    @Test
    void everyBuiltInPathAndLinkHasAStatusAndOutdatedOnesSayWhatToLookFor() {
        for (Platform p : BUILT_IN.platforms()) {
            p.settingsPaths().forEach(sp -> {
                assertThat(sp.status()).as(p.id() + " settings path").isNotNull();
                if (sp.status() == PathStatus.OUTDATED) {
                    assertThat(sp.lookFor()).as(p.id() + " outdated path").isNotNull();
                }
            });
            p.steps().forEach(s -> assertThat(s.pathStatus()).as(p.id() + "." + s.id()).isNotNull());
        }
        assertThat(BUILT_IN.platform("google-gemini").orElseThrow().settingsPaths())
                .extracting(SettingsPath::status).contains(PathStatus.OUTDATED);
    }

    @Test
    void atLeastEightAiAssistantsAndEveryPlatformCheckedLateOr2026OrSaysWhy() {
        assertThat(BUILT_IN.platforms().stream().filter(p -> p.group() == PlatformGroup.AI_ASSISTANT).count())
                .isGreaterThanOrEqualTo(8);
        for (Platform p : BUILT_IN.platforms()) {
            boolean checkedToday = p.checked().equals(LocalDate.of(2026, 12, 1));
            assertThat(checkedToday || p.notVerified() != null).as(p.id()).isTrue();
        }
    }

    @Test
    void theDigitalOmnibusIsAProposalNotLaw() {
        RegulatoryAction omnibus = BUILT_IN.regulatory().stream()
                .filter(r -> r.id().equals("digital-omnibus-ai-training")).findFirst().orElseThrow();
        assertThat(omnibus.status()).isEqualTo(RegulatoryStatus.PROPOSED);
        assertThat(BUILT_IN.regulatoryFor("grok")).extracting(RegulatoryAction::id).contains("dpc-grok-inquiry");
        assertThat(BUILT_IN.changesOf("google-gemini")).extracting(GuideChange::kind).contains(GuideChangeKind.PATH_MOVED);
    }
}
