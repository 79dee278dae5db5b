package app.notrain.ui;

import app.notrain.catalog.CatalogSource;
import app.notrain.catalog.Region;
import app.notrain.i18n.Language;
import app.notrain.progress.ProgressBook;
import app.notrain.progress.Profile;
import app.notrain.progress.ProgressData;
import app.notrain.progress.UseKind;
import app.notrain.store.ProgressStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import javafx.stage.Stage;

/** Real store files for UI tests, and the window opened on one. */
final class TestStores {
    private TestStores() {
    }

    /** A store whose set-up is done and that has no account: the window opens on the platforms. */
    static Path setUpDone(Path file, Clock clock) throws Exception {
        try (ProgressStore store = ProgressStore.open(file, clock)) {
            store.save(new ProgressData(new Profile(Region.EU_EEA, true, UseKind.PERSONAL), true, List.of(), Map.of(),
                    List.of(), List.of(), null, null));
        }
        return file;
    }

    /** A store file holding {@code book}. */
    static Path saved(Path file, ProgressBook book, Clock clock) throws Exception {
        try (ProgressStore store = ProgressStore.open(file, clock)) {
            store.save(book.snapshot());
        }
        return file;
    }

    /**
     * The window on {@code store} as the app opens it, with the built-in guides, links and the clipboard
     * going nowhere, and the background work done on the calling thread (call from {@code @Start}).
     */
    static MainView window(Stage stage, Path store, Clock clock, Language language) {
        return MainWindow.show(stage, new AppContext(clock, language, store, () -> CatalogSource.load(null),
                url -> { }, text -> { }, BackgroundWork.onCallingThread()));
    }
}
