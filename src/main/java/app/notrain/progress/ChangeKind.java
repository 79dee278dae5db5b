package app.notrain.progress;

public enum ChangeKind {
    ACCOUNT_ADDED,
    ACCOUNT_RENAMED,
    ACCOUNT_REMOVED,
    STEP_CHANGED,
    PROFILE_CHANGED,
    /** A measure of the organisation checklist (a business's own measures, not an account's step). */
    MEASURE_CHANGED
}
