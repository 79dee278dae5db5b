package app.notrain.progress;

import app.notrain.catalog.DateKind;
import app.notrain.catalog.FactDate;
import app.notrain.catalog.KeyDate;
import app.notrain.catalog.Platform;
import app.notrain.catalog.Region;
import app.notrain.catalog.StepRole;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One next action per account, or per Accounts Centre group when one step covers the group, most
 * urgent first. The rule is written down in docs/ranking.md; the window's dashboard, {@code notrain
 * status} and the report all use it. Runs in O(n log n) for n accounts.
 */
public final class UrgencyRanker {
    /** Within a group, the member whose action comes first: the most urgent, then the earliest. */
    private static final Comparator<OpenAction> MOST_URGENT = Comparator.comparing(OpenAction::urgency)
            .thenComparing(OpenAction::date, Comparator.nullsLast(Comparator.naturalOrder()));

    private UrgencyRanker() {
    }

    /** The ranked next actions of the book as of {@code today}. */
    public static List<OpenAction> rank(ProgressBook book, LocalDate today, ZoneId zone) {
        return Assessment.of(book, today, zone).actions();
    }

    /** The ranked next actions of these accounts (given in the book's order). */
    static List<OpenAction> rank(List<AccountProtection> protections, ZoneId zone) {
        Map<String, List<AccountProtection>> units = new LinkedHashMap<>();
        Map<String, Integer> position = new HashMap<>();
        for (AccountProtection p : protections) {
            position.put(p.account().id(), position.size());
            if (p.next() != null) {
                units.computeIfAbsent(unitKey(p), k -> new ArrayList<>()).add(p);
            }
        }
        List<OpenAction> actions = new ArrayList<>(units.size());
        for (List<AccountProtection> unit : units.values()) {
            actions.add(action(unit, zone));
        }
        // Quick wins first among the exposed; then the earliest date: the longest exposed, the soonest
        // start, the oldest refusal or wait; then the book's order and the catalog's.
        Comparator<OpenAction> order = Comparator.comparing(OpenAction::urgency)
                .thenComparingInt(a -> a.urgency() == Urgency.EXPOSED ? a.step().platform().minutes() : 0)
                .thenComparing(OpenAction::date, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparingInt(a -> position.get(a.account().id()));
        actions.sort(order);
        return actions;
    }

    /**
     * Accounts of one Accounts Centre group whose next step is the same shared step are one unit:
     * one objection covers them all, whatever each account's status. Every other account is a unit
     * of its own.
     */
    private static String unitKey(AccountProtection p) {
        StepProgress next = p.next();
        String group = p.account().group();
        String center = p.platform().accountsCenter();
        if (next.step().sharedInAccountsCenter() && group != null && center != null) {
            return "group\u0000" + center + "\u0000" + group.strip().toLowerCase(Locale.ROOT) + "\u0000"
                    + next.step().id();
        }
        return "account\u0000" + p.account().id();
    }

    /** The unit's action: its most urgent member's, covering every member (that one first). */
    private static OpenAction action(List<AccountProtection> unit, ZoneId zone) {
        OpenAction best = null;
        for (AccountProtection member : unit) {
            OpenAction candidate = action(member, List.of(member.account()), zone);
            if (best == null || MOST_URGENT.compare(candidate, best) < 0) {
                best = candidate;
            }
        }
        if (unit.size() == 1) {
            return best;
        }
        List<Account> accounts = new ArrayList<>(unit.size());
        accounts.add(best.account());
        unit.stream().map(AccountProtection::account).filter(a -> !a.equals(accounts.get(0))).forEach(accounts::add);
        return new OpenAction(best.urgency(), best.step(), best.date(), best.monthOnly(), accounts, best.protection(),
                best.letter());
    }

    private static OpenAction action(AccountProtection lead, List<Account> accounts, ZoneId zone) {
        StepProgress step = lead.next();
        LetterFollowUp letters = lead.letters();
        if (letters != null && letters.stage() == LetterFollowUp.Stage.ANSWER_OVERDUE) {
            return new OpenAction(Urgency.ANSWER_OVERDUE, step, letters.answerDue(), false, accounts, lead,
                    LetterKind.REMINDER);
        }
        if (letters != null && letters.stage() == LetterFollowUp.Stage.COMPLAINT_DUE) {
            return new OpenAction(Urgency.COMPLAINT_DUE, step, letters.date(), false, accounts, lead,
                    LetterKind.COMPLAINT);
        }
        if (letters != null && letters.stage() == LetterFollowUp.Stage.REFUSED
                && lead.protection() == Protection.REFUSED_BY_PLATFORM) {
            return new OpenAction(Urgency.REFUSED, step, letters.date(), false, accounts, lead, LetterKind.COMPLAINT);
        }
        return switch (lead.protection()) {
            case EXPOSED, NOT_YET -> {
                FactDate start = lead.trainingStart();
                Urgency urgency = lead.protection() == Protection.EXPOSED ? Urgency.EXPOSED : Urgency.UPCOMING;
                yield new OpenAction(urgency, step, start == null ? null : start.day(),
                        start != null && start.monthOnly(), accounts, lead);
            }
            case REFUSED_BY_PLATFORM -> new OpenAction(Urgency.REFUSED, step,
                    LocalDate.ofInstant(step.record().changedAt(), zone), false, accounts, lead);
            case RECHECK_DUE -> new OpenAction(Urgency.RECHECK_DUE, step, step.due(), false, accounts, lead);
            default -> step.situation() == Situation.WAIT_OVER
                    ? new OpenAction(Urgency.WAIT_OVER, step, step.due(), false, accounts, lead)
                    : new OpenAction(gentle(step), step, null, false, accounts, lead);
        };
    }

    private static Urgency gentle(StepProgress step) {
        StepRole role = step.step().role();
        return role == StepRole.PROVE ? Urgency.PROOF : role == StepRole.MITIGATE ? Urgency.MITIGATION : Urgency.OPEN;
    }

    /**
     * The actions that became due after {@code since} and by {@code today}: a training start
     * passed, a wait ended, a re-check fell due. What the window announces at start.
     */
    public static List<OpenAction> becameDue(List<OpenAction> ranked, LocalDate since, LocalDate today) {
        return ranked.stream()
                .filter(a -> isDueKind(a.urgency()))
                .filter(a -> a.date() != null && a.date().isAfter(since) && !a.date().isAfter(today))
                .toList();
    }

    private static boolean isDueKind(Urgency urgency) {
        return urgency == Urgency.EXPOSED || urgency == Urgency.WAIT_OVER || urgency == Urgency.RECHECK_DUE
                || urgency == Urgency.ANSWER_OVERDUE || urgency == Urgency.COMPLAINT_DUE;
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
