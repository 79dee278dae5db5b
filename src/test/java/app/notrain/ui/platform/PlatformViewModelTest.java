package app.notrain.ui.platform;

import static org.assertj.core.api.Assertions.assertThat;

import app.notrain.catalog.Catalog;
import app.notrain.catalog.CatalogReader;
import app.notrain.i18n.Language;
import app.notrain.i18n.Messages;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The platform guide's state and commands, without starting JavaFX. */
class PlatformViewModelTest {
    private static final Catalog CATALOG = CatalogReader.builtIn();

    private final List<String> opened = new ArrayList<>();
    private final List<String> copied = new ArrayList<>();

    private PlatformViewModel model(String id, Language language, LocalDate today) {
        return new PlatformViewModel(CATALOG.platform(id).orElseThrow(), Messages.of(language), today, null, opened::add,
                copied::add);
    }

    @Test
    void linkedinShowsItsPathAsBreadcrumbsInTheChosenLanguage() {
        PlatformViewModel english = model("linkedin", Language.EN, LocalDate.of(2026, 11, 22));
        PlatformViewModel french = model("linkedin", Language.FR, LocalDate.of(2026, 11, 22));

        assertThat(english.paths().get(0).crumbs()).contains("Data privacy");
        assertThat(french.paths().get(0).crumbs()).contains("Confidentialité des données");
    }

    @Test
    void copyPathPutsTheWholeBreadcrumbOnTheClipboardAndSaysSo() {
        PlatformViewModel model = model("linkedin", Language.EN, LocalDate.of(2026, 11, 22));
        PlatformViewModel.PathRow row = model.paths().get(0);

        model.copyPath(row);

        assertThat(copied).containsExactly(row.text());
        assertThat(row.text()).contains(" › ");
        assertThat(model.feedbackProperty().get()).startsWith("Path copied:");
    }

    @Test
    void openLinkHandsTheDirectUrlToTheBrowser() {
        PlatformViewModel model = model("facebook", Language.EN, LocalDate.of(2026, 11, 22));

        model.openLink();

        assertThat(opened).containsExactly("https://www.facebook.com/help/contact/712876720715583");
        assertThat(model.linkLabel()).isEqualTo("Open the objection form");
    }

    @Test
    void theTrainingStartReadsDifferentlyBeforeAndAfterTheDate() {
        PlatformViewModel before = model("facebook", Language.EN, LocalDate.of(2025, 5, 22));
        PlatformViewModel after = model("facebook", Language.EN, LocalDate.of(2026, 11, 22));

        assertThat(before.dates()).anySatisfy(d -> assertThat(d.outlook()).startsWith("Training starts in 5 days"));
        assertThat(after.dates()).anySatisfy(d -> assertThat(d.outlook())
                .startsWith("Training began on 27 May 2025: refusing still stops future use"));
    }

    @Test
    void everyFactCarriesItsSourceNumbersAndCheckedDate() {
        PlatformViewModel model = model("instagram", Language.EN, LocalDate.of(2026, 11, 22));
        int sources = model.sources().size();

        assertThat(model.steps()).allSatisfy(step -> {
            assertThat(step.fact().sourceNumbers()).matches("Sources \\d+(, \\d+)*");
            assertThat(step.fact().checked()).startsWith("checked ");
        });
        assertThat(model.steps()).flatExtracting(step -> List.of(step.fact().sourceNumbers().substring(8).split(", ")))
                .allSatisfy(n -> assertThat(Integer.parseInt(n)).isBetween(1, sources));
    }

    @Test
    void theUsersRegionDatesComeFirstAndOthersAreMarkedElsewhere() {
        PlatformViewModel model = new PlatformViewModel(CATALOG.platform("linkedin").orElseThrow(),
                Messages.of(Language.EN), LocalDate.of(2026, 11, 22), app.notrain.catalog.Region.EU_EEA, opened::add,
                copied::add);

        List<PlatformViewModel.DateRow> dates = model.dates();
        assertThat(dates.get(0).elsewhere()).isFalse();
        assertThat(dates.get(dates.size() - 1).elsewhere()).isTrue();
        assertThat(dates).filteredOn(PlatformViewModel.DateRow::elsewhere)
                .allSatisfy(d -> assertThat(d.regions()).doesNotContain("EU/EEA"));
    }

    @Test
    void uncertainFactsAreMarked() {
        PlatformViewModel threads = model("threads", Language.EN, LocalDate.of(2026, 11, 22));

        assertThat(threads.steps()).anySatisfy(step -> assertThat(step.fact().uncertain()).isTrue());
    }

    @Test
    void tikTokSaysItsKindOfRefusalWhereItExistsAndThatThereIsNoneElsewhere() {
        Messages en = Messages.of(Language.EN);
        LocalDate day = LocalDate.of(2026, 12, 1);

        PlatformViewModel inFrance = new PlatformViewModel(CATALOG.platform("tiktok").orElseThrow(), en, day,
                app.notrain.catalog.Region.EU_EEA, opened::add, copied::add);
        PlatformViewModel inTheUs = new PlatformViewModel(CATALOG.platform("tiktok").orElseThrow(), en, day,
                app.notrain.catalog.Region.OTHER, opened::add, copied::add);

        assertThat(inFrance.optOutKind()).isEqualTo("Objection form");
        assertThat(inTheUs.optOutKind()).isEqualTo("No refusal where you live, only mitigations");
    }

    @Test
    void mitigationStepsAndWaitsAreShown() {
        PlatformViewModel tiktok = model("tiktok", Language.EN, LocalDate.of(2026, 11, 22));
        PlatformViewModel snapchat = model("snapchat", Language.FR, LocalDate.of(2026, 11, 22));

        assertThat(tiktok.steps()).anySatisfy(step ->
                assertThat(step.role()).isEqualTo("Reduces exposure, does not refuse"));
        assertThat(snapchat.steps()).anySatisfy(step ->
                assertThat(step.waitNote()).isEqualTo("Attendez ensuite la suppression : jusqu’à 30 jours."));
    }
}
