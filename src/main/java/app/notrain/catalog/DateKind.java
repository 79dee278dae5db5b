package app.notrain.catalog;

public enum DateKind {
    /** Training on users' data begins; an objection before it also covers what was already published. */
    TRAINING_START,
    ANNOUNCEMENT,
    POLICY_CHANGE,
    REGULATOR,
    DEADLINE
}
