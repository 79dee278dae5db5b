// The floor of the start-up benchmark: a bare JavaFX window with one Label, nothing else. It prints
// the same marker as NoTrain's home-frame probe, at the pulse that lays out its first frame.
// Run by startup.py as a single-file program: java -cp "target/lib/*" src/bench/startup/Floor.java

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

public class Floor {
    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    public static class Window extends Application {
        @Override
        public void start(Stage stage) {
            Scene scene = new Scene(new Label("NoTrain start-up floor"), 1180, 780);
            boolean[] printed = {false};
            Runnable[] listener = new Runnable[1];
            listener[0] = () -> {
                if (!printed[0]) {
                    printed[0] = true;
                    System.out.println("notrain.homeFrame=" + System.currentTimeMillis());
                    Platform.runLater(() -> scene.removePostLayoutPulseListener(listener[0]));
                }
            };
            scene.addPostLayoutPulseListener(listener[0]);
            stage.setTitle("Floor");
            stage.setScene(scene);
            stage.show();
        }
    }
}
