package app.notrain.ui;

import app.notrain.catalog.Step;
import app.notrain.i18n.Messages;
import app.notrain.progress.Account;
import app.notrain.progress.Change;
import app.notrain.progress.ProgressBook;

/** A history event in words: "LinkedIn · me@work: Turn off the setting → Done". */
public final class ChangeTexts {
    private ChangeTexts() {
    }

    public static String describe(Change change, ProgressBook book, Messages m) {
        Account account = change.accountAfter() != null ? change.accountAfter()
                : change.accountBefore() != null ? change.accountBefore()
                : book.account(change.accountId()).orElse(null);
        String who = account == null ? change.accountId()
                : book.platform(account.platformId()).map(p -> p.name()).orElse(account.platformId()) + " · "
                + account.label();
        return switch (change.kind()) {
            case ACCOUNT_ADDED -> m.get("change.accountAdded", who);
            case ACCOUNT_RENAMED -> m.get("change.accountRenamed", change.accountBefore().label(),
                    change.accountAfter().label());
            case ACCOUNT_REMOVED -> m.get("change.accountRemoved", who);
            case PROFILE_CHANGED -> m.get("change.profile");
            case STEP_CHANGED -> m.get(change.linkedFrom() == null ? "change.step" : "change.stepLinked", who,
                    stepTitle(change, account, book, m),
                    change.after() == null ? m.get("change.cleared") : m.label(change.after().status()));
        };
    }

    private static String stepTitle(Change change, Account account, ProgressBook book, Messages m) {
        if (account == null) {
            return change.stepId();
        }
        return book.platform(account.platformId()).flatMap(p -> p.step(change.stepId()))
                .map(Step::title).map(t -> t.in(m.language())).orElse(change.stepId());
    }
}
