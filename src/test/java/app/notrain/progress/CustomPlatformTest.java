package app.notrain.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.notrain.catalog.CatalogReader;
import app.notrain.catalog.Platform;
import app.notrain.i18n.Language;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustomPlatformTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @Test
    void aCustomPlatformIsAnOrdinaryPlatformWithTheUsersSteps() {
        Platform platform = CustomPlatform.create("Mastodon (mastodon.social)", "https://mastodon.social/settings",
                List.of(new CustomPlatform.StepInput("Turn off search indexing", "Preferences > Privacy > Search", ""),
                        new CustomPlatform.StepInput("", "", ""),
                        new CustomPlatform.StepInput("Check again after updates", "Preferences", "Look at it")),
                TODAY);

        assertThat(platform.id()).isEqualTo("custom-mastodon-mastodon-social");
        assertThat(platform.steps()).hasSize(2);
        assertThat(platform.steps().get(0).path().in(Language.FR)).containsExactly("Preferences", "Privacy", "Search");
        assertThat(platform.steps().get(1).detail().en()).isEqualTo("Look at it");
    }

    @Test
    void theCatalogRulesApply() {
        assertThatThrownBy(() -> CustomPlatform.create("X", "http://insecure.example", List.of(
                new CustomPlatform.StepInput("a", "b", "")), TODAY)).hasMessageContaining("https");
        assertThatThrownBy(() -> CustomPlatform.create("X", null, List.of(), TODAY))
                .hasMessageContaining("at least one step");
        assertThatThrownBy(() -> CustomPlatform.create("X", null, List.of(
                new CustomPlatform.StepInput("a", " > ", "")), TODAY)).hasMessageContaining("path");
    }

    @Test
    void accountsOnACustomPlatformHaveChecklistsAndTheSnapshotKeepsIt() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);
        ProgressBook book = new ProgressBook(CatalogReader.builtIn(), ProgressData.EMPTY, clock);
        Platform platform = CustomPlatform.create("Forum", null, List.of(
                new CustomPlatform.StepInput("Opt out", "Account > AI", "")), TODAY);
        book.putCustomPlatform(platform);
        Account account = book.addAccount(platform.id(), "me", null, null);

        book.setStep(account.id(), "step-1", StepStatus.DONE, null, null, null);

        assertThat(book.progress(account, TODAY)).extracting(StepProgress::situation).containsExactly(Situation.DONE);
        assertThat(book.snapshot().customPlatforms()).containsExactly(platform);
    }
}
