package app.notrain.store;

import java.nio.file.Path;

/**
 * The store file cannot be used as it is. Subtypes say why, so the UI can explain it in the
 * user's language; the message is plain English for the command line and logs.
 */
public abstract class StoreException extends Exception {

    private final Path file;

    protected StoreException(Path file, String message) {
        super(message);
        this.file = file;
    }

    /** The file the problem is about: the store itself, or a backup being restored. */
    public Path file() {
        return file;
    }
}
