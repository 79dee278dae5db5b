package app.notrain.cli;

import app.notrain.catalog.Measure;
import app.notrain.i18n.Messages;
import app.notrain.progress.MeasureRecord;
import app.notrain.progress.OrganisationProgress;
import app.notrain.progress.ProgressBook;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code notrain step organisation MEASURE --status S}: records a measure of a business's
 * organisation checklist. Options left out keep what the measure had (its note, evidence and
 * owner), so ticking a measure done does not forget who is responsible for it.
 */
final class OrganisationStep {
    /** The word that stands for the organisation where an account id would be. */
    static final String ACCOUNT = "organisation";

    private final Messages messages;
    private final PrintWriter err;

    OrganisationStep(Messages messages, PrintWriter err) {
        this.messages = messages;
        this.err = err;
    }

    int record(ProgressBook book, PrintWriter out, String measureId, CliStatus status, String note, String evidence,
               String owner) {
        if (!book.tracksOrganisation()) {
            return refuse(messages.get("cli.step.organisationPersonal"));
        }
        Optional<Measure> measure = book.catalog().organisation().measure(measureId);
        if (measure.isEmpty()) {
            return refuse(messages.get("cli.step.unknownMeasure", measureId,
                    String.join(", ", book.catalog().organisation().ids())));
        }
        if (!OrganisationProgress.STATUSES.contains(status.status())) {
            return refuse(messages.get("cli.step.measureStatus", status.name().toLowerCase(Locale.ROOT)));
        }
        Optional<MeasureRecord> before = book.measure(measureId);
        book.setMeasure(measureId, status.status(),
                note != null ? note : before.map(MeasureRecord::note).orElse(null),
                evidence != null ? evidence : before.map(MeasureRecord::evidence).orElse(null),
                owner != null ? owner : before.map(MeasureRecord::owner).orElse(null),
                before.map(MeasureRecord::recheckDays).orElse(null));
        out.println(messages.get("cli.step.measureRecorded", measure.get().title().in(messages.language()),
                messages.label(status.status())));
        return Cli.OK;
    }

    private int refuse(String message) {
        err.println(message);
        err.flush();
        return Cli.BAD_ARGUMENTS;
    }
}
