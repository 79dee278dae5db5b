package app.notrain.progress;

import java.util.List;
import java.util.Set;

/**
 * Where a business's organisation checklist stands on a day: every measure of the catalog, in
 * order, and the counts the dashboard, {@code status} and the report say ("5 of 9 measures in
 * place").
 */
public record OrganisationProgress(List<MeasureProgress> measures) {
    /** The interval of a measure the catalog gives none (a year, like the annual review). */
    static final int DEFAULT_RECHECK_DAYS = 365;

    /** The statuses a measure can have: a measure neither waits for a platform nor is refused by one. */
    public static final Set<StepStatus> STATUSES = Set.of(StepStatus.TODO, StepStatus.STARTED, StepStatus.DONE,
            StepStatus.NOT_APPLICABLE);

    public OrganisationProgress {
        measures = List.copyOf(measures);
    }

    public int total() {
        return measures.size();
    }

    public int inPlace() {
        return (int) measures.stream().filter(MeasureProgress::inPlace).count();
    }

    public int recheckDue() {
        return (int) measures.stream().filter(m -> m.situation() == Situation.RECHECK_DUE).count();
    }

    /** The measures still to do or due for a re-check, in catalog order. */
    public List<MeasureProgress> open() {
        return measures.stream().filter(MeasureProgress::open).toList();
    }

    public boolean isEmpty() {
        return measures.isEmpty();
    }
}
