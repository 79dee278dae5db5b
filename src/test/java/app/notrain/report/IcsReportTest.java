package app.notrain.report;

import static org.assertj.core.api.Assertions.assertThat;

import app.notrain.catalog.CatalogReader;
import app.notrain.i18n.Language;
import app.notrain.i18n.Messages;
import app.notrain.progress.Account;
import app.notrain.progress.ProgressBook;
import app.notrain.progress.ProgressData;
import app.notrain.progress.StepStatus;
import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IcsReportTest {
    private static final String SPECIAL = "Shop, Inc.; \"main\" \\ account\nsecond line 👍🏽 \u200Fשלום";

    @TempDir
    Path dir;

    private static ProgressReport report(Language language, LocalDate asOf) {
        return ProgressReport.of(ReportFixture.book(), asOf, ReportFixture.ZONE, Messages.of(language), null);
    }

    private static String render(ProgressReport report) throws IOException {
        StringWriter out = new StringWriter();
        new IcsReport().write(report, out);
        return out.toString();
    }

    private static List<VEvent> events(String ics) {
        ICalendar ical = Biweekly.parse(ics).first();
        assertThat(ical).isNotNull();
        return ical.getEvents();
    }

    private static LocalDate day(VEvent event) {
        assertThat(event.getDateStart().getValue().hasTime()).isFalse();
        return event.getDateStart().getValue().toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
    }

    @Test
    void everyDateAheadIsOneAllDayEventWithASummaryInTheReportsLanguage() throws IOException {
        ProgressReport report = report(Language.EN, ReportFixture.AS_OF);
        String linkedin = "LinkedIn · alice@work.example";

        List<VEvent> events = events(render(report));

        // The LinkedIn and Facebook waits end 10 and 14 Sept; X and LinkedIn re-checks in Oct and Nov;
        // LinkedIn training starts 3 Nov. Meta's and X's training starts and the overdue re-checks are behind.
        assertThat(events).extracting(IcsReportTest::day).containsExactly(LocalDate.of(2025, 9, 10),
                LocalDate.of(2025, 9, 14), LocalDate.of(2025, 10, 18), LocalDate.of(2025, 11, 3),
                LocalDate.of(2025, 11, 18));
        assertThat(events).allSatisfy(e -> assertThat(day(e)).isAfter(ReportFixture.AS_OF));
        assertThat(events.get(0).getSummary().getValue())
                .isEqualTo("NoTrain: the wait is over, check “" + stepTitle(report, "object-other-processing")
                        + "” — " + linkedin);
        assertThat(events.get(0).getDescription().getValue()).contains("Platform: LinkedIn",
                "Account: alice@work.example", "Owner: Alice", "Step: " + stepTitle(report, "object-other-processing"));
        assertThat(events.get(1).getSummary().getValue()).startsWith("NoTrain: the wait is over, check “")
                .endsWith("” — Facebook · bob.martin");
        assertThat(events.get(2).getSummary().getValue()).startsWith("NoTrain: check “").endsWith("” again — X / Grok · @bob");
        assertThat(events.get(3).getSummary().getValue()).startsWith("NoTrain: training starts on LinkedIn — ");
        assertThat(events.get(4).getSummary().getValue()).endsWith(linkedin);
        assertThat(events).allSatisfy(e -> assertThat(e.getUid().getValue()).endsWith("@notrain.app"));
        assertThat(events).extracting(e -> e.getUid().getValue()).doesNotHaveDuplicates();
    }

    @Test
    void theFrenchCalendarSpeaksFrenchAndKeepsTheSameUids() throws IOException {
        List<VEvent> english = events(render(report(Language.EN, ReportFixture.AS_OF)));
        List<VEvent> french = events(render(report(Language.FR, ReportFixture.AS_OF)));

        assertThat(french.get(0).getSummary().getValue()).startsWith("NoTrain : l’attente est finie, vérifier « ");
        assertThat(french.get(0).getDescription().getValue()).contains("Plateforme : LinkedIn");
        assertThat(french).extracting(e -> e.getUid().getValue())
                .containsExactlyElementsOf(english.stream().map(e -> e.getUid().getValue()).toList());
    }

    @Test
    void twoExportsOfTheSameReportAreIdenticalSoReimportsUpdateInsteadOfDuplicating() throws IOException {
        String first = render(report(Language.EN, ReportFixture.AS_OF));
        String second = render(report(Language.EN, ReportFixture.AS_OF));

        assertThat(second).isEqualTo(first);
        assertThat(first).startsWith("BEGIN:VCALENDAR\r\n").contains("DTSTAMP:20250901T000000Z")
                .contains("DTSTART;VALUE=DATE:20250910");
        // A day later the same events keep their UIDs.
        List<String> later = events(render(report(Language.EN, ReportFixture.AS_OF.plusDays(1)))).stream()
                .map(e -> e.getUid().getValue()).toList();
        assertThat(later).containsExactlyElementsOf(events(first).stream().map(e -> e.getUid().getValue()).toList());
    }

    @Test
    void dayOnlyDatesDoNotShiftWithTheComputersTimeZone() throws IOException {
        TimeZone saved = TimeZone.getDefault();
        try {
            for (String zone : List.of("Pacific/Kiritimati", "Pacific/Pago_Pago", "Europe/Paris")) {
                TimeZone.setDefault(TimeZone.getTimeZone(zone));
                String ics = render(report(Language.EN, ReportFixture.AS_OF));
                assertThat(ics).as(zone).contains("DTSTART;VALUE=DATE:20250910", "DTSTART;VALUE=DATE:20251103");
                assertThat(events(ics)).extracting(IcsReportTest::day).first().isEqualTo(LocalDate.of(2025, 9, 10));
            }
        } finally {
            TimeZone.setDefault(saved);
        }
    }

    @Test
    void commasSemicolonsNewlinesAndEmojiRoundTripExactly() throws IOException {
        ProgressBook book = new ProgressBook(CatalogReader.builtIn(), ProgressData.EMPTY,
                Clock.fixed(Instant.parse("2025-09-01T09:00:00Z"), ReportFixture.ZONE));
        Account account = book.addAccount("linkedin", SPECIAL, "Zoë; \"boss\", 2nd", null);
        book.setStep(account.id(), "object-other-processing", StepStatus.WAITING, null, null,
                LocalDate.of(2025, 9, 20));
        ProgressReport report = ProgressReport.of(book, ReportFixture.AS_OF, ReportFixture.ZONE,
                Messages.of(Language.EN), null);

        String ics = render(report);
        List<VEvent> events = events(ics).stream().filter(e -> day(e).equals(LocalDate.of(2025, 9, 20))).toList();

        // Everything but the right-to-left mark, which PlainText removes (it could reorder the text).
        String shown = SPECIAL.replace("\u200F", "");
        assertThat(events).hasSize(1);
        assertThat(events.get(0).getSummary().getValue()).endsWith("— LinkedIn · " + shown);
        assertThat(events.get(0).getDescription().getValue()).contains("Account: " + shown + "\n",
                "Owner: Zoë; \"boss\", 2nd\n");
        assertThat(octetsOfLongestLine(ics)).isLessThanOrEqualTo(75);
    }

    @Test
    void linesAreFoldedAt75OctetsWithoutCuttingACharacterAndUnfoldBackToTheText() throws IOException {
        // Two-, three- and four-octet characters, so a fold by characters would overflow and a fold
        // by octets that ignored character bounds would cut one.
        String label = "Zoë ".repeat(30) + "☃€ ".repeat(30) + "👍🏽".repeat(30) + "שלום ".repeat(19) + "שלום";
        ProgressBook book = new ProgressBook(CatalogReader.builtIn(), ProgressData.EMPTY,
                Clock.fixed(Instant.parse("2025-09-01T09:00:00Z"), ReportFixture.ZONE));
        Account account = book.addAccount("linkedin", label, null, null);
        book.setStep(account.id(), "object-other-processing", StepStatus.WAITING, null, null,
                LocalDate.of(2025, 9, 20));
        ProgressReport report = ProgressReport.of(book, ReportFixture.AS_OF, ReportFixture.ZONE,
                Messages.of(Language.EN), null);
        Path target = dir.resolve("folded.ics");

        ReportWriter.write(report, new IcsReport(), target);

        byte[] bytes = Files.readAllBytes(target);
        String ics = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        assertThat(ics).doesNotContain("\uFFFD").contains("\r\n ").doesNotContain("\n\n");
        assertThat(octetsOfLongestLine(ics)).isLessThanOrEqualTo(75);
        for (String line : ics.split("\r\n")) {
            // Each physical line is whole UTF-8 by itself: no emoji is cut into two lone surrogates.
            assertThat(StandardCharsets.UTF_8.newEncoder().canEncode(line)).as(line).isTrue();
        }
        List<VEvent> events = events(ics).stream().filter(e -> day(e).equals(LocalDate.of(2025, 9, 20))).toList();
        assertThat(events).hasSize(1);
        assertThat(events.get(0).getSummary().getValue()).endsWith("— LinkedIn · " + label);
    }

    private static int octetsOfLongestLine(String ics) {
        return java.util.Arrays.stream(ics.split("\r\n", -1))
                .mapToInt(line -> line.getBytes(StandardCharsets.UTF_8).length).max().orElse(0);
    }

    @Test
    void withNothingAheadTheFileIsAValidCalendarWithoutEvents() throws IOException {
        ProgressReport report = report(Language.EN, LocalDate.of(2099, 1, 1));
        Path target = dir.resolve("dates.ics");

        ReportWriter.write(report, new IcsReport(), target);

        String ics = Files.readString(target);
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").endsWith("END:VCALENDAR\r\n")
                .doesNotContain("BEGIN:VEVENT");
        assertThat(events(ics)).isEmpty();
        assertThat(new IcsReport().extension()).isEqualTo("ics");
    }

    private static String stepTitle(ProgressReport report, String stepId) {
        return report.owners().stream().flatMap(o -> o.accounts().stream()).flatMap(a -> a.steps().stream())
                .filter(s -> s.id().equals(stepId)).findFirst().orElseThrow().title();
    }
}
