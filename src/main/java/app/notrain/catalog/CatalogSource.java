package app.notrain.catalog;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Which catalog the app uses: the built-in one, or a newer one the user imported (kept as
 * {@value #IMPORTED_FILE_NAME} next to the progress file). The window and the command line both
 * ask here, so they always agree.
 */
public final class CatalogSource {
    public static final String IMPORTED_FILE_NAME = "catalog.json";

    /** The catalog to use, and why an imported one was set aside (null when it was not). */
    public record Effective(Catalog catalog, String importProblem) {
    }

    private CatalogSource() {
    }

    public static Path importedFileFor(Path storeFile) {
        Path folder = storeFile.toAbsolutePath().getParent();
        return folder.resolve(IMPORTED_FILE_NAME);
    }

    public static Effective load(Path importedFile) {
        Catalog builtIn = CatalogReader.builtIn();
        if (importedFile == null || !Files.exists(importedFile)) {
            return new Effective(builtIn, null);
        }
        try {
            Catalog imported = CatalogReader.readBundle(importedFile);
            return isNewer(imported, builtIn) ? new Effective(imported, null) : new Effective(builtIn, null);
        } catch (CatalogException e) {
            return new Effective(builtIn, e.getMessage());
        }
    }

    /** Versions are YYYY.MM.DD, so text order is date order. */
    public static boolean isNewer(Catalog candidate, Catalog current) {
        return candidate.catalogVersion().compareTo(current.catalogVersion()) > 0;
    }

}
