package app.notrain.progress;

import app.notrain.catalog.Region;

/**
 * What the first-run wizard asks once: it decides which refusals exist for the user. {@code
 * sender} (who signs the objection letters) is asked the first time a letter is written; null
 * until then.
 */
public record Profile(Region region, boolean adult, UseKind use, Sender sender) {
    public static final Profile DEFAULT = new Profile(Region.EU_EEA, true, UseKind.PERSONAL);

    public Profile(Region region, boolean adult, UseKind use) {
        this(region, adult, use, null);
    }

    public Profile withSender(Sender newSender) {
        return new Profile(region, adult, use, newSender);
    }
}
