package app.notrain.progress;

/**
 * The three letters of docs/letters.md, in the order a user sends them. The names are stored in
 * the progress file and printed by {@code status --json}: rename none.
 */
public enum LetterKind {
    /** The Art. 21(1) GDPR objection to the controller. */
    OBJECTION,
    /** The follow-up when the month passed without an answer; cites the objection and its date. */
    REMINDER,
    /** The complaint file for the supervisory authority of the user's residence. */
    COMPLAINT
}
