package app.notrain.progress;

import app.notrain.catalog.DateKind;
import app.notrain.catalog.FactDate;
import app.notrain.catalog.KeyDate;
import app.notrain.catalog.Platform;
import app.notrain.catalog.Region;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The open actions of every account, most urgent first. The rule is written down in
 * docs/ranking.md; the window's dashboard and {@code notrain status} both use this class.
 */
public final class UrgencyRanker {
    private UrgencyRanker() {
    }

    public static List<OpenAction> rank(ProgressBook book, LocalDate today, ZoneId zone) {
        List<OpenAction> actions = new ArrayList<>();
        List<Account> accounts = book.accounts();
        for (AccountOverview overview : AccountOverview.of(book, today)) {
            for (StepProgress step : overview.steps()) {
                classify(step, book.profile().region(), today, zone).ifPresent(actions::add);
            }
        }
        // Earliest date first within a kind: the longest exposed, the soonest start, the oldest wait.
        Comparator<OpenAction> order = Comparator.comparing(OpenAction::urgency)
                .thenComparing(OpenAction::date, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(a -> accounts.indexOf(a.step().account()))
                .thenComparing(a -> a.step().platform().steps().indexOf(a.step().step()));
        actions.sort(order);
        return actions;
    }

    /**
     * The actions that became due after {@code since} and by {@code today}: a training start
     * passed, a wait ended, a re-check fell due. What the window announces at start.
     */
    public static List<OpenAction> becameDue(List<OpenAction> ranked, LocalDate since, LocalDate today) {
        return ranked.stream()
                .filter(a -> a.urgency() == Urgency.EXPOSED || a.urgency() == Urgency.WAIT_OVER
                        || a.urgency() == Urgency.RECHECK_DUE)
                .filter(a -> a.date() != null && a.date().isAfter(since) && !a.date().isAfter(today))
                .toList();
    }

    static Optional<OpenAction> classify(StepProgress step, Region region, LocalDate today, ZoneId zone) {
        return switch (step.situation()) {
            case DONE, WAITING, NOT_APPLICABLE -> Optional.empty();
            case WAIT_OVER -> Optional.of(new OpenAction(Urgency.WAIT_OVER, step, step.due()));
            case RECHECK_DUE -> Optional.of(new OpenAction(Urgency.RECHECK_DUE, step, step.due()));
            case REFUSED -> Optional.of(new OpenAction(Urgency.REFUSED, step,
                    LocalDate.ofInstant(step.record().changedAt(), zone)));
            case TODO, STARTED -> Optional.of(trainingStart(step.platform(), region)
                    .map(start -> new OpenAction(start.day().isAfter(today) ? Urgency.UPCOMING : Urgency.EXPOSED,
                            step, start.day(), start.monthOnly()))
                    .orElseGet(() -> new OpenAction(Urgency.OPEN, step, null)));
        };
    }

    /** When training begins for users in {@code region}: a date for that region, else one for everyone. */
    static Optional<FactDate> trainingStart(Platform platform, Region region) {
        List<KeyDate> starts = platform.dates().stream()
                .filter(d -> d.kind() == DateKind.TRAINING_START && d.appliesTo(region)).toList();
        return starts.stream().filter(d -> !d.regions().isEmpty()).findFirst()
                .or(() -> starts.stream().findFirst())
                .map(KeyDate::date);
    }
}
