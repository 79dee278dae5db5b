package app.notrain.ui;

import javafx.scene.Parent;

/**
 * Light, dark or high contrast. The colours live in {@code theme.css}: a parent with
 * {@link #ROOT_CLASS} gets the light tokens, and the dark or high-contrast ones too when it also
 * has that theme's class. The main window's root and every dialog pane carry these classes, so a
 * dialog looks like the window it belongs to.
 */
public enum Theme {
    LIGHT(null),
    DARK("dark"),
    HIGH_CONTRAST("high-contrast");

    /** The style class under which the app's rules apply. */
    public static final String ROOT_CLASS = "app-root";
    public static final String DARK_CLASS = "dark";

    private final String styleClass;

    Theme(String styleClass) {
        this.styleClass = styleClass;
    }

    /**
     * The theme to start with when the user never chose one: high contrast when the desktop uses a
     * high-contrast GTK theme (JavaFX 21 cannot read the system's preference itself), else light.
     */
    public static Theme fromSystem(java.util.Map<String, String> environment) {
        String gtk = environment.getOrDefault("GTK_THEME", "");
        return gtk.toLowerCase(java.util.Locale.ROOT).contains("highcontrast") ? HIGH_CONTRAST : LIGHT;
    }
    /** A class-path location, which JavaFX resolves itself (no java.net.URL needed). */
    public static final String STYLESHEET = "app/notrain/ui/theme.css";

    /** Puts the app's classes for this theme on {@code root}, replacing the other theme's. */
    public void applyTo(Parent root) {
        if (!root.getStyleClass().contains(ROOT_CLASS)) {
            root.getStyleClass().add(ROOT_CLASS);
        }
        for (Theme other : values()) {
            if (other.styleClass != null) {
                root.getStyleClass().remove(other.styleClass);
            }
        }
        if (styleClass != null) {
            root.getStyleClass().add(styleClass);
        }
    }

    /** The theme a root shows, read from its classes (light when it has none of ours). */
    public static Theme of(Parent root) {
        for (Theme theme : values()) {
            if (root != null && theme.styleClass != null && root.getStyleClass().contains(theme.styleClass)) {
                return theme;
            }
        }
        return LIGHT;
    }
}
