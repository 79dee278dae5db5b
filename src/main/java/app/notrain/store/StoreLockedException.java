package app.notrain.store;

import java.nio.file.Path;

/** Another NoTrain (window or command) holds the store; two writers would overwrite each other. */
public final class StoreLockedException extends StoreException {

    public StoreLockedException(Path file) {
        super(file, "The NoTrain store " + file + " is being used by another NoTrain"
                + " (another window or command). Close it, then try again.");
    }
}
