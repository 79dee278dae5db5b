package app.notrain.ui;

import java.nio.file.Path;
import java.time.Instant;

/**
 * Why the progress file cannot be used. The file is never modified; for a damaged one the window
 * offers its newest good backup ({@code backup}, null when there is none, saved at {@code backupSaved}).
 */
public record StoreProblem(Kind kind, Path file, String detail, Path backup, Instant backupSaved) {
    public enum Kind {
        LOCKED,
        DAMAGED,
        TOO_NEW,
        UNREADABLE,
        /** Saving failed while the window was open; the changes are still in memory. */
        SAVE_FAILED,
        /**
         * Another program changed the file while the window was open; saving stopped. The user
         * reloads theirs, keeps theirs aside and saves this window's version, or compares first.
         */
        CHANGED_OUTSIDE
    }
}
