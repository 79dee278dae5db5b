package app.notrain.progress;

import java.util.Optional;

/**
 * The usual answer to a step, recorded in one click on the dashboard and on the account's card:
 * done; sent, for a step that ends in a wait (the wait begins); still done, for a re-check.
 */
public enum QuickAnswer {
    DONE(StepStatus.DONE, "dashboard.quick.done"),
    SENT(StepStatus.WAITING, "dashboard.quick.sent"),
    STILL_DONE(StepStatus.DONE, "dashboard.quick.checked");

    private final StepStatus status;
    private final String labelKey;

    QuickAnswer(StepStatus status, String labelKey) {
        this.status = status;
        this.labelKey = labelKey;
    }

    public StepStatus status() {
        return status;
    }

    /** The bundle key of the button's words. */
    public String labelKey() {
        return labelKey;
    }

    /** None for a step that asks nothing now: done, waiting, or not for this account. */
    public static Optional<QuickAnswer> of(StepProgress step) {
        return switch (step.situation()) {
            case RECHECK_DUE -> Optional.of(STILL_DONE);
            case WAIT_OVER -> Optional.of(DONE);
            case TODO, STARTED -> Optional.of(step.step().waitFor() != null ? SENT : DONE);
            default -> Optional.empty();
        };
    }
}
