package app.notrain.progress;

/** What the user recorded for one step of one account. */
public enum StepStatus {
    TODO,
    STARTED,
    /** Done on the user's side, waiting for the platform: a confirmation e-mail, a 30-day deletion. */
    WAITING,
    DONE,
    /** The platform answered no (Meta may refuse an objection). */
    REFUSED,
    /** Does not apply; the note says why. */
    NOT_APPLICABLE
}
