package app.notrain.ui;

import app.notrain.catalog.CatalogSource;
import app.notrain.i18n.Language;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Supplier;

/**
 * What the window is built from; tests pass a fixed clock, a store in a temporary folder, and
 * their own browser and clipboard. {@code language} is null unless the user asked for one on the
 * command line: then the saved preference, or the system's, applies.
 */
public record AppContext(Clock clock, Language language, Path storeFile, Supplier<CatalogSource.Effective> catalog,
                         LinkOpener links, TextClipboard clipboard, BackgroundWork work) {
}
