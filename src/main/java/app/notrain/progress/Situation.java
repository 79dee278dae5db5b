package app.notrain.progress;

/** Where a step stands on a given day, from the user's record, the profile and the catalog. */
public enum Situation {
    TODO,
    STARTED,
    WAITING,
    /** The wait has ended (deletion period over, no confirmation yet): time to verify or follow up. */
    WAIT_OVER,
    DONE,
    /** Done, but long enough ago (or the catalog changed the step) that it should be checked again. */
    RECHECK_DUE,
    REFUSED,
    NOT_APPLICABLE;

    /** Nothing left to do for now. */
    public boolean isSettled() {
        return this == DONE || this == NOT_APPLICABLE || this == WAITING;
    }
}
