package app.notrain.ui;

/**
 * The base size of the window's text: the stylesheet sizes every font in em of it, so one setting
 * scales the whole window (and its dialogs), up to 150 %.
 */
public enum TextSize {
    NORMAL(13),
    LARGE(16),
    LARGEST(20);

    private final int pixels;

    TextSize(int pixels) {
        this.pixels = pixels;
    }

    /** The inline style that sets the base size on a root (the window's, a dialog's). */
    public String style() {
        return "-fx-font-size: " + pixels + "px;";
    }
}
