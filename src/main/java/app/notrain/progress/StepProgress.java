package app.notrain.progress;

import app.notrain.catalog.Platform;
import app.notrain.catalog.Step;
import java.time.LocalDate;

/**
 * One step of one account as of a day. {@code record} is null when the user has not touched it.
 * {@code due} is the end of a wait or the re-check date, when there is one.
 */
public record StepProgress(Account account, Platform platform, Step step, StepRecord record, Situation situation,
                           NotApplicableReason notApplicableReason, LocalDate due, boolean catalogChanged) {
}
