package app.notrain.ui.report;

import app.notrain.i18n.Language;
import app.notrain.i18n.Messages;
import app.notrain.progress.Account;
import app.notrain.progress.EvidenceCheck;
import app.notrain.progress.EvidenceFile;
import app.notrain.progress.Preferences;
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
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The export page (Ctrl+E): format, language, owner, "as of" day and file; the report is put
 * together on the JavaFX thread (it reads the progress) and written in the background. An
 * existing file is replaced only when the user said so; the folder and format of the last export
 * are kept with the preferences; the "as of" day follows the calendar while the user leaves it
 * on today.
 */
public final class ReportViewModel {
    /** Every extension the page writes: a name ending in another one is a name the user chose. */
    private static final Set<String> EXTENSIONS = Arrays.stream(ReportFormats.values())
            .map(f -> f.create().extension().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());

    /** Asks the user whether an existing file may be replaced; the view answers with a dialog. */
    @FunctionalInterface
    public interface ReplaceQuestion {
        boolean mayReplace(Path existing);
    }

    /** What the last export did, kept as facts and put into words in the current language. */
    private record Outcome(String key, Object... args) {
    }

    private final AppState state;
    private final BackgroundWork work;
    private final LinkOpener links;
    private final ZoneId zone;
    private final EvidenceCheck evidence;
    private final ObjectProperty<ReportFormats> format = new SimpleObjectProperty<>(ReportFormats.HTML);
    private final ObjectProperty<Language> language = new SimpleObjectProperty<>();
    private final ObjectProperty<String> owner = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> asOf = new SimpleObjectProperty<>();
    private final StringProperty target = new SimpleStringProperty("");
    private final BooleanProperty working = new SimpleBooleanProperty();
    private final ObjectProperty<Outcome> outcome = new SimpleObjectProperty<>();
    private final StringBinding result;
    private final ObjectProperty<Path> written = new SimpleObjectProperty<>();
    private Path folder;
    /** The file name the page proposed, so that a new day updates it unless the user typed their own. */
    private String proposed;

    /**
     * {@code folder}: where the proposed file goes when no export was made before (documents, or home);
     * {@code evidence}: tells whether each evidence file's copy is still what was attached.
     */
    public ReportViewModel(AppState state, BackgroundWork work, LinkOpener links, ZoneId zone, Path folder,
                           EvidenceCheck evidence) {
        this.state = state;
        this.evidence = evidence;
        this.work = work;
        this.links = links;
        this.zone = zone;
        this.folder = folder;
        result = Bindings.createStringBinding(() -> outcome.get() == null ? ""
                : state.messages().get(outcome.get().key(), outcome.get().args()), outcome, state.languageProperty());
        language.set(state.languageProperty().get());
        asOf.set(state.dayProperty().get());
        rememberedChoices();
        propose();
        format.addListener((obs, old, value) -> followExtension(old, value));
        asOf.addListener((obs, old, value) -> proposeAgainUnlessEdited());
        // The report said "written" about other settings: once they change it would mislead.
        for (Observable setting : List.<Observable>of(format, language, owner, asOf, target)) {
            setting.addListener(o -> forgetOutcome());
        }
        // Left on today, "as of" stays today when midnight passes; a day the user chose stays.
        state.dayProperty().addListener((obs, old, day) -> {
            if (Objects.equals(asOf.get(), old)) {
                asOf.set(day);
            }
        });
    }

    private void rememberedChoices() {
        Preferences saved = state.book() == null ? null : state.book().preferences();
        if (saved == null) {
            return;
        }
        if (saved.exportFolder() != null) {
            try {
                Path last = Path.of(saved.exportFolder());
                if (Files.isDirectory(last)) {
                    folder = last;
                }
            } catch (InvalidPathException e) {
                // a folder from another system; the default folder it is
            }
        }
        if (saved.exportFormat() != null) {
            Arrays.stream(ReportFormats.values()).filter(f -> f.name().equals(saved.exportFormat())).findFirst()
                    .ifPresent(format::set);
        }
    }

    private void forgetOutcome() {
        if (!working.get()) {
            outcome.set(null);
            written.set(null);
        }
    }

