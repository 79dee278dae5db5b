package app.notrain.progress;

import app.notrain.i18n.Language;

/** How the user wants the window: kept with the progress so it is the same at the next start. */
public record Preferences(Language language, boolean darkTheme) {
}
