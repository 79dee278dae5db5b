package app.notrain.ui;

import app.notrain.catalog.Catalog;
import app.notrain.catalog.CatalogException;
import app.notrain.catalog.CatalogReader;
import app.notrain.catalog.CatalogSource;
import app.notrain.catalog.CatalogTexts;
import app.notrain.catalog.Platform;
import app.notrain.catalog.Region;
import app.notrain.i18n.Language;
import app.notrain.i18n.Messages;
import app.notrain.progress.Change;
import app.notrain.progress.ChangeTexts;
import app.notrain.progress.Preferences;
import app.notrain.progress.ProgressBook;
import app.notrain.progress.ProgressData;
import app.notrain.progress.GuideUpdate;
import app.notrain.progress.GuideUpdates;
import app.notrain.progress.Reversal;
import java.time.LocalDate;
import app.notrain.store.AtomicFile;
import app.notrain.store.EvidenceFolder;
import app.notrain.store.ProgressStore;
import app.notrain.store.StoreChangedOutsideException;
import app.notrain.store.StoreDamagedException;
import app.notrain.store.StoreException;
import app.notrain.store.StoreLockedException;
import app.notrain.store.StorePathException;
import app.notrain.store.StoreReadOnlyException;
import app.notrain.store.StoreTooNewException;
import app.notrain.ui.dashboard.DashboardViewModel;
import app.notrain.ui.organisation.OrganisationViewModel;
import app.notrain.ui.platform.AccountsViewModel;
import app.notrain.ui.platform.EvidenceAccess;
import app.notrain.ui.report.ReportViewModel;
import app.notrain.ui.platform.PlatformListViewModel;
import app.notrain.ui.platform.PlatformViewModel;
import app.notrain.ui.wizard.WizardViewModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The window's state and commands: start-up, navigation, language, theme, undo. */
public final class MainViewModel {
    /** Actions the start-up notice names; the rest are counted. */
    private static final int NAMED_IN_NOTICE = 3;
    private final AppState state;
    private final AppContext context;
    private final PlatformListViewModel platformList;
    private ProgressStore store;
    private EvidenceFolder evidence;
    private AutoSaver saver;
    private WizardViewModel wizard;
    private DashboardViewModel dashboard;
    private ReportViewModel report;
    private boolean startedOnce;

    public MainViewModel(AppState state, AppContext context) {
        this.state = state;
        this.context = context;
        this.platformList = new PlatformListViewModel(state);
        state.languageProperty().addListener((obs, old, language) -> keepPreferences());
        state.themeProperty().addListener((obs, old, theme) -> keepPreferences());
        state.textSizeProperty().addListener((obs, old, size) -> keepPreferences());
    }

    public AppState state() {
        return state;
    }

    public AppContext context() {
        return context;
    }

    public PlatformListViewModel platformList() {
        return platformList;
    }

    /** What start-up reads off the JavaFX thread: the catalog, and the store (locked, loaded). */
    private record Loaded(Catalog catalog, ProgressStore store, ProgressBook book, StoreProblem problem,
                          boolean readOnly) {
        Loaded(Catalog catalog, ProgressStore store, ProgressBook book, StoreProblem problem) {
            this(catalog, store, book, problem, false);
        }
    }

    /** Loads the catalog and the progress off the JavaFX thread; the window is already on screen meanwhile. */
    public void start() {
        context.work().run(this::load, this::loaded,
                failure -> state.catalogErrorProperty().set(failure.getMessage()));
    }

