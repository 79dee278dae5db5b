package app.notrain.progress;

import java.time.LocalDate;

/**
 * One thing to do, with why it is urgent and the date that makes it so: the training start
 * (EXPOSED, UPCOMING), the end of the wait, the refusal, or the re-check date; null for OPEN.
 */
public record OpenAction(Urgency urgency, StepProgress step, LocalDate date) {
}
