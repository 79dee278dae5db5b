package app.notrain.progress;

public enum ChangeKind {
    ACCOUNT_ADDED,
    ACCOUNT_RENAMED,
    ACCOUNT_REMOVED,
    STEP_CHANGED,
    PROFILE_CHANGED
}
