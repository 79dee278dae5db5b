package app.notrain.progress;

import app.notrain.i18n.Language;

/**
 * How the user wants the window: kept with the progress so it is the same at the next start.
 * {@code exportFolder} and {@code exportFormat} (a report format's name, {@code PDF}) are where
 * and how the last report was exported; both are null in files written before they existed, and
 * until a first export.
 */
public record Preferences(Language language, boolean darkTheme, String exportFolder, String exportFormat) {

    public Preferences(Language language, boolean darkTheme) {
        this(language, darkTheme, null, null);
    }

    /** The same, with another language and theme; the export choices stay. */
    public Preferences withLook(Language newLanguage, boolean dark) {
        return new Preferences(newLanguage, dark, exportFolder, exportFormat);
    }

    /** The same, remembering the folder and format of the export just written. */
    public Preferences withExport(String folder, String format) {
        return new Preferences(language, darkTheme, folder, format);
    }
}
