package app.notrain.ui;

import app.notrain.i18n.Messages;
import app.notrain.progress.Account;
import app.notrain.progress.Reversal;
import java.util.List;
import java.util.stream.Collectors;

/** The question asked before an undo or a redo that takes accounts or the set-up away, in words. */
final class ReversalTexts {
    /** Accounts named in the question; the rest are counted. */
    private static final int NAMED = 5;

    private ReversalTexts() {
    }

    static String question(Reversal reversal, String what, boolean undo, Messages m) {
        StringBuilder text = new StringBuilder(m.get(undo ? "undo.question" : "redo.question", what));
        if (reversal.setupUndone()) {
            text.append("\\n\\n").append(m.get("undo.setupGoes"));
        }
        if (!reversal.accountsGone().isEmpty()) {
            text.append("\\n\\n").append(m.get("undo.accountsGo", reversal.accountsGone().size(),
                    names(reversal.accountsGone(), m)));
        }
        if (!reversal.accountsBack().isEmpty()) {
            text.append("\\n\\n").append(m.get("undo.accountsBack", reversal.accountsBack().size(),
                    names(reversal.accountsBack(), m)));
        }
        return text.toString();
    }

    private static String names(List<Account> accounts, Messages m) {
        String named = accounts.stream().limit(NAMED).map(Account::label).collect(Collectors.joining(", "));
        return accounts.size() <= NAMED ? named : m.get("undo.andMore", named, accounts.size() - NAMED);
    }
}