    private Loaded load() {
        CatalogSource.Effective effective = context.catalog().get();
        Catalog catalog = effective.catalog();
        if (effective.importProblem() != null) {
            javafx.application.Platform.runLater(() -> state.statusProperty().set(
                    state.messages().get("status.importIgnored", effective.importProblem())));
        }
        Path file = context.storeFile();
        ProgressStore opened = null;
        try {
            opened = ProgressStore.open(file, context.clock());
            ProgressBook book = new ProgressBook(catalog, opened.load(), context.clock());
            book.prepareHistory();          // here rather than on the JavaFX thread at the first undo
            return new Loaded(catalog, opened, book, null, opened.readOnly());
        } catch (StoreLockedException e) {
            return new Loaded(catalog, null, null, new StoreProblem(StoreProblem.Kind.LOCKED, file, null, null, null));
        } catch (StoreDamagedException e) {
            Path backup = newestBackup(opened);
            return new Loaded(catalog, opened, null, new StoreProblem(StoreProblem.Kind.DAMAGED, file, e.problem(),
                    backup, savedAt(backup)));
        } catch (StoreTooNewException e) {
            closeQuietly(opened);
            return new Loaded(catalog, null, null, new StoreProblem(StoreProblem.Kind.TOO_NEW, file,
                    e.foundVersion() + " > " + e.supportedVersion(), null, null));
        } catch (StorePathException e) {
            closeQuietly(opened);
            return new Loaded(catalog, null, null, new StoreProblem(StoreProblem.Kind.UNREADABLE, file,
                    state.messages().get(e.reason().messageKey(), e.file(), e.culprit()), null, null));
        } catch (IOException | StoreException e) {
            closeQuietly(opened);
            return new Loaded(catalog, null, null, new StoreProblem(StoreProblem.Kind.UNREADABLE, file,
                    e.getMessage(), null, null));
        }
    }

    private void loaded(Loaded loaded) {
        state.catalogProperty().set(loaded.catalog());
        if (state.selectedPlatformIdProperty().get() == null && !loaded.catalog().platforms().isEmpty()) {
            state.selectedPlatformIdProperty().set(loaded.catalog().platforms().get(0).id());
        }
        store = loaded.store();
        if (loaded.problem() != null) {
            state.storeProblemProperty().set(loaded.problem());
            return;
        }
        useProgress(loaded.book());
        if (loaded.readOnly()) {
            state.statusProperty().set(state.messages().get("status.readOnly", store.path()));
        }
    }

    private void useProgress(Catalog catalog, ProgressData data) {
        useProgress(new ProgressBook(catalog, data, context.clock()));
    }

    private void useProgress(ProgressBook book) {
        if (saver == null) {
            saver = new AutoSaver(store, e -> javafx.application.Platform.runLater(() -> saveFailed(e)));
        }
        long[] shown = {book.progressChanges()};
        book.addListener(() -> {
            saver.save(book.snapshot());
            if (book.progressChanges() != shown[0]) {         // not for the preferences or the day of the visit
                shown[0] = book.progressChanges();
                state.revisionProperty().set(state.revisionProperty().get() + 1);
            }
        });
        state.storeProblemProperty().set(null);
        applyPreferences(book);
        // The home screen is chosen before the book arrives, so that only that screen is built.
        if (!book.accounts().isEmpty() && !startedOnce) {
            state.sectionProperty().set(Section.DASHBOARD);          // the home screen once there are accounts
        }
        announceWhatBecameDue(book);            // before the book: its first figures are marked
        state.bookProperty().set(book);
        // First run: the wizard. Someone who skipped it and added accounts by hand is not asked again.
        if (!book.setupDone() && book.accounts().isEmpty()) {
            state.wizardShowingProperty().set(true);
        }
        startedOnce = true;
    }

