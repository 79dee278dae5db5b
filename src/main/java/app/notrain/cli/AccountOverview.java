package app.notrain.cli;

import app.notrain.catalog.Platform;
import app.notrain.progress.Account;
import app.notrain.progress.ProgressBook;
import app.notrain.progress.Situation;
import app.notrain.progress.StepProgress;
import java.time.LocalDate;
import java.util.List;

/**
 * One account as of a day: its steps in catalog order, how many are done, which are open. The one
 * place {@code account list} and {@code status} count from; it belongs in {@code app.notrain.progress}
 * once the dashboard needs it too.
 *
 * @param platform null when the account's platform is no longer known (then it has no steps)
 */
record AccountOverview(Account account, Platform platform, List<StepProgress> steps) {

    /** Every account of the book, in the book's order. */
    static List<AccountOverview> of(ProgressBook book, LocalDate today) {
        return book.accounts().stream()
                .map(account -> book.platform(account.platformId())
                        .map(p -> new AccountOverview(account, p, book.progress(account, today)))
                        .orElseGet(() -> new AccountOverview(account, null, List.of())))
                .toList();
    }

    String platformName() {
        return platform == null ? account.platformId() : platform.name();
    }

    /** Steps the user has done, including those due for a re-check. */
    int done() {
        return (int) steps.stream()
                .filter(s -> s.situation() == Situation.DONE || s.situation() == Situation.RECHECK_DUE)
                .count();
    }

    /** Steps that apply to the user. */
    int total() {
        return (int) steps.stream().filter(s -> s.situation() != Situation.NOT_APPLICABLE).count();
    }

    /** Steps that need the user now, in catalog order. */
    List<StepProgress> open() {
        return steps.stream().filter(s -> !s.situation().isSettled()).toList();
    }

    List<StepProgress> notApplicable() {
        return steps.stream().filter(s -> s.situation() == Situation.NOT_APPLICABLE).toList();
    }
}
