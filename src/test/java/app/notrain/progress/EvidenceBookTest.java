package app.notrain.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.notrain.catalog.CatalogReader;
import app.notrain.catalog.Region;
import app.notrain.i18n.Language;
import app.notrain.i18n.Messages;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Attaching a file to a step is a change like any other: recorded, described, undone, redone. */
class EvidenceBookTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);
    private static final String STEP = "submit-objection";
    private static final EvidenceFile MAIL = new EvidenceFile("Objection accepted.eml",
            "0123456789abcdef0123456789abcdef.eml", "0123456789abcdef".repeat(4), 2048,
            Instant.parse("2026-11-22T10:00:00Z"));

    private ProgressBook book;

    @BeforeEach
    void twoLinkedAccounts() {
        book = new ProgressBook(CatalogReader.builtIn(), ProgressData.EMPTY, CLOCK);
        book.completeSetup(new Profile(Region.EU_EEA, true, UseKind.PERSONAL));
        book.addAccount("facebook", "Alice FB", null, "Alice");
        book.addAccount("instagram", "@alice", null, "Alice");
    }

    @Test
    void attachingToAnUntouchedStepKeepsItToDoAndSaysWhichFile() {
        book.attachEvidence("facebook-1", STEP, MAIL);

        StepRecord record = book.record("facebook-1", STEP).orElseThrow();
        assertThat(record.status()).isEqualTo(StepStatus.TODO);
        assertThat(record.evidenceFiles()).containsExactly(MAIL);
        assertThat(book.record("instagram-1", STEP)).isEmpty();   // the linked account keeps its own evidence
        Change change = book.history("facebook-1").get(0);
        assertThat(ChangeTexts.describe(change, book, Messages.of(Language.EN)))
                .endsWith("file “Objection accepted.eml” attached");
        assertThat(ChangeTexts.describe(change, book, Messages.of(Language.FR)))
                .endsWith("fichier « Objection accepted.eml » joint");
    }

    @Test
    void aStatusChangeKeepsTheFilesOfEveryAccountItMarks() {
        book.attachEvidence("facebook-1", STEP, MAIL);
        book.setStep("instagram-1", STEP, StepStatus.DONE, null, null, null);

        assertThat(book.record("facebook-1", STEP).orElseThrow().status()).isEqualTo(StepStatus.DONE);
        assertThat(book.record("facebook-1", STEP).orElseThrow().evidenceFiles()).containsExactly(MAIL);
    }

    @Test
    void attachingAndRemovingAreUndoneAndRedone() {
        book.setStep("facebook-1", STEP, StepStatus.WAITING, "sent", null, null);
        book.attachEvidence("facebook-1", STEP, MAIL);
        book.removeEvidence("facebook-1", STEP, MAIL.storedName());
        assertThat(book.record("facebook-1", STEP).orElseThrow().evidenceFiles()).isEmpty();
        assertThat(ChangeTexts.describe(book.history("facebook-1").get(0), book, Messages.of(Language.EN)))
                .endsWith("file “Objection accepted.eml” taken off");

        book.undo();
        assertThat(book.record("facebook-1", STEP).orElseThrow().evidenceFiles()).containsExactly(MAIL);
        book.undo();
        assertThat(book.record("facebook-1", STEP).orElseThrow().evidenceFiles()).isEmpty();
        assertThat(book.record("facebook-1", STEP).orElseThrow().status()).isEqualTo(StepStatus.WAITING);
        book.redo();
        assertThat(book.record("facebook-1", STEP).orElseThrow().evidenceFiles()).containsExactly(MAIL);
        assertThat(book.evidenceFiles()).containsExactly(MAIL);
    }

    @Test
    void removingAFileTheStepDoesNotHaveIsRefused() {
        assertThatThrownBy(() -> book.removeEvidence("facebook-1", STEP, MAIL.storedName()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has no file");
        assertThatThrownBy(() -> book.attachEvidence("facebook-1", "no-such-step", MAIL))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has no step no-such-step");
    }
}
