package app.notrain.ui;

import javafx.scene.Parent;

/**
 * Light or dark. The colours live in {@code theme.css}: a parent with {@link #ROOT_CLASS} gets the
 * light tokens, and the dark ones too when it also has {@link #DARK_CLASS}. The main window's root
 * and every dialog pane carry these classes, so a dialog looks like the window it belongs to.
 */
public enum Theme {
    LIGHT,
    DARK;

    /** The style class under which the app's rules apply. */
    public static final String ROOT_CLASS = "app-root";
    public static final String DARK_CLASS = "dark";
    /** A class-path location, which JavaFX resolves itself (no java.net.URL needed). */
    public static final String STYLESHEET = "app/notrain/ui/theme.css";

    /** Puts the app's classes for this theme on {@code root}, replacing the other theme's. */
    public void applyTo(Parent root) {
        if (!root.getStyleClass().contains(ROOT_CLASS)) {
            root.getStyleClass().add(ROOT_CLASS);
        }
        root.getStyleClass().remove(DARK_CLASS);
        if (this == DARK) {
            root.getStyleClass().add(DARK_CLASS);
        }
    }

    /** The theme a root shows, read from its classes (light when it has none of ours). */
    public static Theme of(Parent root) {
        return root != null && root.getStyleClass().contains(DARK_CLASS) ? DARK : LIGHT;
    }
}
