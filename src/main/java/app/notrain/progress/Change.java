package app.notrain.progress;

import java.time.Instant;

/**
 * One event of the history, with what was there before and after. Changes made by one user action
 * share an {@code action} number. The history only grows: undoing an action appends the opposite
 * changes, under a new action number, with {@code undoes} naming the action they revert (0 for an
 * ordinary change). {@code linkedFrom} is set when a step was marked because a linked account's
 * step was.
 */
public record Change(long action, Instant at, ChangeKind kind, String accountId, String stepId,
                     Account accountBefore, Account accountAfter, StepRecord before, StepRecord after,
                     Profile profileBefore, Profile profileAfter, String linkedFrom, long undoes) {

    /** For an undo change, the change it reverted (as that change was recorded). */
    public Change undoneChange() {
        return new Change(undoes, at, kind, accountId, stepId, accountAfter, accountBefore, after, before,
                profileAfter, profileBefore, linkedFrom, 0);
    }

    /** The same change without its undo mark, to describe what a redo did. */
    public Change asOriginal() {
        return new Change(action, at, kind, accountId, stepId, accountBefore, accountAfter, before, after,
                profileBefore, profileAfter, linkedFrom, 0);
    }

    /** The change that puts back what this one changed, as part of {@code undoAction}. */
    Change reverted(long undoAction, Instant when) {
        return new Change(undoAction, when, kind, accountId, stepId, accountAfter, accountBefore, after, before,
                profileAfter, profileBefore, linkedFrom, action);
    }
}
