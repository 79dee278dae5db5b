package app.notrain.progress;

import java.time.Instant;

/**
 * A file kept as evidence of a step: a screenshot, the confirmation e-mail, a PDF. NoTrain keeps its
 * own copy in the evidence folder beside the progress file, under {@code storedName} (a name NoTrain
 * made from the content's hash, never the original name); {@code originalName} is only shown.
 * {@code sha256} (lower-case hex) and {@code size} (bytes) say what the copy held when attached, so
 * that a copy changed or lost since is told.
 */
public record EvidenceFile(String originalName, String storedName, String sha256, long size, Instant attachedAt) {
}
