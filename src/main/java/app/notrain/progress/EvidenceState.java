package app.notrain.progress;

/** Whether an evidence file's copy is still what was attached. */
public enum EvidenceState {
    /** The copy is there and its SHA-256 is the one recorded. */
    INTACT,
    /** The copy is no longer in the evidence folder. */
    MISSING,
    /** The copy is there but its content (size or SHA-256) differs from what was attached. */
    CHANGED
}
