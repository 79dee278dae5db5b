package app.notrain.progress;

import static org.assertj.core.api.Assertions.assertThat;

import app.notrain.catalog.CatalogReader;
import app.notrain.i18n.Language;
import app.notrain.i18n.Messages;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** History entries say what changed, without starting JavaFX. */
class ChangeTextsTest {
    private final ProgressBook book = new ProgressBook(CatalogReader.builtIn(), ProgressData.EMPTY,
            Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC));

    @Test
    void aStatusChangeNamesTheAccountTheStepAndTheNewStatus() {
        Account x = book.addAccount("x", "@me", null, null);
        book.setStep(x.id(), "uncheck-training", StepStatus.DONE, null, null, null);

        assertThat(ChangeTexts.describe(last(), book, Messages.of(Language.EN))).startsWith("X / Grok · @me: ")
                .endsWith("→ Done");
    }

    @Test
    void aNoteOrEvidenceChangeSaysWhatWasWritten() {
        Account x = book.addAccount("x", "@me", null, null);
        String step = book.platform("x").orElseThrow().steps().get(0).id();
        book.setStep(x.id(), step, StepStatus.DONE, null, null, null);
        book.setStep(x.id(), step, StepStatus.DONE, "checked twice", "shot.png", null);

        assertThat(ChangeTexts.describe(last(), book, Messages.of(Language.FR)))
                .endsWith("note « checked twice », preuve « shot.png »");
    }

    @Test
    void preferencesAreKeptButAreNotAChangeToUndo() {
        book.setPreferences(new Preferences(Language.FR, true));

        assertThat(book.snapshot().preferences()).isEqualTo(new Preferences(Language.FR, true));
        assertThat(book.undo()).isEmpty();
    }

    private Change last() {
        return book.history().get(book.history().size() - 1);
    }
}
