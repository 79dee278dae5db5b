package app.notrain.catalog;

/** Where a user lives, as far as platforms' refusals differ. */
public enum Region {
    EU_EEA,
    UK,
    CH,
    OTHER
}
