package app.notrain.report;

import static org.assertj.core.api.Assertions.assertThat;

import app.notrain.catalog.CatalogReader;
import app.notrain.i18n.Language;
import app.notrain.i18n.Messages;
import app.notrain.progress.Account;
import app.notrain.progress.MovingClock;
import app.notrain.progress.ProgressBook;
import app.notrain.progress.ProgressData;
import app.notrain.progress.StepStatus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Dates a store refuses on load (another guard) but a book in memory can still hold: every format
 * writes a report with them instead of failing with an overflow.
 */
class ExtremeDatesTest {

    private static ProgressReport report(LocalDate asOf) {
        MovingClock clock = new MovingClock(Instant.parse("2025-05-01T09:00:00Z"), ZoneOffset.UTC);
        ProgressBook book = new ProgressBook(CatalogReader.builtIn(), ProgressData.EMPTY, clock);
        Account far = book.addAccount("instagram", "far future", "Bob", null);
        Account past = book.addAccount("linkedin", "far past", null, null);
        book.setStep(far.id(), "submit-objection", StepStatus.WAITING, null, null, LocalDate.MAX);
        book.setStep(past.id(), "object-other-processing", StepStatus.WAITING, null, null, LocalDate.MIN);
        book.setStep(past.id(), "turn-off-ai-training", StepStatus.WAITING, null, null, LocalDate.of(2025, 9, 20));
        return ProgressReport.of(book, asOf, ZoneOffset.UTC, Messages.of(Language.EN), null);
    }

    private static String render(ReportFormats format, ProgressReport report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        format.create().write(report, out);
        return new String(out.toByteArray(), StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @EnumSource(ReportFormats.class)
    void everyFormatWritesWaitsThatEndAtTheEdgesOfTime(ReportFormats format) throws IOException {
        for (LocalDate asOf : new LocalDate[] {LocalDate.of(2025, 9, 1), LocalDate.MAX, LocalDate.MIN}) {
            String text = render(format, report(asOf));

            assertThat(text).as(format + " as of " + asOf).isNotEmpty();
        }
    }

    @Test
    void theTextFormatsShowTheDayAsItIs() throws IOException {
        ProgressReport report = report(LocalDate.of(2025, 9, 1));

        assertThat(render(ReportFormats.CSV, report)).contains("+999999999-12-31", "-999999999-01-01");
        assertThat(render(ReportFormats.JSON, report)).contains("\"+999999999-12-31\"");
    }

    @Test
    void theCalendarLeavesOutTheDaysItCannotHoldAndKeepsTheOthers() throws IOException {
        String ics = render(ReportFormats.ICS, report(LocalDate.of(2025, 9, 1)));

        assertThat(ics).contains("DTSTART;VALUE=DATE:20250920").doesNotContain("99999999", "DTSTART;VALUE=DATE:-");
        assertThat(IcsReport.writable(LocalDate.of(9999, 12, 31))).isTrue();
        assertThat(IcsReport.writable(LocalDate.of(10_000, 1, 1))).isFalse();
        // As of the last day there is nothing ahead, and the calendar is still valid.
        assertThat(render(ReportFormats.ICS, report(LocalDate.MAX))).contains("BEGIN:VCALENDAR", "END:VCALENDAR")
                .doesNotContain("BEGIN:VEVENT");
    }

    @Test
    void anInstantBeyondTheLastDayIsShownAsTheLastDay() {
        ZoneId paris = ZoneId.of("Europe/Paris");

        assertThat(ProgressReport.day(Instant.MAX, paris)).isEqualTo(LocalDate.MAX);
        assertThat(ProgressReport.day(Instant.MIN, paris)).isEqualTo(LocalDate.MIN);
        assertThat(ProgressReport.day(Instant.parse("2025-09-01T22:30:00Z"), paris)).isEqualTo(LocalDate.of(2025, 9, 2));
    }
}
