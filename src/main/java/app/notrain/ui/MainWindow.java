package app.notrain.ui;

import app.notrain.i18n.Language;
import java.io.InputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/** Builds the main window on a stage: the real app and the UI tests go through here. */
public final class MainWindow {
    public static final String TITLE = "NoTrain";
    /** Rendered from assets/icon/notrain.svg by src/packaging/icons.sh; the desktop picks the size it needs. */
    static final int[] ICON_SIZES = {16, 24, 32, 48, 64, 128, 256, 512};

    private MainWindow() {
    }

    public static MainView show(Stage stage, AppContext context) {
        AppState state = new AppState(context.language() != null ? context.language() : Language.fromSystem(),
                context.clock());
        MainViewModel model = new MainViewModel(state, context);
        MainView view = new MainView(model);
        Scene scene = new Scene(view.root());
        scene.getStylesheets().add(Theme.STYLESHEET);
        stage.setTitle(TITLE);
        stage.getIcons().setAll(icons());
        stage.setMinWidth(760);
        stage.setMinHeight(520);
        stage.setScene(scene);
        WindowPlacement placement = new WindowPlacement(context.storeFile());
        placement.restore(stage, 1180, 780);
        HomeFrameProbe.watch(scene, System.out);
        StallProbe.start(System.out);
        DayTicker day = new DayTicker(state, DayTicker.EVERY_MINUTE);
        stage.setOnHidden(e -> {
            placement.keep(stage);
            day.stop();
            model.stop();
        });
        stage.show();
        day.start();
        view.start();
        return view;
    }

    static List<Image> icons() {
        List<Image> icons = new ArrayList<>();
        for (int size : ICON_SIZES) {
            String name = "icons/notrain-" + size + ".png";
            try (InputStream in = MainWindow.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("missing window icon " + name);
                }
                icons.add(new Image(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return icons;
    }
}
