package app.notrain.ui.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import app.notrain.catalog.CatalogReader;
import app.notrain.catalog.Region;
import app.notrain.i18n.Language;
import app.notrain.i18n.Messages;
import app.notrain.progress.MeasureRecord;
import app.notrain.progress.Profile;
import app.notrain.progress.ProgressBook;
import app.notrain.progress.ProgressData;
import app.notrain.progress.StepStatus;
import app.notrain.progress.UseKind;
import app.notrain.ui.organisation.OrganisationViewModel.MeasureRow;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The checklist page's state and commands, without a toolkit. */
class OrganisationViewModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T09:00:00Z"), ZoneOffset.UTC);
    private ProgressBook book;
    private OrganisationViewModel model;
    private final List<String> opened = new ArrayList<>();

    @BeforeEach
    void aBusinessInFrench() {
        book = new ProgressBook(CatalogReader.builtIn(), ProgressData.EMPTY, CLOCK);
        book.completeSetup(new Profile(Region.EU_EEA, true, UseKind.BUSINESS));
        model = new OrganisationViewModel(book, Messages.of(Language.FR), LocalDate.of(2026, 11, 22), ZoneOffset.UTC,
                opened::add);
    }

    @Test
    void eachMeasureComesWithItsExplanationAndSourcesInTheLanguage() {
        MeasureRow first = model.measures().get(0);

        assertThat(first.title()).isEqualTo("Former l’équipe à ce qui est public et à ce qui entraîne l’IA");
        assertThat(first.detail()).startsWith("Toute personne qui publie");
        assertThat(first.sources()).extracting(OrganisationViewModel.SourceLine::text).first().asString()
                .contains("AQUI");
        assertThat(first.standing()).isEqualTo("À faire");
        assertThat(first.recheckDays()).isEqualTo(365);
        assertThat(model.summary()).isEqualTo("aucune mesure en place sur 9");
    }

    @Test
    void markDoneKeepsTheOwnerAndNoteAndSaysWhatItDid() {
        model.record("dpo-register", StepStatus.STARTED, "à voir avec le DPO", null, "Karim", null);
        model.markDone("dpo-register");

        MeasureRecord record = book.measure("dpo-register").orElseThrow();
        assertThat(record.status()).isEqualTo(StepStatus.DONE);
        assertThat(record.owner()).isEqualTo("Karim");
        assertThat(record.note()).isEqualTo("à voir avec le DPO");
        assertThat(model.feedbackProperty().get()).startsWith("Enregistré : Le DPO inscrit").endsWith("→ Fait");
    }

    @Test
    void anUnchangedFormIsNoChangeAndTheCatalogsIntervalIsNotCopied() {
        model.record("train-team", StepStatus.DONE, null, null, null, 365);
        int changes = book.history().size();

        model.record("train-team", StepStatus.DONE, "", " ", null, 365);

        assertThat(book.history()).hasSize(changes);
        assertThat(book.measure("train-team").orElseThrow().recheckDays()).isNull();
    }

    @Test
    void aBadIntervalIsRefusedInWordsAndNothingIsRecorded() {
        model.record("train-team", StepStatus.DONE, null, null, null, -1);

        assertThat(book.measure("train-team")).isEmpty();
        assertThat(model.feedbackProperty().get()).contains("nombre de jours supérieur à 0");
    }
}
