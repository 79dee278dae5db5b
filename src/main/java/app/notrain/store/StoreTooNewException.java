package app.notrain.store;

import java.nio.file.Path;

/** The file was written by a newer NoTrain; opening it here could lose what that version added. */
public final class StoreTooNewException extends StoreException {

    private final int foundVersion;
    private final int supportedVersion;

    public StoreTooNewException(Path file, int foundVersion, int supportedVersion) {
        super(file, "The NoTrain store " + file + " uses format version " + foundVersion
                + ", but this NoTrain supports format version " + supportedVersion
                + " at most. Update NoTrain to open it. The file has been left untouched.");
        this.foundVersion = foundVersion;
        this.supportedVersion = supportedVersion;
    }

    public int foundVersion() {
        return foundVersion;
    }

    public int supportedVersion() {
        return supportedVersion;
    }
}
