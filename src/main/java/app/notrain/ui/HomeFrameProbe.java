package app.notrain.ui;

import java.io.PrintStream;
import javafx.scene.Scene;

/**
 * For the start-up benchmark (docs/BENCHMARKS.md): with {@code -Dnotrain.probe.homeFrame=true},
 * prints {@code notrain.homeFrame=<epoch milliseconds>} once, at the pulse that lays out the home
 * screen (the dashboard, or the wizard for a new file), just before that frame is drawn. Off by
 * default; it reads nothing and prints nothing then.
 */
final class HomeFrameProbe {
    static final String PROPERTY = "notrain.probe.homeFrame";

    private HomeFrameProbe() {
    }

    static void watch(Scene scene, PrintStream out) {
        if (!Boolean.getBoolean(PROPERTY)) {
            return;
        }
        boolean[] printed = {false};
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (!printed[0] && (scene.lookup("#dashboard") != null || scene.lookup("#wizard") != null)) {
                printed[0] = true;
                out.println("notrain.homeFrame=" + System.currentTimeMillis());
                out.flush();
                // Removed after this pulse: the listeners are being run while it goes on.
                javafx.application.Platform.runLater(() -> scene.removePostLayoutPulseListener(listener[0]));
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }
}
