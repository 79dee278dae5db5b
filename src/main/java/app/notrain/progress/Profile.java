package app.notrain.progress;

import app.notrain.catalog.Region;

/**
 * What the first-run wizard asks once: it decides which refusals exist for the user. {@code
 * sender} (who signs the objection letters) is asked the first time a letter is written; null
 * until then. {@code organisation} (the company a business profile tracks) and {@code author}
 * (who writes the report: the DPO, or the person themselves) head the report's cover; null when
 * not given, never blank.
 */
public record Profile(Region region, boolean adult, UseKind use, Sender sender, String organisation,
                      String author) {
    public static final Profile DEFAULT = new Profile(Region.EU_EEA, true, UseKind.PERSONAL);

    public Profile {
        organisation = blankToNull(organisation);
        author = blankToNull(author);
    }

    public Profile(Region region, boolean adult, UseKind use) {
        this(region, adult, use, null, null, null);
    }

    public Profile withSender(Sender newSender) {
        return new Profile(region, adult, use, newSender, organisation, author);
    }

    /** The same answers with another organisation and author (blank: none). */
    public Profile withNames(String newOrganisation, String newAuthor) {
        return new Profile(region, adult, use, sender, newOrganisation, newAuthor);
    }

    /** The same names and sender with other answers to the wizard's questions. */
    public Profile withAnswers(Region newRegion, boolean newAdult, UseKind newUse) {
        return new Profile(newRegion, newAdult, newUse, sender, organisation, author);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
