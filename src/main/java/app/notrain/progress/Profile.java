package app.notrain.progress;

import app.notrain.catalog.Region;

/** What the first-run wizard asks once: it decides which refusals exist for the user. */
public record Profile(Region region, boolean adult, UseKind use) {
    public static final Profile DEFAULT = new Profile(Region.EU_EEA, true, UseKind.PERSONAL);
}
