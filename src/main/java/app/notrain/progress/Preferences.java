package app.notrain.progress;

import app.notrain.i18n.Language;

/**
 * How the user wants the window: kept with the progress so it is the same at the next start.
 * {@code exportFolder} and {@code exportFormat} (a report format's name, {@code PDF}) are where
 * and how the last report was exported; both are null in files written before they existed, and
 * until a first export.
 *
 * <p>{@code theme} and {@code textSize} are names the window understands ({@code HIGH_CONTRAST},
 * {@code LARGE}); they are kept as text so that a name from a newer NoTrain survives in this one
 * (which shows its default). Null until the user chooses. {@code darkTheme} is what NoTrain 0.1
 * read: it stays true for a dark theme so that an older NoTrain still shows the right one.
 */
public record Preferences(Language language, boolean darkTheme, String exportFolder, String exportFormat,
        String theme, String textSize) {

    public static final String DARK = "DARK";

    public Preferences(Language language, boolean darkTheme) {
        this(language, darkTheme, null, null, null, null);
    }

    public Preferences(Language language, boolean darkTheme, String exportFolder, String exportFormat) {
        this(language, darkTheme, exportFolder, exportFormat, null, null);
    }

    /** The theme chosen, by name: the new field, else the old switch ({@code DARK} or null). */
    public String themeName() {
        return theme != null ? theme : darkTheme ? DARK : null;
    }

    /** The same, with another language, theme and text size; the export choices stay. */
    public Preferences withLook(Language newLanguage, String newTheme, String newTextSize) {
        return new Preferences(newLanguage, DARK.equals(newTheme), exportFolder, exportFormat, newTheme, newTextSize);
    }

    /** The same, remembering the folder and format of the export just written. */
    public Preferences withExport(String folder, String format) {
        return new Preferences(language, darkTheme, folder, format, theme, textSize);
    }
}
