package app.notrain.ui;

/** The places the navigation leads to. */
public enum Section {
    PLATFORMS,
    DASHBOARD,
    REPORT,
    SETTINGS,
    /** A business's organisation checklist: in the navigation after the platforms, for a business only. */
    ORGANISATION
}
