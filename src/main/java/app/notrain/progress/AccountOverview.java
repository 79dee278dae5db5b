package app.notrain.progress;

import app.notrain.catalog.Platform;
import java.time.LocalDate;
import java.util.List;

/**
 * One account as of a day: its steps in catalog order, how many are done, which are open. The
 * one place the window and the command line count from, so they always agree.
 *
 * @param platform null when the account's platform is no longer known (then it has no steps)
 * @param letters  the letters sent for the account, oldest first
 */
public record AccountOverview(Account account, Platform platform, List<StepProgress> steps, List<Letter> letters) {

    public AccountOverview(Account account, Platform platform, List<StepProgress> steps) {
        this(account, platform, steps, List.of());
    }

    /** Every account of the book, in the book's order. */
    public static List<AccountOverview> of(ProgressBook book, LocalDate today) {
        return book.accounts().stream()
                .map(account -> of(book, account, today))
                .toList();
    }

    public static AccountOverview of(ProgressBook book, Account account, LocalDate today) {
        return book.platform(account.platformId())
                .map(p -> new AccountOverview(account, p, book.progress(account, today), book.letters(account.id())))
                .orElseGet(() -> new AccountOverview(account, null, List.of(), book.letters(account.id())));
    }

    public String platformName() {
        return platform == null ? account.platformId() : platform.name();
    }

    /** Steps the user has done, including those due for a re-check. */
    public int done() {
        return (int) steps.stream()
                .filter(s -> s.situation() == Situation.DONE || s.situation() == Situation.RECHECK_DUE)
                .count();
    }

    /** Steps that apply to the user. */
    public int total() {
        return (int) steps.stream().filter(s -> s.situation() != Situation.NOT_APPLICABLE).count();
    }

    /** Steps that need the user now, in catalog order. */
    public List<StepProgress> open() {
        return steps.stream().filter(s -> !s.situation().isSettled()).toList();
    }

    public List<StepProgress> notApplicable() {
        return steps.stream().filter(s -> s.situation() == Situation.NOT_APPLICABLE).toList();
    }
}
