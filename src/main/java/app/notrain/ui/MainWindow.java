package app.notrain.ui;

import app.notrain.i18n.Language;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** Builds the main window on a stage: the real app and the UI tests go through here. */
public final class MainWindow {
    public static final String TITLE = "NoTrain";

    private MainWindow() {
    }

    public static MainView show(Stage stage, AppContext context) {
        AppState state = new AppState(context.language() != null ? context.language() : Language.fromSystem(),
                context.clock());
        MainViewModel model = new MainViewModel(state, context);
        MainView view = new MainView(model);
        Scene scene = new Scene(view.root(), 1180, 780);
        scene.getStylesheets().add(Theme.STYLESHEET);
        stage.setTitle(TITLE);
        stage.setMinWidth(760);
        stage.setMinHeight(520);
        stage.setScene(scene);
        HomeFrameProbe.watch(scene, System.out);
        StallProbe.start(System.out);
        DayTicker day = new DayTicker(state, DayTicker.EVERY_MINUTE);
        stage.setOnHidden(e -> {
            day.stop();
            model.stop();
        });
        stage.show();
        day.start();
        view.start();
        return view;
    }
}
