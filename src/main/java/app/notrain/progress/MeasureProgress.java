package app.notrain.progress;

import app.notrain.catalog.Measure;
import java.time.LocalDate;

/**
 * One organisation measure as of a day. {@code record} is null when nobody touched it;
 * {@code situation} is one of TODO, STARTED, DONE, RECHECK_DUE and NOT_APPLICABLE;
 * {@code due} is the next re-check of a measure done; {@code recheckDays} the interval in force.
 */
public record MeasureProgress(Measure measure, MeasureRecord record, Situation situation, LocalDate due,
                              int recheckDays) {

    /** Done (even if due for a re-check) or set aside as not applicable: it counts as in place. */
    public boolean inPlace() {
        return situation == Situation.DONE || situation == Situation.RECHECK_DUE
                || situation == Situation.NOT_APPLICABLE;
    }

    /** Still to do, or done long enough ago to be reviewed. */
    public boolean open() {
        return !situation.isSettled();
    }

    public String owner() {
        return record == null ? null : record.owner();
    }

    public String note() {
        return record == null ? null : record.note();
    }

    public String evidence() {
        return record == null ? null : record.evidence();
    }

    public StepStatus status() {
        return record == null ? StepStatus.TODO : record.status();
    }

    static MeasureProgress of(Measure measure, MeasureRecord record, LocalDate today, java.time.ZoneId zone) {
        int interval = record != null && record.recheckDays() != null ? record.recheckDays()
                : measure.recheckDays() != null ? measure.recheckDays() : OrganisationProgress.DEFAULT_RECHECK_DAYS;
        if (record == null) {
            return new MeasureProgress(measure, null, Situation.TODO, null, interval);
        }
        return switch (record.status()) {
            case TODO -> new MeasureProgress(measure, record, Situation.TODO, null, interval);
            case STARTED, WAITING, REFUSED -> new MeasureProgress(measure, record, Situation.STARTED, null, interval);
            case NOT_APPLICABLE -> new MeasureProgress(measure, record, Situation.NOT_APPLICABLE, null, interval);
            case DONE -> {
                LocalDate due = LocalDate.ofInstant(record.changedAt(), zone).plusDays(interval);
                yield new MeasureProgress(measure, record, due.isAfter(today) ? Situation.DONE : Situation.RECHECK_DUE,
                        due, interval);
            }
        };
    }
}
