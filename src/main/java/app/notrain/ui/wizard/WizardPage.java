package app.notrain.ui.wizard;

/** The wizard's pages, in order. */
public enum WizardPage {
    LANGUAGE,
    REGION,
    AGE,
    USE,
    PLATFORMS,
    ACCOUNTS,
    SUMMARY
}
