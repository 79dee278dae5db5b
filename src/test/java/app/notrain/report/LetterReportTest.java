package app.notrain.report;

import static org.assertj.core.api.Assertions.assertThat;

import app.notrain.catalog.CatalogReader;
import app.notrain.catalog.Region;
import app.notrain.i18n.Language;
import app.notrain.i18n.Messages;
import app.notrain.progress.Account;
import app.notrain.progress.Letter;
import app.notrain.progress.LetterKind;
import app.notrain.progress.Profile;
import app.notrain.progress.ProgressBook;
import app.notrain.progress.ProgressData;
import app.notrain.progress.UseKind;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A sent letter shows in the report (status, step, history) and its due date in the calendar. */
class LetterReportTest {
    private static final LocalDate FEB_10 = LocalDate.of(2026, 2, 10);

    private ProgressReport report(Language language, LocalDate asOf, LetterKind... kinds) {
        ProgressBook book = new ProgressBook(CatalogReader.builtIn(), ProgressData.EMPTY,
                Clock.fixed(Instant.parse("2026-01-31T10:00:00Z"), ZoneOffset.UTC));
        book.completeSetup(new Profile(Region.EU_EEA, true, UseKind.PERSONAL));
        Account meta = book.addAccount("instagram", "@alice", null, null);
        LocalDate sent = LocalDate.of(2026, 1, 31);
        for (LetterKind kind : kinds) {
            book.recordLetter(new Letter(meta.id(), kind, sent, "web form", "C-42", "en", "the letter " + kind, null,
                    null, null), "Objection letter sent on 31 January 2026 (web form)");
            sent = sent.plusMonths(1).plusDays(3);
        }
        return ProgressReport.of(book, asOf, ZoneOffset.UTC, Messages.of(language), null);
    }

    @Test
    void theReportSaysTheAnswerIsDueAndKeepsTheSentDateInTheStepAndTheHistory() throws Exception {
        ProgressReport r = report(Language.EN, FEB_10, LetterKind.OBJECTION);
        ProgressReport.AccountSection a = r.owners().get(0).accounts().get(0);

        assertThat(a.protectionDetail()).isEqualTo("Objection sent: answer due on 2 March 2026");
        assertThat(a.letters()).singleElement().satisfies(l -> assertThat(l.answerDue())
                .isEqualTo(LocalDate.of(2026, 3, 2)));
        StringWriter md = new StringWriter();
        new MarkdownReport().write(r, md);
        assertThat(md.toString()).contains("Objection letter sent on 31 January 2026", "C\\-42"); // Markdown escapes
        StringWriter json = new StringWriter();
        new JsonReport().write(r, json);
        assertThat(json.toString()).contains("\"letters\"", "\"answerDue\": \"2026-03-02\"");
    }

    @Test
    void theCalendarCarriesTheAnswerDueDateOnceThenTheDayTheComplaintIsProposed() {
        List<IcsReport.Entry> beforeDue = IcsReport.entries(report(Language.FR, FEB_10, LetterKind.OBJECTION));
        assertThat(beforeDue).filteredOn(e -> e.day().equals(LocalDate.of(2026, 3, 2))).singleElement()
                .satisfies(e -> {
                    assertThat(e.kind()).isEqualTo(IcsReport.Kind.ANSWER_DUE);
                    assertThat(e.summary()).startsWith("NoTrain : la réponse à votre opposition est due");
                });

        // Reminder sent on 3 March: the complaint is proposed from 17 March.
        List<IcsReport.Entry> reminded = IcsReport.entries(report(Language.EN, LocalDate.of(2026, 3, 5),
                LetterKind.OBJECTION, LetterKind.REMINDER));
        assertThat(reminded).filteredOn(e -> e.kind() == IcsReport.Kind.COMPLAINT_FROM).singleElement()
                .satisfies(e -> assertThat(e.day()).isEqualTo(LocalDate.of(2026, 3, 17)));
        assertThat(reminded).noneMatch(e -> e.kind() == IcsReport.Kind.ANSWER_DUE);
    }
}
