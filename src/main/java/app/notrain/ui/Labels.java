package app.notrain.ui;

import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/** The two kinds of label every screen uses: wrapping text and small badges. */
public final class Labels {
    private Labels() {
    }

    /** Text that wraps and is never cut vertically; {@code styleClass} may be null. */
    public static Label text(String value, String styleClass) {
        Label label = new Label(value);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        if (styleClass != null) {
            label.getStyleClass().add(styleClass);
        }
        return label;
    }

    /** A short tag (a status, a region, a device) that keeps its full width. */
    public static Label badge(String value, String styleClass) {
        Label label = new Label(value);
        label.getStyleClass().addAll("badge", styleClass);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }
}
