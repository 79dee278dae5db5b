package app.notrain.ui;

import app.notrain.catalog.CatalogSource;
import app.notrain.i18n.Language;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Supplier;

/**
 * What the window is built from; tests pass a fixed clock, a store in a temporary folder, and
 * their own browser and clipboard.
 */
public record AppContext(Clock clock, Language language, Path storeFile, Supplier<CatalogSource.Effective> catalog,
                         LinkOpener links, TextClipboard clipboard, BackgroundWork work) {
}
