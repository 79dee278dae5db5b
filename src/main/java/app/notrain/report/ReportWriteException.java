package app.notrain.report;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A report file could not be written. The message names the file and the reason in English, for
 * logs; the window and the command line say it in the user's language from {@link #target()}.
 */
public final class ReportWriteException extends IOException {
    private final transient Path target;
    private final String reason;

    public ReportWriteException(Path target, String reason, Throwable cause) {
        super("Cannot write the report " + target + ": " + reason, cause);
        this.target = target;
        this.reason = reason;
    }

    /** Why, without the file's name: "No space left on device". For a message that names the file itself. */
    public String reason() {
        return reason;
    }

    public Path target() {
        return target;
    }
}
