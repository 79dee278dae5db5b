package app.notrain.ui.report;

import static org.assertj.core.api.Assertions.assertThat;

import app.notrain.catalog.CatalogReader;
import app.notrain.catalog.Region;
import app.notrain.i18n.Language;
import app.notrain.progress.MovingClock;
import app.notrain.progress.Preferences;
import app.notrain.progress.Profile;
import app.notrain.progress.ProgressBook;
import app.notrain.progress.ProgressData;
import app.notrain.progress.UseKind;
import app.notrain.report.ReportFormats;
import app.notrain.store.EvidenceFolder;
import app.notrain.ui.AppState;
import app.notrain.ui.BackgroundWork;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export page's choices and their effects on real files, without starting JavaFX. */
class ReportViewModelTest {
    @TempDir
    Path dir;
    private final MovingClock clock = new MovingClock(java.time.Instant.parse("2026-03-14T22:30:00Z"));
    private AppState state;
    private final List<Path> asked = new ArrayList<>();

    @BeforeEach
    void book() {
        state = new AppState(Language.EN, clock);
        ProgressBook book = new ProgressBook(CatalogReader.builtIn(), ProgressData.EMPTY, clock);
        book.completeSetup(new Profile(Region.EU_EEA, true, UseKind.PERSONAL));
        book.addAccount("linkedin", "me@work.example", null, null);
        state.bookProperty().set(book);
    }

    private ReportViewModel model() {
        return new ReportViewModel(state, BackgroundWork.onCallingThread(), url -> { }, clock.getZone(), dir,
                EvidenceFolder.beside(dir.resolve("progress.json")));
    }

    @Test
    void aNewFormatGivesATypedNameItsExtensionToo() {
        ReportViewModel model = model();
        model.targetProperty().set(dir.resolve("for-the-dpo.html").toString());

        model.formatProperty().set(ReportFormats.PDF);
        assertThat(model.targetProperty().get()).isEqualTo(dir.resolve("for-the-dpo.pdf").toString());
        model.targetProperty().set(dir.resolve("notes.v2").toString());     // not a report's extension: kept
        model.formatProperty().set(ReportFormats.CSV);
        assertThat(model.targetProperty().get()).isEqualTo(dir.resolve("notes.v2.csv").toString());
    }

    @Test
    void anExistingFileIsKeptWhenTheUserSaysNo() throws Exception {
        Path existing = Files.writeString(dir.resolve("report.html"), "my own page");
        ReportViewModel model = model();
        model.targetProperty().set(existing.toString());

        model.export(file -> {
            asked.add(file);
            return false;
        });

        assertThat(asked).containsExactly(existing);
        assertThat(Files.readString(existing)).isEqualTo("my own page");
        assertThat(model.resultProperty().get()).startsWith("Nothing written");
        assertThat(model.writtenProperty().get()).isNull();

        model.export(file -> true);
        assertThat(Files.readString(existing)).contains("me@work.example");
    }

    @Test
    void theFolderAndFormatOfTheLastExportAreRememberedForTheNextPage() {
        Path reports = dir.resolve("reports");
        ReportViewModel first = model();
        first.formatProperty().set(ReportFormats.MD);
        first.targetProperty().set(reports.resolve("mine.md").toString());
        reports.toFile().mkdirs();
        first.export(file -> true);

        Preferences kept = state.book().preferences();
        assertThat(kept.exportFolder()).isEqualTo(reports.toString());
        assertThat(kept.exportFormat()).isEqualTo("MD");
        ReportViewModel next = model();                       // as after a restart: read from the preferences
        assertThat(next.formatProperty().get()).isEqualTo(ReportFormats.MD);
        assertThat(next.targetProperty().get()).isEqualTo(reports.resolve("NoTrain-report-2026-03-14.md").toString());
    }

    @Test
    void theResultClearsWhenASettingChangesAndFollowsTheLanguage() {
        ReportViewModel model = model();
        model.export(file -> true);
        assertThat(model.resultProperty().get()).startsWith("Report written to");

        state.languageProperty().set(Language.FR);
        assertThat(model.resultProperty().get()).startsWith("Rapport écrit dans");
        model.ownerProperty().set("someone");
        assertThat(model.resultProperty().get()).isEmpty();
        assertThat(model.writtenProperty().get()).isNull();
    }

    @Test
    void asOfLeftOnTodayRollsOverAtMidnightAndAChosenDayStays() {
        ReportViewModel model = model();
        assertThat(model.asOfProperty().get()).isEqualTo(LocalDate.of(2026, 3, 14));

        clock.advance(Duration.ofHours(2));                    // past midnight, UTC
        state.checkDay();
        assertThat(model.asOfProperty().get()).isEqualTo(LocalDate.of(2026, 3, 15));
        assertThat(model.targetProperty().get()).endsWith("NoTrain-report-2026-03-15.html");

        model.asOfProperty().set(LocalDate.of(2026, 1, 31));
        clock.advance(Duration.ofDays(1));
        state.checkDay();
        assertThat(model.asOfProperty().get()).isEqualTo(LocalDate.of(2026, 1, 31));
    }
}
