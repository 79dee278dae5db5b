package app.notrain.report;

import app.notrain.i18n.Messages;
import app.notrain.progress.Account;
import app.notrain.progress.Change;
import app.notrain.progress.ChangeTexts;
import app.notrain.progress.ProgressBook;
import app.notrain.report.ProgressReport.AuditLine;
import app.notrain.report.ProgressReport.Reversal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The report's audit log: every recorded change, oldest first, each marked when a later undo (or
 * redo) reverted it. The history only grows, so an undone change stays in it; the mark keeps a
 * reader from taking it for the state of things.
 */
final class AuditLog {
    private AuditLog() {
    }

    /**
     * @param accountIds the report's accounts
     * @param owner      the owner the report is limited to (then only their accounts' changes, including
     *                   accounts of theirs since removed), or null for every change, the profile's too
     */
    static List<AuditLine> of(ProgressBook book, Set<String> accountIds, String owner, Messages messages) {
        List<Change> history = book.history();
        Map<Long, Change> revertedBy = new HashMap<>();
        for (Change change : history) {
            if (change.undoes() != 0) {
                revertedBy.putIfAbsent(change.undoes(), change);
            }
        }
        List<AuditLine> lines = new ArrayList<>();
        for (Change change : history) {
            if (!included(change, accountIds, owner)) {
                continue;
            }
            Change reverting = revertedBy.get(change.action());
            Reversal reversal = reverting == null ? null
                    : new Reversal(book.isRedo(reverting) ? Reversal.Kind.REDONE : Reversal.Kind.UNDONE, reverting.at());
            lines.add(new AuditLine(change.at(), ChangeTexts.describe(change, book, messages), change.undoes() != 0,
                    reversal));
        }
        return lines;
    }

    private static boolean included(Change change, Set<String> accountIds, String owner) {
        if (owner == null) {
            return true;
        }
        if (change.accountId() == null) {
            return false;                   // the profile is the whole store's, not one owner's
        }
        return accountIds.contains(change.accountId()) || ownedBy(change.accountBefore(), owner)
                || ownedBy(change.accountAfter(), owner);
    }

    private static boolean ownedBy(Account account, String owner) {
        return account != null && account.owner() != null
                && account.owner().strip().toLowerCase(Locale.ROOT).equals(owner.toLowerCase(Locale.ROOT));
    }
}
