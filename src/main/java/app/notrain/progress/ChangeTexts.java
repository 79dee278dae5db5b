package app.notrain.progress;

import app.notrain.catalog.CatalogTexts;
import app.notrain.catalog.Step;
import app.notrain.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A history event in words: "LinkedIn · me@work: Turn off the setting → Done". One wording for the
 * window's history, its undo message and the report.
 */
public final class ChangeTexts {
    private ChangeTexts() {
    }

    public static String describe(Change change, ProgressBook book, Messages m) {
        if (change.undoes() != 0) {
            // A redo puts back what was first done: its own before/after already say it.
            return book.isRedo(change) ? m.get("change.redone", describe(change.asOriginal(), book, m))
                    : m.get("change.undone", describe(change.undoneChange(), book, m));
        }
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
            case MEASURE_CHANGED -> m.get("change.measure", book.catalog().organisation().measure(change.stepId())
                    .map(measure -> measure.title().in(m.language())).orElse(change.stepId()),
                    change.measureAfter() == null ? m.get("change.cleared") : m.label(change.measureAfter().status()));
            case STEP_CHANGED -> sameStatus(change)
                    ? m.get("change.stepDetails", who, stepTitle(change, account, book, m), details(change, m))
                    : m.get(change.linkedFrom() == null ? "change.step" : "change.stepLinked", who,
                            stepTitle(change, account, book, m),
                            change.after() == null ? m.get("change.cleared") : m.label(change.after().status()));
        };
    }

    /** The status stayed; an untouched step that gets a file attached stays "to do" too. */
    private static boolean sameStatus(Change change) {
        if (change.after() == null) {
            return false;
        }
        if (change.before() == null) {
            return change.after().status() == StepStatus.TODO && !change.after().evidenceFiles().isEmpty();
        }
        return change.before().status() == change.after().status();
    }

    /** What changed besides the status: the note, the evidence, the files, the end of a wait. */
    private static String details(Change change, Messages m) {
        StepRecord before = change.before() == null
                ? new StepRecord(StepStatus.TODO, change.at(), null, null, null, null, List.of()) : change.before();
        StepRecord after = change.after();
        List<String> parts = new ArrayList<>();
        if (!Objects.equals(before.note(), after.note())) {
            parts.add(m.get("change.note", after.note() == null ? "" : after.note()));
        }
        if (!Objects.equals(before.evidence(), after.evidence())) {
            parts.add(m.get("change.evidence", after.evidence() == null ? "" : after.evidence()));
        }
        after.evidenceFiles().stream().filter(f -> !before.evidenceFiles().contains(f))
                .forEach(f -> parts.add(m.get("change.fileAttached", f.originalName())));
        before.evidenceFiles().stream().filter(f -> !after.evidenceFiles().contains(f))
                .forEach(f -> parts.add(m.get("change.fileRemoved", f.originalName())));
        if (!Objects.equals(before.until(), after.until()) && after.until() != null) {
            parts.add(m.get("change.until", new CatalogTexts(m).date(after.until())));
        }
        return parts.isEmpty() ? m.label(after.status()) : String.join(", ", parts);
    }

    private static String stepTitle(Change change, Account account, ProgressBook book, Messages m) {
        if (account == null) {
            return change.stepId();
        }
        return book.platform(account.platformId()).flatMap(p -> p.step(change.stepId()))
                .map(Step::title).map(t -> t.in(m.language())).orElse(change.stepId());
    }
}
