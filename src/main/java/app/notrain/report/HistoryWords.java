package app.notrain.report;

import app.notrain.i18n.Messages;
import app.notrain.progress.Account;
import app.notrain.progress.Change;
import app.notrain.progress.ProgressBook;
import app.notrain.progress.StepRecord;
import java.util.Objects;

/**
 * A history entry in words, with the app's wording (the {@code change.*} keys): the report cannot use
 * the window's formatter, so it has this small one of its own.
 */
final class HistoryWords {
    private final ProgressBook book;
    private final Messages m;

    HistoryWords(ProgressBook book, Messages messages) {
        this.book = book;
        this.m = messages;
    }

    String describe(Change change) {
        if (change.undoes() != 0) {
            return m.get("change.undone", describe(change.undoneChange()));
        }
        Account account = change.accountAfter() != null ? change.accountAfter()
                : change.accountBefore() != null ? change.accountBefore()
                : book.account(change.accountId()).orElse(null);
        String who = account == null ? change.accountId()
                : platformName(account) + ProgressReport.SEPARATOR + account.label();
        return switch (change.kind()) {
            case ACCOUNT_ADDED -> m.get("change.accountAdded", who);
            case ACCOUNT_RENAMED -> m.get("change.accountRenamed", change.accountBefore().label(),
                    change.accountAfter().label());
            case ACCOUNT_REMOVED -> m.get("change.accountRemoved", who);
            case PROFILE_CHANGED -> m.get("change.profile");
            case STEP_CHANGED -> step(change, account, who);
        };
    }

    private String step(Change change, Account account, String who) {
        String title = account == null ? change.stepId()
                : book.platform(account.platformId()).flatMap(p -> p.step(change.stepId()))
                .map(s -> s.title().in(m.language())).orElse(change.stepId());
        StepRecord before = change.before();
        StepRecord after = change.after();
        if (before != null && after != null && before.status() == after.status()) {
            return m.get("change.stepDetails", who, title, details(before, after));
        }
        return m.get(change.linkedFrom() == null ? "change.step" : "change.stepLinked", who, title,
                after == null ? m.get("change.cleared") : m.label(after.status()));
    }

    private String details(StepRecord before, StepRecord after) {
        StringBuilder parts = new StringBuilder();
        if (!Objects.equals(before.note(), after.note())) {
            append(parts, m.get("change.note", after.note() == null ? "" : after.note()));
        }
        if (!Objects.equals(before.evidence(), after.evidence())) {
            append(parts, m.get("change.evidence", after.evidence() == null ? "" : after.evidence()));
        }
        if (!Objects.equals(before.until(), after.until()) && after.until() != null) {
            append(parts, m.get("change.until", new app.notrain.catalog.CatalogTexts(m).date(after.until())));
        }
        return parts.length() == 0 ? m.label(after.status()) : parts.toString();
    }

    private static void append(StringBuilder parts, String part) {
        parts.append(parts.length() == 0 ? "" : ", ").append(part);
    }

    private String platformName(Account account) {
        return book.platform(account.platformId()).map(p -> p.name()).orElse(account.platformId());
    }
}
