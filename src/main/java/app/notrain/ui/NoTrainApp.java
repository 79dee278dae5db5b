package app.notrain.ui;

import app.notrain.catalog.CatalogSource;
import app.notrain.cli.GlobalOptions;
import app.notrain.i18n.Language;
import app.notrain.store.StoreLocation;
import java.nio.file.Path;
import java.time.Clock;
import javafx.application.Application;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Stage;

/** The desktop application: real clock, system browser, system clipboard. */
public final class NoTrainApp extends Application {

    @Override
    public void start(Stage stage) {
        GlobalOptions options = DesktopLauncher.options();
        Language language = options == null ? null : options.language();
        Path store = StoreLocation.resolve(options == null || options.store() == null ? null : options.store().toString(),
                System.getenv(), System.getProperty("os.name"), Path.of(System.getProperty("user.home")),
                StoreLocation.programFolder());
        AppContext context = new AppContext(Clock.systemDefaultZone(), language, store,
                () -> CatalogSource.load(CatalogSource.importedFileFor(store)),
                getHostServices()::showDocument, NoTrainApp::copy, new FxBackgroundWork());
        MainWindow.show(stage, context);
    }

    private static void copy(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }
}
