package app.notrain.cli;

import app.notrain.catalog.CatalogTexts;
import app.notrain.i18n.Messages;
import app.notrain.progress.StepProgress;

/**
 * Where a step stands, in a sentence with its date, for the command line. The switches name every
 * constant, so a new one fails the build here rather than printing a missing key.
 */
final class ProgressWords {
    private final CatalogTexts texts;
    private final Messages messages;

    ProgressWords(Messages messages) {
        this.messages = messages;
        this.texts = new CatalogTexts(messages);
    }

    CatalogTexts texts() {
        return texts;
    }


    /** Where the step stands, with its date when it has one: "The wait ended on 24 May 2025: …". */
    String situation(StepProgress step) {
        String due = step.due() == null ? "" : texts.date(step.due());
        return switch (step.situation()) {
            case TODO -> messages.get("cli.situation.TODO");
            case STARTED -> messages.get("cli.situation.STARTED");
            case WAITING -> step.due() == null ? messages.get("cli.situation.waitingOpenEnded")
                    : messages.get("cli.situation.WAITING", due);
            case WAIT_OVER -> messages.get("cli.situation.WAIT_OVER", due);
            case DONE -> messages.get("cli.situation.DONE");
            case RECHECK_DUE -> step.catalogChanged() ? messages.get("cli.situation.guideChanged")
                    : messages.get("cli.situation.RECHECK_DUE", due);
            case REFUSED -> messages.get("cli.situation.REFUSED");
            case NOT_APPLICABLE -> notApplicable(step);
        };
    }

    private String notApplicable(StepProgress step) {
        if (step.notApplicableReason() == null) {
            return messages.get("cli.notApplicable.USER");
        }
        return switch (step.notApplicableReason()) {
            case REGION -> messages.get("cli.notApplicable.REGION");
            case MINOR -> messages.get("cli.notApplicable.MINOR");
            case USER -> step.record() != null && step.record().note() != null
                    ? messages.get("cli.notApplicable.userNote", CliText.plain(step.record().note()))
                    : messages.get("cli.notApplicable.USER");
        };
    }
}