    /**
     * Replaces the catalog with a newer one the user chose. It is validated first; an invalid or
     * older file changes nothing. Steps the new catalog changed come back for a re-check.
     */
    public void importCatalog(Path file) {
        ProgressBook book = state.book();
        Catalog current = state.catalogProperty().get();
        context.work().run(() -> {
            try {
                byte[] bytes = Files.readAllBytes(file);
                Catalog imported = CatalogReader.readBundle(new String(bytes, StandardCharsets.UTF_8), file.toString());
                if (!CatalogSource.isNewer(imported, current)) {
                    return new Imported(null, "settings.importNotNewer", imported.catalogVersion());
                }
                // The bytes that were checked are the bytes kept; an older import is simply replaced.
                new AtomicFile().writeWithoutRotating(CatalogSource.importedFileFor(context.storeFile()), bytes);
                return new Imported(imported, null, null);
            } catch (CatalogException e) {
                return new Imported(null, "settings.importInvalid",
                        String.join("\n", e.problems().stream().limit(10).toList()));
            } catch (IOException e) {
                return new Imported(null, "settings.importFailed", e.getMessage());
            }
        }, imported -> {
            if (imported.catalog() == null) {
                state.statusProperty().set(state.messages().get(imported.problemKey(), imported.detail(),
                        current.catalogVersion()));
                return;
            }
            // What changed for the user's accounts, said before the new guides are shown.
            state.setGuideUpdates(book == null ? List.of() : GuideUpdates.since(current, imported.catalog(), book));
            state.catalogProperty().set(imported.catalog());
            if (book != null) {
                useProgress(imported.catalog(), book.snapshot());
            }
            state.statusProperty().set(state.messages().get("settings.imported", imported.catalog().catalogVersion(),
                    state.guideUpdates().size()));
        }, failure -> state.statusProperty().set(state.messages().get("settings.importFailed", failure.getMessage())));
    }

    /** "Since your last guides": one line per change that concerns the user's accounts, at most {@code max}. */
    public List<String> guideUpdateLines(int max) {
        Messages m = state.messages();
        CatalogTexts texts = new CatalogTexts(m);
        List<String> lines = new java.util.ArrayList<>();
        for (GuideUpdate u : state.guideUpdates().stream().limit(max).toList()) {
            String what = u.step() == null ? m.label(u.kind())
                    : m.get("settings.guideUpdates.step", m.label(u.kind()), texts.text(u.step().title()));
            if (u.recheck()) {
                what = m.get("settings.guideUpdates.recheck", what);
            }
            lines.add(m.get("settings.guideUpdates.line", u.platform().name(), u.account().label(), what));
        }
        if (state.guideUpdates().size() > max) {
            lines.add(m.get("settings.guideUpdates.more", state.guideUpdates().size() - max));
        }
        return lines;
    }

    /** The imported catalog, or the message key and detail of why not. */
    private record Imported(Catalog catalog, String problemKey, String detail) {
    }

    /** Adds the user's own platform to their progress file and shows it. */
    public void addCustomPlatform(Platform platform) {
        state.book().putCustomPlatform(platform);
        state.selectedPlatformIdProperty().set(platform.id());
        state.statusProperty().set(state.messages().get("custom.added", platform.name()));
    }

    /** Where the start-up notice leads: the dashboard, showing only what became due. */
    public void showDueActions() {
        dashboard().showDue();
        state.sectionProperty().set(Section.DASHBOARD);
    }

    /**
     * Once per start: what became due since the last time the window opened, if anything did. The day
     * of this visit is written once the home screen's figures are in: written at start, the whole store
     * competed with loading and assessing it for the machine's cores.
     */
    private void announceWhatBecameDue(ProgressBook book) {
        LocalDate today = state.today();
        LocalDate last = book.lastOpened();
        if (startedOnce || book.accounts().isEmpty() || today.equals(last)) {
            return;                     // nothing to announce without accounts, and no file written for it
        }
        dashboard().markDueSince(last != null && last.isBefore(today) ? last : null, due -> {
            if (state.book() == book && store != null && !store.readOnly()) {
                book.markOpened(today);
            }
            if (due.isEmpty()) {
                return;
            }
            Messages m = state.messages();
            // Name the first few, so the user knows what waits before opening anything.
            String names = due.stream().limit(NAMED_IN_NOTICE)
                    .map(r -> m.get("notice.item", r.whose(), m.label(r.urgency())))
                    .collect(java.util.stream.Collectors.joining(", "));
            if (due.size() > NAMED_IN_NOTICE) {
                names = m.get("notice.more", names, due.size() - NAMED_IN_NOTICE);
            }
            state.noticeProperty().set(m.get("notice.becameDue", due.size(),
                    new app.notrain.catalog.CatalogTexts(m).date(last), names));
        });
    }

