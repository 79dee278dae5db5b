package app.notrain.store;

import java.nio.file.Path;

/**
 * The store may be read but not changed: the file or its folder is read-only (or on a read-only
 * file system). Raised before anything is written, so the file stays as it is.
 */
public final class StoreReadOnlyException extends StoreException {

    public StoreReadOnlyException(Path file) {
        super(file, "Cannot change the NoTrain store " + file + ": the file or its folder is read-only."
                + " Make them writable, or copy the file elsewhere and use --store. Nothing was changed.");
    }
}
