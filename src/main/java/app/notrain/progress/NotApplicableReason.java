package app.notrain.progress;

public enum NotApplicableReason {
    /** The refusal does not exist in the user's region (Meta's form is for the EU/EEA and the UK). */
    REGION,
    /** The platform does not train on minors' data. */
    MINOR,
    /** The user marked it so; the note says why. */
    USER
}
