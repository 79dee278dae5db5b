package app.notrain.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import app.notrain.catalog.CatalogReader;
import app.notrain.catalog.Region;
import app.notrain.i18n.Language;
import app.notrain.i18n.Messages;
import app.notrain.progress.ProgressBook;
import app.notrain.progress.ProgressData;
import app.notrain.progress.Profile;
import app.notrain.progress.UseKind;
import app.notrain.ui.AppState;
import app.notrain.ui.wizard.WizardViewModel;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The report cover's names: asked by the wizard for a business, edited in the settings; no toolkit needed. */
class ReportCoverViewModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);
    private final ProgressBook book = new ProgressBook(CatalogReader.builtIn(), ProgressData.EMPTY, CLOCK);

    @Test
    void theSettingsShowTheNamesAndSaveTheChangeAsOneProfileChange() {
        book.completeSetup(new Profile(Region.UK, true, UseKind.BUSINESS).withNames("ACME", "Claire"));
        ReportCoverViewModel cover = new ReportCoverViewModel(book, Messages.of(Language.EN));
        assertThat(cover.organisationProperty().get()).isEqualTo("ACME");
        assertThat(cover.authorProperty().get()).isEqualTo("Claire");

        cover.organisationProperty().set("  ACME SARL  ");
        cover.authorProperty().set(" ");
        assertThat(book.profile().organisation()).as("nothing before save").isEqualTo("ACME");
        cover.save();

        assertThat(book.profile()).isEqualTo(new Profile(Region.UK, true, UseKind.BUSINESS).withNames("ACME SARL", null));
        assertThat(cover.organisationProperty().get()).isEqualTo("ACME SARL");
        assertThat(cover.authorProperty().get()).isEmpty();
        assertThat(cover.statusProperty().get()).startsWith("Saved");
        assertThat(book.history()).hasSize(2);
        book.undo();
        assertThat(book.profile().organisation()).as("undoable").isEqualTo("ACME");
    }

    @Test
    void theWizardKeepsTheNamesItAsksAndTheSenderItDoesNot() {
        AppState state = new AppState(Language.EN, CLOCK);
        state.bookProperty().set(book);
        book.completeSetup(new Profile(Region.EU_EEA, true, UseKind.BUSINESS).withNames("ACME", null));
        book.setSender(new app.notrain.progress.Sender("Claire Dubois", "1 rue X\n75001 Paris", "FR"));
        WizardViewModel wizard = new WizardViewModel(state);
        assertThat(wizard.organisationProperty().get()).as("filled in from the profile").isEqualTo("ACME");

        wizard.authorProperty().set("Claire Dubois, DPO");
        wizard.finish();

        assertThat(book.profile().organisation()).isEqualTo("ACME");
        assertThat(book.profile().author()).isEqualTo("Claire Dubois, DPO");
        assertThat(book.profile().sender().name()).isEqualTo("Claire Dubois");
    }
}
