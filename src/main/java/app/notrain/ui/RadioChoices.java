package app.notrain.ui;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;

/**
 * A column of radio buttons for one choice. The choice follows the group's selection, so arrow
 * keys (which move the selection without firing an action) choose as well as clicks and Space do.
 */
public final class RadioChoices {
    private RadioChoices() {
    }

    public static <T> VBox of(List<T> values, T current, Function<T, String> label, Function<T, String> id,
                              Consumer<T> onChoose) {
        ToggleGroup group = new ToggleGroup();
        VBox box = new VBox();
        box.getStyleClass().add("choices");
        for (T value : values) {
            RadioButton choice = new RadioButton(label.apply(value));
            choice.setId(id.apply(value));
            choice.setUserData(value);
            choice.setToggleGroup(group);
            choice.setSelected(value.equals(current));
            box.getChildren().add(choice);
        }
        group.selectedToggleProperty().addListener((obs, old, selected) -> {
            if (selected != null) {
                @SuppressWarnings("unchecked")
                T value = (T) selected.getUserData();
                onChoose.accept(value);
            }
        });
        return box;
    }
}
