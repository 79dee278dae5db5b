package app.notrain.progress;

/**
 * Kinds of grounds "relating to the particular situation" (Art. 21(1) GDPR) the letter window
 * suggests. Only suggestions: choosing one inserts its heading, and the user writes the grounds
 * themselves; NoTrain never invents them (see {@link LetterWriter#hasOwnGrounds}).
 */
public enum GroundKind {
    /** Professional or creative work that a model could imitate or reproduce. */
    PROFESSIONAL_CONTENT,
    /** Identifiable photos of children. */
    CHILDREN_PHOTOS,
    /** Health information visible in posts. */
    HEALTH,
    /** Political opinions or trade-union membership visible in posts. */
    OPINIONS,
    /** A public role that makes imitation or false attribution harmful. */
    PUBLIC_ROLE
}
