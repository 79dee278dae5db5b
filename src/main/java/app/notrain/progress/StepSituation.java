package app.notrain.progress;

import app.notrain.catalog.Platform;
import app.notrain.catalog.Step;
import java.time.LocalDate;
import java.time.ZoneId;

/** The rules that turn a record, the profile and the catalog into where a step stands on a day. */
final class StepSituation {
    /** How long a wait with no end date lasts before it is over: Art. 12(3) GDPR's month, roughly. */
    static final int UNDATED_WAIT_DAYS = 30;

    private StepSituation() {
    }

    static StepProgress of(Account account, Platform platform, Step step, StepRecord record, Profile profile,
                           LocalDate today, ZoneId zone) {
        if (record == null || record.status() == StepStatus.TODO) {
            NotApplicableReason reason = applicability(platform, step, profile);
            Situation situation = reason == null ? Situation.TODO : Situation.NOT_APPLICABLE;
            return new StepProgress(account, platform, step, record, situation, reason, null, false);
        }
        return switch (record.status()) {
            case TODO, STARTED -> plain(account, platform, step, record, Situation.STARTED);
            case REFUSED -> plain(account, platform, step, record, Situation.REFUSED);
            case NOT_APPLICABLE -> new StepProgress(account, platform, step, record, Situation.NOT_APPLICABLE,
                    NotApplicableReason.USER, null, false);
            case WAITING -> {
                // A wait nobody dated (a step the catalog gives no typical wait) still ends: after a month.
                LocalDate end = record.until() != null ? record.until()
                        : LocalDate.ofInstant(record.changedAt(), zone).plusDays(UNDATED_WAIT_DAYS);
                boolean over = end.isBefore(today);
                yield new StepProgress(account, platform, step, record, over ? Situation.WAIT_OVER : Situation.WAITING,
                        null, end, false);
            }
            case DONE -> {
                int interval = step.recheckDays() != null ? step.recheckDays() : platform.recheckDaysOrDefault();
                LocalDate recheck = LocalDate.ofInstant(record.changedAt(), zone).plusDays(interval);
                boolean catalogChanged = record.stepFingerprint() != null
                        && !record.stepFingerprint().equals(StepFingerprint.of(step));
                boolean due = catalogChanged || !recheck.isAfter(today);
                // A step the guides changed is due from the day the guides checked it, not months later.
                LocalDate checked = platform.checkedOf(step);
                LocalDate changedOn = checked == null || checked.isAfter(today) ? today : checked;
                LocalDate dueOn = catalogChanged && recheck.isAfter(changedOn) ? changedOn : recheck;
                yield new StepProgress(account, platform, step, record, due ? Situation.RECHECK_DUE : Situation.DONE,
                        null, dueOn, catalogChanged);
            }
        };
    }

    private static StepProgress plain(Account account, Platform platform, Step step, StepRecord record,
                                      Situation situation) {
        return new StepProgress(account, platform, step, record, situation, null, null, false);
    }

    /** Why a step does not apply to this user, or null when it does. */
    static NotApplicableReason applicability(Platform platform, Step step, Profile profile) {
        if (platform.minorsExcluded() && !profile.adult()) {
            return NotApplicableReason.MINOR;
        }
        if (!step.appliesTo(profile.region())) {
            return NotApplicableReason.REGION;
        }
        return null;
    }
}
