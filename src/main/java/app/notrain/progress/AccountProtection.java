package app.notrain.progress;

import app.notrain.catalog.FactDate;
import app.notrain.catalog.OptOutKind;
import app.notrain.catalog.Platform;
import app.notrain.catalog.StepRole;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * One account's protection as of a day, with what supports it and the one step to do next.
 *
 * @param protectedOn     the day the last required refusal was done (PROTECTED, RECHECK_DUE)
 * @param trainingStart   when training begins for the user's region (EXPOSED, NOT_YET), if known
 * @param waitUntil       when the platform's answer is expected (PENDING)
 * @param mitigationsDone required mitigations done, of {@code mitigations} (counted for every status)
 * @param next            the first open step that moves the account towards protection, or the
 *                        gentle one once it is protected; null when there is nothing to do
 * @param letters         where the account's objection letters stand, null when none was sent
 */
public record AccountProtection(AccountOverview overview, Protection protection, LocalDate protectedOn,
                                FactDate trainingStart, LocalDate waitUntil, int mitigationsDone, int mitigations,
                                StepProgress next, LetterFollowUp letters) {

    public AccountProtection(AccountOverview overview, Protection protection, LocalDate protectedOn,
                             FactDate trainingStart, LocalDate waitUntil, int mitigationsDone, int mitigations,
                             StepProgress next) {
        this(overview, protection, protectedOn, trainingStart, waitUntil, mitigationsDone, mitigations, next, null);
    }

    /** When the controller's answer to the account's objection letter is due; null without one. */
    public LocalDate answerDue() {
        return letters == null ? null : letters.answerDue();
    }

    public Account account() {
        return overview.account();
    }

    public Platform platform() {
        return overview.platform();
    }

    /** Days from {@code today} until training starts (NOT_YET), else 0. */
    public long daysLeft(LocalDate today) {
        return protection == Protection.NOT_YET ? java.time.temporal.ChronoUnit.DAYS.between(today,
                trainingStart.day()) : 0;
    }

    /** The rule of docs/ranking.md, for one account, with its letters (docs/letters.md). */
    public static AccountProtection of(AccountOverview overview, Profile profile, LocalDate today, ZoneId zone) {
        AccountProtection steps = fromSteps(overview, profile, today, zone);
        LetterFollowUp letters = overview.letters() == null || overview.letters().isEmpty() ? null
                : LetterFollowUp.of(overview.letters(), today);
        return letters == null ? steps : steps.withLetters(letters);
    }

    /**
     * A letter speaks for an account whose steps do not protect it: the answer awaited makes it
     * PENDING until the due date (and after, while reminders and the complaint follow), an
     * acceptance protects it, a refusal makes it REFUSED_BY_PLATFORM. Steps that already protect
     * it, or say it is not concerned, win.
     */
    private AccountProtection withLetters(LetterFollowUp letters) {
        AccountProtection base = this;
        if (protection.isProtected() || protection == Protection.NOT_CONCERNED || protection == Protection.UNKNOWN) {
            return base.with(protection, base.protectedOn, waitUntil, next, letters);
        }
        // A letter to send is the action, anchored on the refusal step the letter is noted on; while
        // waiting for an answer, only the gentle steps (keep the proof, mitigate) remain.
        StepProgress anchor = refusalOrFirst(overview.steps());
        StepProgress gentle = gentle(overview.steps());
        return switch (letters.stage()) {
            case ACCEPTED -> base.with(Protection.PROTECTED, letters.date(), null, gentle, letters);
            case REFUSED -> base.with(Protection.REFUSED_BY_PLATFORM, null, null, anchor, letters);
            case AWAITING_ANSWER -> base.with(Protection.PENDING, null, letters.answerDue(), gentle, letters);
            case ANSWER_OVERDUE -> base.with(Protection.PENDING, null, letters.answerDue(), anchor, letters);
            case REMINDED -> base.with(Protection.PENDING, null, letters.date(), gentle, letters);
            case COMPLAINT_DUE -> base.with(Protection.PENDING, null, letters.date(), anchor, letters);
            // The authority has it: what the steps say stands, but nothing more is asked of the user.
            case COMPLAINT_FILED -> base.with(protection == Protection.REFUSED_BY_PLATFORM ? protection
                    : Protection.PENDING, null, waitUntil, gentle(overview.steps()), letters);
        };
    }

    private AccountProtection with(Protection p, LocalDate on, LocalDate until, StepProgress nextStep,
                                   LetterFollowUp letters) {
        return new AccountProtection(overview, p, on, p == Protection.NOT_YET || p == Protection.EXPOSED
                ? trainingStart : null, until, mitigationsDone, mitigations, nextStep, letters);
    }

    /** What a letter action points at: the refusal step the letter is noted on, else the first step. */
    private static StepProgress refusalOrFirst(List<StepProgress> steps) {
        StepProgress refusal = first(steps, s -> s.step().requiredRefusal()
                && s.situation() != Situation.NOT_APPLICABLE);
        return refusal != null ? refusal : steps.isEmpty() ? null : steps.get(0);
    }

    private static AccountProtection fromSteps(AccountOverview overview, Profile profile, LocalDate today,
                                               ZoneId zone) {
        Platform platform = overview.platform();
        if (platform == null) {
            return new AccountProtection(overview, Protection.UNKNOWN, null, null, null, 0, 0, null);
        }
        List<StepProgress> steps = overview.steps();
        List<StepProgress> mitigations = steps.stream()
                .filter(s -> s.step().role() == StepRole.MITIGATE && !s.step().optional())
                .filter(s -> s.situation() != Situation.NOT_APPLICABLE).toList();
        int mitigated = (int) mitigations.stream().filter(s -> isDone(s.situation())).count();
        Builder b = new Builder(overview, mitigated, mitigations.size());

        if (platform.optOut() == OptOutKind.NOT_NEEDED) {
            return b.build(Protection.NOT_CONCERNED, first(steps, s -> !s.step().optional() && isOpen(s)));
        }
        if (platform.minorsExcluded() && !profile.adult()) {
            return b.build(Protection.NOT_CONCERNED, null);
        }
        if (!platform.offersRefusalIn(profile.region())) {
            return b.build(Protection.NO_REFUSAL, gentle(steps));
        }
        List<StepProgress> refusals = steps.stream()
                .filter(s -> s.step().requiredRefusal() && s.situation() != Situation.NOT_APPLICABLE).toList();
        if (refusals.isEmpty()) {
            // The user marked every refusal as not applying to them (the note says why).
            return b.build(Protection.NOT_CONCERNED, null);
        }
        if (refusals.stream().anyMatch(s -> s.situation() == Situation.REFUSED)) {
            return b.build(Protection.REFUSED_BY_PLATFORM, first(refusals, s -> s.situation() == Situation.REFUSED));
        }
        if (refusals.stream().anyMatch(s -> s.situation() == Situation.TODO || s.situation() == Situation.STARTED)) {
            FactDate start = UrgencyRanker.trainingStart(platform, profile.region()).orElse(null);
            b.trainingStart = start;
            Protection p = start != null && start.day().isAfter(today) ? Protection.NOT_YET : Protection.EXPOSED;
            return b.build(p, first(steps, s -> !s.step().optional()
                    && (s.step().role() == StepRole.PREPARE || s.step().role() == StepRole.REFUSE)
                    && (s.situation() == Situation.TODO || s.situation() == Situation.STARTED)));
        }
        if (refusals.stream().anyMatch(s -> s.situation() == Situation.WAITING || s.situation() == Situation.WAIT_OVER)) {
            // The latest end among the refusals that wait (a done one's date is its re-check, not a wait).
            b.waitUntil = refusals.stream()
                    .filter(s -> s.situation() == Situation.WAITING || s.situation() == Situation.WAIT_OVER)
                    .map(StepProgress::due).filter(Objects::nonNull).max(LocalDate::compareTo).orElse(null);
            StepProgress over = first(refusals, s -> s.situation() == Situation.WAIT_OVER);
            return b.build(Protection.PENDING, over != null ? over : gentle(steps));
        }
        b.protectedOn = refusals.stream().map(s -> LocalDate.ofInstant(s.record().changedAt(), zone))
                .max(LocalDate::compareTo).orElseThrow();
        StepProgress recheck = first(refusals, s -> s.situation() == Situation.RECHECK_DUE);
        return recheck != null ? b.build(Protection.RECHECK_DUE, recheck) : b.build(Protection.PROTECTED, gentle(steps));
    }

    /** Once nothing urgent is left: keep the proof, then the mitigations. Never a preparation. */
    private static StepProgress gentle(List<StepProgress> steps) {
        return first(steps, s -> !s.step().optional() && isOpen(s)
                && (s.step().role() == StepRole.PROVE || s.step().role() == StepRole.MITIGATE));
    }

    private static StepProgress first(List<StepProgress> steps, Predicate<StepProgress> test) {
        return steps.stream().filter(test).findFirst().orElse(null);
    }

    private static boolean isDone(Situation situation) {
        return situation == Situation.DONE || situation == Situation.RECHECK_DUE;
    }

    private static boolean isOpen(StepProgress step) {
        return !step.situation().isSettled();
    }

    private static final class Builder {
        private final AccountOverview overview;
        private final int mitigated;
        private final int mitigations;
        private LocalDate protectedOn;
        private FactDate trainingStart;
        private LocalDate waitUntil;

        Builder(AccountOverview overview, int mitigated, int mitigations) {
            this.overview = overview;
            this.mitigated = mitigated;
            this.mitigations = mitigations;
        }

        AccountProtection build(Protection protection, StepProgress next) {
            return new AccountProtection(overview, protection, protectedOn, trainingStart, waitUntil, mitigated,
                    mitigations, next);
        }
    }
}
