package app.notrain.progress;

/** What the controller answered to an objection. Stored in the progress file: rename none. */
public enum LetterAnswer {
    /** It stopped the processing: the account is protected. */
    ACCEPTED,
    /** It refused, claiming overriding grounds: the next step is the complaint. */
    REFUSED
}
