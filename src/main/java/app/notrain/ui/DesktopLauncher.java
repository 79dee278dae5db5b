package app.notrain.ui;

import app.notrain.cli.GlobalOptions;
import javafx.application.Application;

/** Starts the window with the options the command line parsed. */
public final class DesktopLauncher {
    private static volatile GlobalOptions options;

    private DesktopLauncher() {
    }

    public static void launch(GlobalOptions globalOptions) {
        options = globalOptions;
        Application.launch(NoTrainApp.class);
    }

    static GlobalOptions options() {
        return options;
    }
}
