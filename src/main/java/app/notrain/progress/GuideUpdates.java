package app.notrain.progress;

import app.notrain.catalog.Catalog;
import app.notrain.catalog.DateKind;
import app.notrain.catalog.GuideChangeKind;
import app.notrain.catalog.KeyDate;
import app.notrain.catalog.OptOutKind;
import app.notrain.catalog.Platform;
import app.notrain.catalog.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * "Since your last guides": what an import of newer guides changed for the user's own accounts.
 * It compares the old and new catalogs step by step, with the same fingerprint that makes a done
 * step due for a re-check ({@link StepFingerprint}), so the list and the re-checks always agree.
 */
public final class GuideUpdates {
    private GuideUpdates() {
    }

    /** The changes between {@code old} and {@code current} that concern the accounts of {@code book}. */
    public static List<GuideUpdate> since(Catalog old, Catalog current, ProgressBook book) {
        List<GuideUpdate> updates = new ArrayList<>();
        for (Account account : book.accounts()) {
            Optional<Platform> before = old.platform(account.platformId());
            Optional<Platform> after = current.platform(account.platformId());
            if (before.isEmpty() || after.isEmpty()) {
                continue;
            }
            compare(account, before.get(), after.get(), book, updates);
        }
        return List.copyOf(updates);
    }

    private static void compare(Account account, Platform before, Platform after, ProgressBook book,
                                List<GuideUpdate> updates) {
        if (nowTrains(before, after)) {
            updates.add(new GuideUpdate(account, after, GuideChangeKind.NOW_TRAINS, null, false));
        }
        for (Step step : after.steps()) {
            if (StepSituation.applicability(after, step, book.profile()) != null) {
                continue;
            }
            Optional<Step> previous = before.step(step.id());
            if (previous.isEmpty()) {
                updates.add(new GuideUpdate(account, after, GuideChangeKind.STEP_ADDED, step, false));
                continue;
            }
            String newPrint = StepFingerprint.of(step);
            if (newPrint.equals(StepFingerprint.of(previous.get()))) {
                continue;
            }
            boolean recheck = book.record(account.id(), step.id())
                    .filter(r -> r.status() == StepStatus.DONE && r.stepFingerprint() != null
                            && !r.stepFingerprint().equals(newPrint))
                    .isPresent();
            GuideChangeKind kind = previous.get().path().equals(step.path())
                    ? GuideChangeKind.STEP_CHANGED : GuideChangeKind.PATH_MOVED;
            updates.add(new GuideUpdate(account, after, kind, step, recheck));
        }
    }

    /** The platform said it did not train and now does, or announces a training start it did not have. */
    private static boolean nowTrains(Platform before, Platform after) {
        if (before.optOut() == OptOutKind.NOT_NEEDED && after.optOut() != OptOutKind.NOT_NEEDED) {
            return true;
        }
        Set<String> known = before.dates().stream().filter(d -> d.kind() == DateKind.TRAINING_START)
                .map(KeyDate::id).collect(Collectors.toSet());
        return after.dates().stream().anyMatch(d -> d.kind() == DateKind.TRAINING_START && !known.contains(d.id()));
    }
}
