package app.notrain.ui;

import java.util.Optional;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Control;

/**
 * Where the keyboard goes when a page replaces another: JavaFX otherwise gives the focus to the
 * first control of the window, the header's language menu, which is never what the user was doing.
 */
public final class Focus {
    private Focus() {
    }

    /** Focuses {@code node} now, or as soon as it joins a scene (a ScrollPane's content joins at the next layout). */
    public static void whenShown(Node node) {
        if (node.getScene() != null) {
            node.requestFocus();
            return;
        }
        node.sceneProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Scene> obs, Scene old, Scene scene) {
                if (scene != null) {
                    node.sceneProperty().removeListener(this);
                    node.requestFocus();
                }
            }
        });
    }

    /** The first control under {@code node} that Tab would reach. */
    public static Optional<Node> firstControlIn(Node node) {
        if (node instanceof Control && node.isFocusTraversable() && !node.isDisabled() && node.isVisible()) {
            return Optional.of(node);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                Optional<Node> found = firstControlIn(child);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }
}
