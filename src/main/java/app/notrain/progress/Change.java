package app.notrain.progress;

import java.time.Instant;

/**
 * One event of the history, with what was there before and after. Changes made by one user action
 * share an {@code action} number. The history only grows: undoing an action appends the opposite
 * changes, under a new action number, with {@code undoes} naming the action they revert (0 for an
 * ordinary change). {@code linkedFrom} is set when a step was marked because a linked account's
 * step was. A change of an organisation measure ({@link ChangeKind#MEASURE_CHANGED}) names the
 * measure in {@code stepId} and has no account; its records are {@code measureBefore} and
 * {@code measureAfter}.
 */
public record Change(long action, Instant at, ChangeKind kind, String accountId, String stepId,
                     Account accountBefore, Account accountAfter, StepRecord before, StepRecord after,
                     Profile profileBefore, Profile profileAfter, String linkedFrom, long undoes,
                     MeasureRecord measureBefore, MeasureRecord measureAfter) {

    /** A change that is not about an organisation measure. */
    public Change(long action, Instant at, ChangeKind kind, String accountId, String stepId,
                  Account accountBefore, Account accountAfter, StepRecord before, StepRecord after,
                  Profile profileBefore, Profile profileAfter, String linkedFrom, long undoes) {
        this(action, at, kind, accountId, stepId, accountBefore, accountAfter, before, after, profileBefore,
                profileAfter, linkedFrom, undoes, null, null);
    }

    /** A change of organisation measure {@code measureId}. */
    static Change ofMeasure(long action, Instant at, String measureId, MeasureRecord before, MeasureRecord after) {
        return new Change(action, at, ChangeKind.MEASURE_CHANGED, null, measureId, null, null, null, null, null, null,
                null, 0, before, after);
    }

    /** For an undo change, the change it reverted (as that change was recorded). */
    public Change undoneChange() {
        return new Change(undoes, at, kind, accountId, stepId, accountAfter, accountBefore, after, before,
                profileAfter, profileBefore, linkedFrom, 0, measureAfter, measureBefore);
    }

    /** The same change without its undo mark, to describe what a redo did. */
    public Change asOriginal() {
        return new Change(action, at, kind, accountId, stepId, accountBefore, accountAfter, before, after,
                profileBefore, profileAfter, linkedFrom, 0, measureBefore, measureAfter);
    }

    /** The change that puts back what this one changed, as part of {@code undoAction}. */
    Change reverted(long undoAction, Instant when) {
        return new Change(undoAction, when, kind, accountId, stepId, accountAfter, accountBefore, after, before,
                profileAfter, profileBefore, linkedFrom, action, measureAfter, measureBefore);
    }
}
