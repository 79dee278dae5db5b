package app.notrain.cli;

import app.notrain.progress.StepStatus;

/** The values of {@code step --status}: the step statuses as typed, with {@code na} for not applicable. */
enum CliStatus {
    TODO(StepStatus.TODO),
    STARTED(StepStatus.STARTED),
    WAITING(StepStatus.WAITING),
    DONE(StepStatus.DONE),
    REFUSED(StepStatus.REFUSED),
    NA(StepStatus.NOT_APPLICABLE);

    private final StepStatus status;

    CliStatus(StepStatus status) {
        this.status = status;
    }

    StepStatus status() {
        return status;
    }
}
