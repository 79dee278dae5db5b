package app.notrain.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The user's record of one step: its status, when it was set, until when a wait lasts, a note and
 * evidence (a confirmation reference, the date of an e-mail) and the files attached as evidence,
 * oldest first. {@code stepFingerprint} identifies the catalog text the user followed, so that a
 * changed step can be re-checked.
 */
public record StepRecord(StepStatus status, Instant changedAt, LocalDate until, String note, String evidence,
                         String stepFingerprint, List<EvidenceFile> evidenceFiles) {

    public StepRecord {
        evidenceFiles = evidenceFiles == null ? List.of() : List.copyOf(evidenceFiles);
    }

    /** The same record with these files. */
    public StepRecord withEvidenceFiles(List<EvidenceFile> files) {
        return new StepRecord(status, changedAt, until, note, evidence, stepFingerprint, files);
    }
}
