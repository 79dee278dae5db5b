package app.notrain.store;

import java.io.IOException;
import java.nio.file.Path;

/** A file that cannot be attached as evidence: not an ordinary file, or bigger than the limit. */
public final class EvidenceRefusedException extends IOException {

    public enum Reason { NOT_A_FILE, TOO_LARGE }

    private final transient Path file;
    private final Reason reason;

    EvidenceRefusedException(Path file, Reason reason) {
        super(file + (reason == Reason.TOO_LARGE ? " is larger than " + EvidenceFolder.MAX_BYTES / (1024 * 1024)
                + " MB" : " is not an ordinary file"));
        this.file = file;
        this.reason = reason;
    }

    public Path file() {
        return file;
    }

    public Reason reason() {
        return reason;
    }
}
