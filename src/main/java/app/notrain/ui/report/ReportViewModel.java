package app.notrain.ui.report;

import app.notrain.i18n.Language;
import app.notrain.i18n.Messages;
import app.notrain.progress.Account;
import app.notrain.progress.ProgressBook;
import app.notrain.report.ProgressReport;
import app.notrain.report.ReportFormats;
import app.notrain.report.ReportWriter;
import app.notrain.ui.AppState;
import app.notrain.ui.BackgroundWork;
import app.notrain.ui.LinkOpener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The export page (Ctrl+E): format, language, owner, "as of" day and file; the report is put
 * together on the JavaFX thread (it reads the progress) and written in the background.
 */
public final class ReportViewModel {
    private final AppState state;
    private final BackgroundWork work;
    private final LinkOpener links;
    private final ZoneId zone;
    private final Path folder;
    private final ObjectProperty<ReportFormats> format = new SimpleObjectProperty<>(ReportFormats.HTML);
    private final ObjectProperty<Language> language = new SimpleObjectProperty<>();
    private final ObjectProperty<String> owner = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> asOf = new SimpleObjectProperty<>();
    private final StringProperty target = new SimpleStringProperty("");
    private final BooleanProperty working = new SimpleBooleanProperty();
    private final StringProperty result = new SimpleStringProperty("");
    private final ObjectProperty<Path> written = new SimpleObjectProperty<>();
    /** The file name the page proposed, so that a format change updates it unless the user typed their own. */
    private String proposed;

    /** {@code folder}: where the proposed file goes (the user's documents folder, or home). */
    public ReportViewModel(AppState state, BackgroundWork work, LinkOpener links, ZoneId zone, Path folder) {
        this.state = state;
        this.work = work;
        this.links = links;
        this.zone = zone;
        this.folder = folder;
        language.set(state.languageProperty().get());
        asOf.set(state.today());
        propose();
        format.addListener((obs, old, value) -> proposeAgainUnlessEdited());
        asOf.addListener((obs, old, value) -> proposeAgainUnlessEdited());
    }

    /** The proposed name carries the format and the day; a name the user typed is left alone. */
    private void proposeAgainUnlessEdited() {
        if (Objects.equals(target.get(), proposed) && asOf.get() != null) {
            propose();
        }
    }

    private void propose() {
        proposed = folder.resolve("NoTrain-report-" + asOf.get() + "." + format.get().create().extension())
                .toString();
        target.set(proposed);
    }

    public List<String> owners() {
        ProgressBook book = state.book();
        return book == null ? List.of() : book.accounts().stream().map(Account::owner).filter(Objects::nonNull)
                .distinct().sorted().toList();
    }

    public boolean canExport() {
        return state.book() != null;
    }

    public void export() {
        Messages m = Messages.of(language.get());
        Path file = Path.of(target.get().strip());
        ProgressReport report = ProgressReport.of(state.book(), asOf.get(), zone, m, owner.get());
        working.set(true);
        result.set(state.messages().get("report.ui.working"));
        written.set(null);
        work.run(() -> {
            try {
                ReportWriter.write(report, format.get().create(), file);
                return file;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, path -> {
            working.set(false);
            written.set(path);
            result.set(state.messages().get("report.ui.written", path));
        }, failure -> {
            working.set(false);
            Throwable cause = failure instanceof UncheckedIOException u ? u.getCause() : failure;
            result.set(state.messages().get("report.ui.failed", file, cause.getMessage()));
        });
    }

    /** Hands the written report to the system (a browser, a PDF viewer, a spreadsheet). */
    public void open() {
        if (written.get() != null && Files.exists(written.get())) {
            links.open(written.get().toUri().toString());
        }
    }

    public ObjectProperty<ReportFormats> formatProperty() {
        return format;
    }

    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    public ObjectProperty<String> ownerProperty() {
        return owner;
    }

    public ObjectProperty<LocalDate> asOfProperty() {
        return asOf;
    }

    public StringProperty targetProperty() {
        return target;
    }

    public BooleanProperty workingProperty() {
        return working;
    }

    public StringProperty resultProperty() {
        return result;
    }

    public ObjectProperty<Path> writtenProperty() {
        return written;
    }

    public String formatName(ReportFormats value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
