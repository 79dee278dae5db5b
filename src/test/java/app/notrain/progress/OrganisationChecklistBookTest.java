package app.notrain.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.notrain.catalog.Catalog;
import app.notrain.catalog.CatalogReader;
import app.notrain.catalog.Region;
import app.notrain.i18n.Language;
import app.notrain.i18n.Messages;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A business's measures are tracked like steps: recorded, dated, in the history, undone, re-checked. */
class OrganisationChecklistBookTest {
    private static final Catalog CATALOG = CatalogReader.builtIn();
    private final MovingClock clock = new MovingClock(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);
    private ProgressBook book;

    @BeforeEach
    void aBusiness() {
        book = new ProgressBook(CATALOG, ProgressData.EMPTY, clock);
        book.completeSetup(new Profile(Region.EU_EEA, true, UseKind.BUSINESS));
    }

    @Test
    void aMeasureDoneIsCountedWithItsOwnerNoteAndEvidence() {
        book.setMeasure("train-team", StepStatus.DONE, " session of 20 November ", "slides", "Alice", null);
        book.setMeasure("owned-channels", StepStatus.NOT_APPLICABLE, "we publish nothing sensitive", null, null, null);
        book.setMeasure("social-media-charter", StepStatus.STARTED, null, null, "Bob", null);

        OrganisationProgress organisation = book.organisation(LocalDate.of(2026, 11, 22));

        assertThat(organisation.total()).isEqualTo(9);
        assertThat(organisation.inPlace()).isEqualTo(2);
        assertThat(organisation.open()).hasSize(7);
        MeasureProgress training = organisation.measures().get(0);
        assertThat(training.situation()).isEqualTo(Situation.DONE);
        assertThat(training.note()).isEqualTo("session of 20 November");
        assertThat(training.owner()).isEqualTo("Alice");
        assertThat(training.due()).isEqualTo(LocalDate.of(2027, 11, 22));
        assertThat(book.snapshot().measures()).containsOnlyKeys("train-team", "owned-channels",
                "social-media-charter");
    }

    @Test
    void aMeasureDoneComesBackAfterItsIntervalTheUsersOrTheCatalogs() {
        book.setMeasure("systematic-opt-outs", StepStatus.DONE, null, null, null, null);      // 90 days
        book.setMeasure("annual-review", StepStatus.DONE, null, null, null, 30);

        OrganisationProgress later = book.organisation(LocalDate.of(2026, 12, 22));

        assertThat(situation(later, "annual-review")).isEqualTo(Situation.RECHECK_DUE);
        assertThat(situation(later, "systematic-opt-outs")).isEqualTo(Situation.DONE);
        assertThat(later.recheckDue()).isEqualTo(1);
        assertThat(situation(book.organisation(LocalDate.of(2027, 2, 20)), "systematic-opt-outs"))
                .isEqualTo(Situation.RECHECK_DUE);
    }

    @Test
    void aMeasureChangeIsInTheHistoryAndUndoneAndRedoneLikeAStep() {
        book.setMeasure("dpo-register", StepStatus.STARTED, null, null, "DPO", null);
        book.setMeasure("dpo-register", StepStatus.DONE, "entry 12 of the register", null, "DPO", null);
        Change last = book.history().get(book.history().size() - 1);
        assertThat(last.kind()).isEqualTo(ChangeKind.MEASURE_CHANGED);
        assertThat(ChangeTexts.describe(last, book, Messages.of(Language.EN)))
                .isEqualTo("Organisation measure · The DPO records the AI-training processing in the register → Done");

        book.undo();
        assertThat(book.measure("dpo-register")).map(MeasureRecord::status).contains(StepStatus.STARTED);
        book.undo();
        assertThat(book.measure("dpo-register")).isEmpty();
        book.redo();
        assertThat(book.measure("dpo-register")).map(MeasureRecord::owner).contains("DPO");
    }

    @Test
    void aStatusThatBelongsToPlatformsOrAnUnknownMeasureIsRefused() {
        assertThatThrownBy(() -> book.setMeasure("train-team", StepStatus.WAITING, null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not WAITING");
        assertThatThrownBy(() -> book.setMeasure("bake-a-cake", StepStatus.DONE, null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no measure bake-a-cake");
        assertThat(book.snapshot().measures()).isEmpty();
    }

    @Test
    void onlyABusinessTracksTheOrganisation() {
        assertThat(book.tracksOrganisation()).isTrue();
        book.completeSetup(new Profile(Region.EU_EEA, true, UseKind.PERSONAL));
        assertThat(book.tracksOrganisation()).isFalse();
    }

    private static Situation situation(OrganisationProgress organisation, String id) {
        return organisation.measures().stream().filter(m -> m.measure().id().equals(id)).findFirst().orElseThrow()
                .situation();
    }
}