    /** The proposed name carries the day; a name the user typed is left alone. */
    private void proposeAgainUnlessEdited() {
        if (Objects.equals(target.get(), proposed) && asOf.get() != null) {
            propose();
        }
    }

    private void propose() {
        proposed = folder.resolve("NoTrain-report-" + asOf.get() + "." + extension(format.get())).toString();
        target.set(proposed);
    }

    /** A new format gives the file its extension, whether the name was proposed or typed. */
    private void followExtension(ReportFormats old, ReportFormats now) {
        String file = target.get();
        boolean wasProposed = Objects.equals(file, proposed);
        String base = withoutReportExtension(file);
        target.set(base + "." + extension(now));
        if (wasProposed) {
            proposed = target.get();
        }
    }

    private String withoutReportExtension(String file) {
        int dot = file.lastIndexOf('.');
        int separator = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
        if (dot > separator + 1 && EXTENSIONS.contains(file.substring(dot + 1).toLowerCase(Locale.ROOT))) {
            return file.substring(0, dot);
        }
        return file.isBlank() ? folder.resolve("NoTrain-report-" + asOfOrToday()).toString() : file;
    }

    private LocalDate asOfOrToday() {
        return asOf.get() != null ? asOf.get() : state.dayProperty().get();
    }

    private static String extension(ReportFormats value) {
        return value.create().extension();
    }

    public List<String> owners() {
        ProgressBook book = state.book();
        return book == null ? List.of() : book.accounts().stream().map(Account::owner).filter(Objects::nonNull)
                .distinct().sorted().toList();
    }

    public boolean canExport() {
        return state.book() != null;
    }

    /**
     * Writes the report. A file already there is replaced only if {@code replace} says so: asked
     * here, on the JavaFX thread, before anything is written.
     */
    public void export(ReplaceQuestion replace) {
        Path file;
        try {
            file = Path.of(target.get().strip());
        } catch (InvalidPathException e) {
            outcome.set(new Outcome("report.ui.failed", target.get(), e.getMessage()));
            return;
        }
        if (Files.exists(file) && !Files.isDirectory(file) && !replace.mayReplace(file)) {
            outcome.set(new Outcome("report.ui.notReplaced", file));
            return;
        }
        Messages m = Messages.of(language.get());
        ReportFormats chosen = format.get();
        ProgressBook book = state.book();
        LocalDate day = asOf.get();
        String whose = owner.get();
        working.set(true);
        outcome.set(new Outcome("report.ui.working"));
        written.set(null);
        // The evidence files' copies are read off the JavaFX thread; the report is then made on it, from the book.
        List<EvidenceFile> files = book.evidenceFiles();
        work.run(() -> files.stream().distinct().collect(Collectors.toMap(f -> f, evidence::check)),
                checked -> write(ProgressReport.of(book, day, zone, m, whose, null, checked::get), chosen, file),
                failure -> failed(file, failure));
    }

    private void write(ProgressReport report, ReportFormats chosen, Path file) {
        work.run(() -> {
            try {
                ReportWriter.write(report, chosen.create(), file);
                return file;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, path -> {
            working.set(false);
            written.set(path);
            outcome.set(new Outcome("report.ui.written", path));
            remember(path, chosen);
        }, failure -> failed(file, failure));
    }

    private void failed(Path file, Throwable failure) {
        working.set(false);
        Throwable cause = failure instanceof UncheckedIOException u ? u.getCause() : failure;
        outcome.set(new Outcome("report.ui.failed", file, cause.getMessage()));
    }

    /** The next export starts where this one went, in the same format, after a restart too. */
    private void remember(Path file, ReportFormats chosen) {
        Path parent = file.toAbsolutePath().getParent();
        ProgressBook book = state.book();
        if (parent == null || book == null) {
            return;
        }
        folder = parent;
        Preferences saved = book.preferences() != null ? book.preferences()
                : new Preferences(state.languageProperty().get(), false);
        book.setPreferences(saved.withExport(parent.toString(), chosen.name()));
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

    /** What the last export did, in the window's current language; empty once a setting changed. */
    public StringBinding resultProperty() {
        return result;
    }

    public ObjectProperty<Path> writtenProperty() {
        return written;
    }

    public String formatName(ReportFormats value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
