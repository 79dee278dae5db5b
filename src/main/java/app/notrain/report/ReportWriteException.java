package app.notrain.report;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A report file could not be written. The message names the file and the reason in English, for
 * logs; the window and the command line say it in the user's language from {@link #target()}.
 */
public final class ReportWriteException extends IOException {
    private final transient Path target;

    public ReportWriteException(Path target, String reason, Throwable cause) {
        super("Cannot write the report " + target + ": " + reason, cause);
        this.target = target;
    }

    public Path target() {
        return target;
    }
}
