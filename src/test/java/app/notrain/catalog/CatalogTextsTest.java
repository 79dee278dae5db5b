package app.notrain.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import app.notrain.i18n.Language;
import app.notrain.i18n.Messages;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a key date means on a given day, in words, before and after training starts. */
class CatalogTextsTest {
    private static final KeyDate META_START = new KeyDate("start", DateKind.TRAINING_START,
            FactDate.parse("2025-05-27"), List.of(Region.EU_EEA), new Text("Start", "Début"), List.of("s"), false, null);

    private final CatalogTexts english = new CatalogTexts(Messages.of(Language.EN));
    private final CatalogTexts french = new CatalogTexts(Messages.of(Language.FR));

    @Test
    void beforeTrainingStartsTheUserIsToldToObjectNowToCoverPastPosts() {
        String text = english.outlook(META_START, OptOutKind.OBJECTION_FORM, LocalDate.of(2025, 5, 22));

        assertThat(text).isEqualTo("Training starts in 5 days: object now to cover what you have already published.");
    }

    @Test
    void oneDayBeforeTheWordingIsSingular() {
        assertThat(english.outlook(META_START, OptOutKind.OBJECTION_FORM, LocalDate.of(2025, 5, 26)))
                .startsWith("Training starts in 1 day:");
        assertThat(french.outlook(META_START, OptOutKind.OBJECTION_FORM, LocalDate.of(2025, 5, 26)))
                .startsWith("L’entraînement commence dans 1 jour :");
    }

    @Test
    void onTheDayItselfTrainingStartsToday() {
        assertThat(english.outlook(META_START, OptOutKind.OBJECTION_FORM, LocalDate.of(2025, 5, 27)))
                .startsWith("Training starts today:");
    }

    @Test
    void afterTrainingStartedARefusalOnlyStopsFutureUse() {
        String text = english.outlook(META_START, OptOutKind.OBJECTION_FORM, LocalDate.of(2026, 11, 22));

        assertThat(text).isEqualTo("Training began on 27 May 2025: refusing still stops future use, "
                + "but what was already collected stays in existing models.");
        assertThat(french.outlook(META_START, OptOutKind.OBJECTION_FORM, LocalDate.of(2026, 11, 22)))
                .startsWith("L’entraînement a commencé le 27 mai 2025 :");
    }

    @Test
    void withoutARefusalTheAdviceIsToLimitWhatIsPublic() {
        assertThat(english.outlook(META_START, OptOutKind.MITIGATIONS_ONLY, LocalDate.of(2026, 1, 1)))
                .contains("there is no refusal");
    }

    @Test
    void aMonthOnlyDateReadsAsAround() {
        KeyDate month = new KeyDate("m", DateKind.TRAINING_START, FactDate.parse("2024-09"), List.of(),
                new Text("x", "x"), List.of("s"), true, null);

        assertThat(english.outlook(month, OptOutKind.SETTINGS_TOGGLE, LocalDate.of(2026, 1, 1)))
                .startsWith("Training began around September 2024:");
        assertThat(french.outlook(month, OptOutKind.SETTINGS_TOGGLE, LocalDate.of(2026, 1, 1)))
                .startsWith("L’entraînement a commencé vers septembre 2024 :");
    }

    @Test
    void otherDatesCountDaysBothWays() {
        KeyDate policy = new KeyDate("p", DateKind.POLICY_CHANGE, FactDate.parse("2025-05-27"), List.of(),
                new Text("x", "x"), List.of("s"), false, null);

        assertThat(english.outlook(policy, OptOutKind.SETTINGS_TOGGLE, LocalDate.of(2025, 5, 20))).isEqualTo("in 7 days");
        assertThat(english.outlook(policy, OptOutKind.SETTINGS_TOGGLE, LocalDate.of(2025, 5, 28))).isEqualTo("1 day ago");
        assertThat(french.outlook(policy, OptOutKind.SETTINGS_TOGGLE, LocalDate.of(2025, 6, 6))).isEqualTo("il y a 10 jours");
    }

    @Test
    void regionsAreNamedOrEverywhere() {
        assertThat(english.regions(List.of())).isEqualTo("everywhere");
        assertThat(french.regions(List.of(Region.EU_EEA, Region.UK))).isEqualTo("UE/EEE, Royaume-Uni");
    }
}
