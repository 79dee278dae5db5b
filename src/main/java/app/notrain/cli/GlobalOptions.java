package app.notrain.cli;

import app.notrain.i18n.Language;
import java.nio.file.Path;

/**
 * Options that the window and every command accept: where the store is, which language to speak.
 * Either may be null when not given.
 */
public record GlobalOptions(Path store, Language language) {
}
