package app.notrain.progress;

import java.time.Instant;

/**
 * The business's record of one organisation measure: its status, when it was set, a note,
 * evidence (where the charter is filed, the date of a training), the person responsible, and
 * the re-check interval when the user chose one (null: the catalog's).
 */
public record MeasureRecord(StepStatus status, Instant changedAt, String note, String evidence, String owner,
                            Integer recheckDays) {
}
