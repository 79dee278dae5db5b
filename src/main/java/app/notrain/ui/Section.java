package app.notrain.ui;

/** The places the navigation leads to. */
public enum Section {
    PLATFORMS,
    DASHBOARD,
    REPORT,
    SETTINGS
}
