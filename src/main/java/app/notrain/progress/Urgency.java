package app.notrain.progress;

/** Why an open action is on the list, most urgent first (the order of the constants). */
public enum Urgency {
    /** Training on this platform has begun in the user's region and the step is still open. */
    EXPOSED,
    /** Training begins on a known date: acting before it also covers what was already published. */
    UPCOMING,
    /** A wait has ended: check the deletion happened, or follow up a missing confirmation. */
    WAIT_OVER,
    /** The platform refused: the user may answer, or complain to the data protection authority. */
    REFUSED,
    /** A done step is due for a re-check (its interval passed, or the guide changed). */
    RECHECK_DUE,
    /** Everything else still to do. */
    OPEN
}
