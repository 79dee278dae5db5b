package app.notrain.catalog;

/**
 * What a step does for the account's protection (docs/catalog-format.md). Only {@link #REFUSE}
 * steps decide whether an account is protected; the others never make it exposed.
 */
public enum StepRole {
    /** Find the page, check which accounts are linked: useful, but refuses nothing by itself. */
    PREPARE,
    /** The act that stops training: the switch, the objection form, the deletion request. */
    REFUSE,
    /** Keep the confirmation or a screenshot of the setting. */
    PROVE,
    /** Reduce what is exposed, where there is no refusal or on top of it. */
    MITIGATE
}
