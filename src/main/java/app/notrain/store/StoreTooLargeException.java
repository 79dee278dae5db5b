package app.notrain.store;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The store could not be read for lack of memory. Not damage: the file is fine, and offering an
 * older backup would be wrong; the cure is more memory for NoTrain.
 */
public final class StoreTooLargeException extends IOException {
    public StoreTooLargeException(Path file, long bytes) {
        super("There is not enough memory to read the NoTrain store " + file + " (" + (bytes / (1024 * 1024))
                + " MB). Start NoTrain with more memory, for example java -Xmx2g -jar notrain.jar."
                + " The file has been left untouched.");
    }
}
