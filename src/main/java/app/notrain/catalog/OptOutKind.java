package app.notrain.catalog;

/** The kind of refusal a platform offers. */
public enum OptOutKind {
    SETTINGS_TOGGLE,
    OBJECTION_FORM,
    DELETION_REQUEST,
    EMAIL_REQUEST,
    /** No refusal exists; steps only reduce what the platform can collect. */
    MITIGATIONS_ONLY,
    /** The platform states it does not train generative AI on its users' content. */
    NOT_NEEDED
}
