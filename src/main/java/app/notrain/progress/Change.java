package app.notrain.progress;

/**
 * One event of the history, with what was there before and after, so it can be undone. Changes
 * made by one user action share an {@code action} number; undo reverts a whole action.
 * {@code linkedFrom} is set when a step was marked because a linked account's step was.
 */
public record Change(long action, java.time.Instant at, ChangeKind kind, String accountId, String stepId,
                     Account accountBefore, Account accountAfter, StepRecord before, StepRecord after,
                     Profile profileBefore, Profile profileAfter, String linkedFrom) {
}
