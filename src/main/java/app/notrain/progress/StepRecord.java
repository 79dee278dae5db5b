package app.notrain.progress;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The user's record of one step: its status, when it was set, until when a wait lasts, a note and
 * evidence (a confirmation reference, the date of an e-mail, a path to a screenshot).
 * {@code stepFingerprint} identifies the catalog text the user followed, so that a changed step
 * can be re-checked.
 */
public record StepRecord(StepStatus status, Instant changedAt, LocalDate until, String note, String evidence,
                         String stepFingerprint) {
}
