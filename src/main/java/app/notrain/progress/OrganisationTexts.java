package app.notrain.progress;

import app.notrain.catalog.CatalogTexts;
import app.notrain.i18n.Messages;

/**
 * The organisation checklist in words, the same on the dashboard, the command line and in the
 * report: "5 of 9 measures in place · 1 due for a re-check", and where one measure stands.
 */
public final class OrganisationTexts {
    private final Messages messages;
    private final CatalogTexts texts;

    public OrganisationTexts(Messages messages) {
        this.messages = messages;
        this.texts = new CatalogTexts(messages);
    }

    /** "5 of 9 measures in place", with the re-checks due when there are some. */
    public String summary(OrganisationProgress organisation) {
        String inPlace = messages.get("measures.inPlace", organisation.inPlace(), organisation.total());
        return organisation.recheckDue() == 0 ? inPlace
                : inPlace + ProtectionTexts.SEPARATOR + messages.get("measures.recheckDue", organisation.recheckDue());
    }

    /** Where the measure stands: "Done on 20 November 2026 · next re-check 20 November 2027", "To do". */
    public String standing(MeasureProgress measure, java.time.ZoneId zone) {
        String situation = messages.label(measure.situation());
        if (measure.record() == null) {
            return situation;
        }
        String on = messages.get("measures.since", situation,
                texts.date(java.time.LocalDate.ofInstant(measure.record().changedAt(), zone)));
        return measure.due() == null ? on
                : on + ProtectionTexts.SEPARATOR + messages.get("measures.nextCheck", texts.date(measure.due()));
    }

    /** The title of the measure in the current language. */
    public String title(MeasureProgress measure) {
        return texts.text(measure.measure().title());
    }
}
