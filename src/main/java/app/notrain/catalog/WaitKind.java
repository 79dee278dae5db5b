package app.notrain.catalog;

/** What a step waits for once done. */
public enum WaitKind {
    CONFIRMATION_EMAIL,
    DELETION,
    RESPONSE
}
