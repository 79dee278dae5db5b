package app.notrain.progress;

import java.util.ArrayList;
import java.util.List;

/**
 * What an undo or a redo would do, known before doing it: the window asks first when it takes
 * accounts away, brings removed ones back, or undoes the set-up (the wizard would show again).
 *
 * @param changes        the action's changes, in the order they were made
 * @param accountsGone   accounts the reversal removes (with their checklists)
 * @param accountsBack   accounts the reversal brings back
 * @param setupUndone    the reversal forgets the set-up's answers
 * @param setupRestored  the reversal brings back the set-up's answers (the redo of an undone set-up)
 */
public record Reversal(List<Change> changes, List<Account> accountsGone, List<Account> accountsBack,
                       boolean setupUndone, boolean setupRestored) {

    public Reversal {
        changes = List.copyOf(changes);
        accountsGone = List.copyOf(accountsGone);
        accountsBack = List.copyOf(accountsBack);
    }

    static Reversal of(List<Change> changes) {
        List<Account> gone = new ArrayList<>();
        List<Account> back = new ArrayList<>();
        boolean setupUndone = false;
        boolean setupRestored = false;
        for (Change c : changes) {
            switch (c.kind()) {
                // Reverting puts back the "before" side: no account before means it goes away.
                case ACCOUNT_ADDED, ACCOUNT_REMOVED -> {
                    if (c.accountBefore() == null) {
                        gone.add(c.accountAfter());
                    } else if (c.accountAfter() == null) {
                        back.add(c.accountBefore());
                    }
                }
                case PROFILE_CHANGED -> {
                    setupUndone |= c.profileBefore() == null && c.profileAfter() != null;
                    setupRestored |= c.profileBefore() != null && c.profileAfter() == null;
                }
                default -> {
                }
            }
        }
        return new Reversal(changes, gone, back, setupUndone, setupRestored);
    }

    /** Anything more than edits of steps, labels or the profile: worth a question before doing it. */
    public boolean needsConfirmation() {
        return setupUndone || !accountsGone.isEmpty() || !accountsBack.isEmpty();
    }

    /** The change to name in "Undone: …": the last one, as for the status line. */
    public Change last() {
        return changes.get(changes.size() - 1);
    }
}