    /**
     * The language, theme and text size come back as the user left them (unless a language was
     * asked for on the command line); from then on, each switch is kept. A name this NoTrain does
     * not know (from a newer one) leaves the default shown and the name in the file.
     */
    private void applyPreferences(ProgressBook book) {
        Preferences saved = book.preferences();
        if (saved != null) {
            if (context.language() == null && saved.language() != null) {
                state.languageProperty().set(saved.language());
            }
            Theme theme = known(Theme.class, saved.themeName());
            if (theme != null) {
                state.themeProperty().set(theme);
            }
            TextSize size = known(TextSize.class, saved.textSize());
            if (size != null) {
                state.textSizeProperty().set(size);
            }
        }
    }

    private static <E extends Enum<E>> E known(Class<E> type, String name) {
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(name)) {
                return value;
            }
        }
        return null;
    }

    /** Each switch of language, theme or text size is kept with the progress, once there is one. */
    private void keepPreferences() {
        ProgressBook book = state.book();
        if (book != null) {
            Preferences kept = book.preferences() != null ? book.preferences() : new Preferences(null, false);
            Preferences chosen = kept.withLook(state.languageProperty().get(), state.themeProperty().get().name(),
                    state.textSizeProperty().get().name());
            book.setPreferences(chosen);
        }
    }

    private void saveFailed(Exception e) {
        if (e instanceof StoreChangedOutsideException) {
            StoreProblem shown = state.storeProblemProperty().get();
            if (shown == null || shown.kind() != StoreProblem.Kind.CHANGED_OUTSIDE) { // keep a comparison shown
                state.storeProblemProperty().set(new StoreProblem(StoreProblem.Kind.CHANGED_OUTSIDE,
                        context.storeFile(), null, null, null));
            }
            return;
        }
        if (e instanceof StoreReadOnlyException) {
            // Said once at start-up already; the changes stay in memory while the window is open.
            state.statusProperty().set(state.messages().get("status.readOnly", store.path()));
            return;
        }
        state.storeProblemProperty().set(new StoreProblem(StoreProblem.Kind.SAVE_FAILED,
                context.storeFile(), e.getMessage(), null, null));
    }

    /** The file changed by another program replaces this window's progress, which is dropped. */
    public void reloadTheirs() {
        Catalog catalog = state.catalogProperty().get();
        context.work().run(() -> {
            try {
                return store.load();
            } catch (IOException | StoreException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }, data -> {
            useProgress(catalog, data);
            state.statusProperty().set(state.messages().get("status.reloaded", store.path().getFileName()));
        }, failure -> state.storeProblemProperty().set(new StoreProblem(StoreProblem.Kind.UNREADABLE,
                context.storeFile(), failure.getMessage(), null, null)));
    }

    /** This window's progress is saved over the changed file, which is kept aside first. */
    public void keepMine() {
        ProgressBook book = state.book();
        if (book == null) {
            return;
        }
        ProgressData mine = book.snapshot();
        context.work().run(() -> {
            try {
                return store.keepMine(mine).map(p -> p.getFileName().toString()).orElse("");
            } catch (IOException | StoreException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }, kept -> {
            state.storeProblemProperty().set(null);
            state.statusProperty().set(kept.isEmpty() ? state.messages().get("status.keptMineDeleted")
                    : state.messages().get("status.keptMine", kept));
            ProgressData now = state.book().snapshot();
            if (!now.equals(mine)) {
                saver.save(now); // changed while the file was being written
            }
        }, failure -> state.storeProblemProperty().set(new StoreProblem(StoreProblem.Kind.SAVE_FAILED,
                context.storeFile(), failure.getMessage(), null, null)));
    }

    /** Shows how the changed file differs from this window's progress, in accounts and recorded steps. */
    public void compareVersions() {
        ProgressBook book = state.book();
        if (book == null) {
            return;
        }
        ProgressData mine = book.snapshot();
        context.work().run(() -> {
            try {
                return store.compareWithDisk(mine);
            } catch (IOException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }, comparison -> state.storeProblemProperty().set(new StoreProblem(StoreProblem.Kind.CHANGED_OUTSIDE,
                context.storeFile(), ComparisonText.of(comparison, state.messages()), null, null)),
                failure -> state.statusProperty().set(failure.getMessage()));
    }

    /** The damaged file is kept aside and the newest good backup takes its place. */
    public void restoreBackup() {
        StoreProblem problem = state.storeProblemProperty().get();
        if (problem == null || problem.backup() == null || store == null) {
            return;
        }
        Catalog catalog = state.catalogProperty().get();
        context.work().run(() -> {
            try {
                Optional<Path> aside = store.restoreBackup(problem.backup());
                return new Restored(store.load(), aside.orElse(null));
            } catch (IOException | StoreException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }, restored -> {
            useProgress(catalog, restored.data());
            state.statusProperty().set(state.messages().get("status.restored", problem.backup().getFileName(),
                    restored.aside() == null ? "" : restored.aside().getFileName()));
        }, failure -> state.storeProblemProperty().set(new StoreProblem(StoreProblem.Kind.UNREADABLE, problem.file(),
                failure.getMessage(), null, null)));
    }

    private record Restored(ProgressData data, Path aside) {
    }

    /** Finishes pending saves and releases the store; called when the window closes. */
    public void stop() {
        try {
            if (saver != null) {
                saver.close();
            } else {
                closeQuietly(store);
            }
        } catch (Exception e) {
            // Nothing more can be done at exit; the backups still hold the previous saves.
        }
    }

    public void show(Section section) {
        if (navigation().contains(section)) {
            state.sectionProperty().set(section);
        }
    }

    /** The sections of the navigation, in order: the organisation checklist after the platforms, for a business. */
    public List<Section> navigation() {
        List<Section> sections = new ArrayList<>();
        for (Section section : Section.values()) {
            if (section != Section.ORGANISATION) {
                sections.add(section);
            }
            if (section == Section.PLATFORMS && state.book() != null && state.book().tracksOrganisation()) {
                sections.add(Section.ORGANISATION);
            }
        }
        return sections;
    }

    /** The organisation checklist of a business, as of today; empty for a person or before the progress is loaded. */
    public Optional<OrganisationViewModel> organisation() {
        ProgressBook book = state.book();
        if (book == null || !book.tracksOrganisation()) {
            return Optional.empty();
        }
        return Optional.of(new OrganisationViewModel(book, state.messages(), state.today(), context.clock().getZone(),
                context.links()));
    }

    public void switchLanguage(Language language) {
        state.languageProperty().set(language);
        state.statusProperty().set("");
    }

    public void toggleTheme() {
        state.themeProperty().set(state.themeProperty().get() == Theme.LIGHT ? Theme.DARK : Theme.LIGHT);
    }

    public void showWizard() {
        if (state.book() != null) {
            state.wizardShowingProperty().set(true);
        }
    }

    /** The export page's choices live as long as the window. */
    public ReportViewModel report() {
        if (report == null) {
            Path home = Path.of(System.getProperty("user.home"));
            Path documents = home.resolve("Documents");
            report = new ReportViewModel(state, context.work(), context.links(), context.clock().getZone(),
                    Files.isDirectory(documents) ? documents : home, file -> evidenceFolder().check(file));
        }
        return report;
    }

    /** The dashboard's state (its filters) lives as long as the window. */
    public DashboardViewModel dashboard() {
        if (dashboard == null) {
            dashboard = new DashboardViewModel(state, context.clock().getZone(), context.work());
        }
        return dashboard;
    }

    /** The wizard's state lives as long as the wizard shows, so that a language switch keeps it. */
    public WizardViewModel wizard() {
        if (!state.wizardShowingProperty().get()) {
            wizard = null;
        } else if (wizard == null) {
            wizard = new WizardViewModel(state);
        }
        return wizard;
    }

    /** A yes/no question put to the user; the view answers it with a dialog. */
    @FunctionalInterface
    public interface Confirmation {
        boolean confirm(String title, String text, String yes, String no);
    }

    /** Until the view says how to ask, nothing that needs a question is done. */
    private Confirmation confirmation = (title, text, yes, no) -> false;

    public void setConfirmation(Confirmation confirmation) {
        this.confirmation = confirmation;
    }

    /** Ctrl+Z: reverts the last change and says what it was; asks first when accounts or the set-up would go. */
    public void undo() {
        reverse(true);
    }

    /** Ctrl+Shift+Z or Ctrl+Y: puts back what the last undo reverted. */
    public void redo() {
        reverse(false);
    }

    private void reverse(boolean undo) {
        ProgressBook book = state.book();
        // While the wizard shows, its own fields own the keys, but a set-up just undone can come back.
        if (book == null || (undo && state.wizardShowingProperty().get())) {
            return;
        }
        Messages m = state.messages();
        Optional<Reversal> next = undo ? book.nextUndo() : book.nextRedo();
        if (next.isEmpty()) {
            state.statusProperty().set(m.get(undo ? "status.nothingToUndo" : "status.nothingToRedo"));
            return;
        }
        Reversal reversal = next.get();
        String what = ChangeTexts.describe(undo ? reversal.last().asOriginal() : reversal.last().undoneChange(),
                book, m);
        if (reversal.needsConfirmation() && !confirmation.confirm(
                m.get(undo ? "undo.confirmTitle" : "redo.confirmTitle"), ReversalTexts.question(reversal, what, undo, m),
                m.get(undo ? "undo.confirmYes" : "redo.confirmYes"), m.get("undo.keep"))) {
            state.statusProperty().set(m.get(undo ? "undo.cancelled" : "redo.cancelled", what));
            return;
        }
        if (undo) {
            book.undo();
        } else {
            book.redo();
        }
        // The set-up undone: its wizard shows again; brought back: the wizard goes.
        if (reversal.setupUndone() || reversal.setupRestored()) {
            state.wizardShowingProperty().set(!book.setupDone());
        }
        state.statusProperty().set(m.get(undo ? "status.undone" : "status.redone", what));
    }

    /** The guide of the selected platform, in the current language, as of today. */
    public Optional<PlatformViewModel> selectedPlatform() {
        String id = state.selectedPlatformIdProperty().get();
        if (state.catalogProperty().get() == null || id == null) {
            return Optional.empty();
        }
        Optional<Platform> platform = state.book() != null ? state.book().platform(id)
                : state.catalogProperty().get().platform(id);
        Region region = state.book() != null && state.book().setupDone() ? state.book().profile().region() : null;
        return platform.map(p -> new PlatformViewModel(p, state.messages(), state.today(), region, context.links(),
                context.clipboard()));
    }

    /** The user's accounts on the selected platform, once the progress is loaded. */
    public Optional<AccountsViewModel> selectedAccounts() {
        ProgressBook book = state.book();
        String id = state.selectedPlatformIdProperty().get();
        if (book == null || id == null) {
            return Optional.empty();
        }
        return book.platform(id).map(p -> new AccountsViewModel(book, p, state.messages(), state.today(),
                context.clock().getZone(), context.links(), new EvidenceAccess(evidenceFolder(), context.work(),
                        context.clock())));
    }

    /** The evidence folder beside the store in use; one for the window, so that what it checked is remembered. */
    private EvidenceFolder evidenceFolder() {
        EvidenceFolder wanted = EvidenceFolder.beside(store != null ? store.path() : context.storeFile());
        if (evidence == null || !evidence.folder().equals(wanted.folder())) {
            evidence = wanted;
        }
        return evidence;
    }

    private static Path newestBackup(ProgressStore store) {
        try {
            return store == null ? null : store.newestGoodBackup().orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    private static java.time.Instant savedAt(Path backup) {
        try {
            return backup == null ? null : Files.getLastModifiedTime(backup).toInstant();
        } catch (IOException e) {
            return null;
        }
    }

    private static void closeQuietly(ProgressStore store) {
        if (store != null) {
            try {
                store.close();
            } catch (IOException e) {
                // releasing the lock failed; the process exit releases it anyway
            }
        }
    }
}
