package app.notrain.progress;

/** Tells whether an evidence file's copy is still what was attached (the store's evidence folder does). */
@FunctionalInterface
public interface EvidenceCheck {
    EvidenceState check(EvidenceFile file);
}
