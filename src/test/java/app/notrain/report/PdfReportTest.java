package app.notrain.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.notrain.catalog.CatalogReader;
import app.notrain.i18n.Language;
import app.notrain.i18n.Messages;
import app.notrain.progress.Account;
import app.notrain.progress.ProgressBook;
import app.notrain.progress.ProgressData;
import app.notrain.progress.StepStatus;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfReportTest {
    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String FORMULA = "=HYPERLINK(\"http://x\")";
    private static final String EMOJI_RTL = "ok 👍🏽 \u200Fשלום\u200E done";
    private static final String LONG = "x".repeat(10_000);
    private static final String LONG_WORDS = "word ".repeat(2_000);

    @TempDir
    Path dir;

    private static ProgressReport report(Language language) {
        return ProgressReport.of(ReportFixture.book(), ReportFixture.AS_OF, ReportFixture.ZONE,
                Messages.of(language), null);
    }

    static byte[] render(ProgressReport report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfReport().write(report, out);
        return out.toByteArray();
    }

    /** All pages' text, with every run of white space made one space (lines wrap anywhere). */
    static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return oneLine(text.toString());
        } finally {
            reader.close();
        }
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    /** The text with its no-break spaces, which the extractor reads with a space beside them, as one space. */
    private static String spaces(String text) {
        return text.replaceAll("[\\s\u00A0]+", " ");
    }

    @Test
    void theEnglishReportReadsBackWithCoverSummaryAccountsAppendicesAndNotice() throws IOException {
        ProgressReport report = report(Language.EN);
        byte[] pdf = render(report);

        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        String text = text(pdf);
        assertThat(text).contains("NoTrain progress report", "@alice.shop", "Instagram · @bob.photos",
                "ACME company page", "ref. 8841");
        // The cover is a table: the extractor runs a label into its value.
        assertThat(text.replace(" ", "")).contains("Exported1September2025,09:00(UTC)",
                "Periodcovered10May2025to1September2025", "Statusasof1September2025",
                ("Platformguidesdated" + report.date(report.cover().guidesDate())).replace(" ", ""));
        String stepTitle = report.owners().get(0).accounts().get(0).steps().get(0).title();
        assertThat(text).contains(oneLine(stepTitle));
        assertThat(text).contains(oneLine(report.notice()));
        // The first page: the organisation's protection, then each person's.
        String spaced = spaces(text);
        assertThat(spaced).contains("3 of 8 accounts protected · incl. 1 to re-check · 2 exposed",
                "Organisation (all accounts)");
        assertThat(text).contains("Protected since 20 August 2025", "Waiting for the platform until 14 September 2025",
                "Exposed: training began on 27 May 2025");
        int summary = text.indexOf("Summary");
        int actions = text.indexOf("Open actions, most urgent first");
        int accounts = text.indexOf("Accounts and steps");
        int audit = text.indexOf("Appendix A: audit log");
        int facts = text.indexOf("Appendix B: key dates and sources");
        assertThat(List.of(summary, actions, accounts, audit, facts, text.indexOf(oneLine(report.notice()))))
                .isSorted().doesNotContain(-1);
        // The audit log has the time of day of each change.
        assertThat(text.substring(audit)).contains("15 May 2025, 08:30", "Renamed Company page to ACME company page");
    }

    @Test
    void everyPageSaysItsNumberAndTheTotal() throws IOException {
        byte[] pdf = render(report(Language.EN));

        PdfReader reader = new PdfReader(pdf);
        try {
            int pages = reader.getNumberOfPages();
            assertThat(pages).isGreaterThan(1);
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            for (int page = 1; page <= pages; page++) {
                assertThat(oneLine(extractor.getTextFromPage(page))).as("page %d", page)
                        .contains("Page " + page + " of " + pages);
            }
        } finally {
            reader.close();
        }
        assertThat(text(render(report(Language.FR)))).contains("Page 1 sur ");
    }

    @Test
    void noTableHeadingIsBrokenInsideAWordInEitherLanguage() throws IOException {
        for (Language language : Language.values()) {
            ProgressReport report = report(language);
            for (List<String> headings : List.of(report.stepColumns(), report.auditColumns())) {
                // One column takes most of the room: the others are squeezed to their least.
                float[] weights = new float[headings.size()];
                java.util.Arrays.fill(weights, 1);
                weights[1] = 20;
                float[] widths = PdfReport.columnWidths(headings, headings.stream().map(h -> "").toList(), weights, 505);
                assertThat(widths).hasSize(headings.size());
                float total = 0;
                for (int i = 0; i < headings.size(); i++) {
                    total += widths[i];
                    for (String word : headings.get(i).split("\\s+")) {
                        float wordWidth = PdfReport.Fonts.BOLD.getWidthPoint(word, 8);
                        assertThat(wordWidth).as("%s in %s", word, language).isLessThanOrEqualTo(widths[i] - 6);
                    }
                }
                assertThat(total).isCloseTo(505f, org.assertj.core.data.Offset.offset(0.5f));
            }
            String text = text(render(report));
            assertThat(text).contains(language == Language.EN ? "Evidence" : "Preuve")
                    .doesNotContain("Evidenc e").doesNotContain("Not e");
        }
    }

    @Test
    void theFrenchReportKeepsItsAccents() throws IOException {
        ProgressReport report = report(Language.FR);

        String text = text(render(report));

        assertThat(text).contains("Rapport de suivi NoTrain", "Résumé", "Étapes faites", "Période couverte",
                "Comptes et étapes", "septembre 2025", "Annexe A", "Protégé depuis le 20 août 2025",
                "15 mai 2025 à 08:30");
        assertThat(spaces(text)).contains("3 comptes protégés sur 8 · dont 1 à revérifier · 2 exposés");
        assertThat(text).contains(oneLine(report.notice()));     // ’ and é survive the font
        assertThat(text).contains("Vérifiez quels comptes partagent votre Espace Comptes → Fait");
    }

    @Test
    void hostileTextIsLaidOutAsPlainTextAndTheFileStaysValid() throws IOException {
        ProgressBook book = new ProgressBook(CatalogReader.builtIn(), ProgressData.EMPTY,
                Clock.fixed(Instant.parse("2025-09-01T09:00:00Z"), ReportFixture.ZONE));
        Account script = book.addAccount("instagram", SCRIPT, FORMULA, "@SUM(A1)");
        book.setStep(script.id(), "check-accounts-center", StepStatus.DONE, FORMULA, EMOJI_RTL, null);
        book.setStep(script.id(), "submit-objection", StepStatus.REFUSED, LONG, LONG_WORDS, null);
        book.addAccount("x", LONG, null, "line one\nline two\r\n# not a heading");
        ProgressReport report = ProgressReport.of(book, ReportFixture.AS_OF, ReportFixture.ZONE,
                Messages.of(Language.EN), null);

        byte[] pdf = render(report);

        String text = text(pdf);
        assertThat(text).contains(SCRIPT, "=HYPERLINK(\"http://x\")", "@SUM(A1)", "👍", "שלום");
        // The long label (in the actions, its heading and the audit log) and the long note, every character
        // of them: wrapped over pages, where the extractor reads other tables and the footers in between.
        assertThat(text.chars().filter(c -> c == 'x').count()).isGreaterThanOrEqualTo(4L * LONG.length());
        assertThat(text.split("word", -1).length - 1).isGreaterThanOrEqualTo(2_000);
        assertThat(new PdfReader(pdf).getNumberOfPages()).isGreaterThan(1);
        String raw = new String(pdf, StandardCharsets.ISO_8859_1);
        assertThat(raw).doesNotContain("/JavaScript").doesNotContain("/JS ").doesNotContain("/URI");
    }

    @Test
    void emojiAndOtherScriptsAreKeptInvisibleMarksDroppedAndOnlyUnknownCharactersReplaced() {
        assertThat(PdfReport.plain(EMOJI_RTL)).isEqualTo("ok 👍🏽 שלום done");
        assertThat(PdfReport.plain("déjà vu’s « œuvre » — 5 € Ωμέγα Привет")).isEqualTo("déjà vu’s « œuvre » — 5 € Ωμέγα Привет");
        assertThat(PdfReport.plain("e\u0301t\u00E9")).isEqualTo("été");
        assertThat(PdfReport.plain("a\tb\r\nc\u0000d")).isEqualTo("a b\nc d");
        assertThat(PdfReport.plain("Done → Waiting")).isEqualTo("Done → Waiting");
        assertThat(PdfReport.plain("private \uE000 use")).isEqualTo("private ? use");     // no font has it
        assertThat(PdfReport.plain(null)).isEmpty();
    }

    @Test
    void theReportWriterPutsThePdfInPlaceAsBytes() throws IOException {
        ProgressReport report = report(Language.EN);
        Path target = dir.resolve("report.pdf");

        ReportWriter.write(report, new PdfReport(), target);

        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.toList()).containsExactly(target);
        }
        byte[] bytes = Files.readAllBytes(target);
        assertThat(new String(bytes, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(text(bytes)).contains("NoTrain progress report");
        assertThat(new PdfReport().extension()).isEqualTo("pdf");
    }

    @Test
    void aPdfCannotBeWrittenAsCharacters() {
        assertThatThrownBy(() -> new PdfReport().write(report(Language.EN), new StringWriter()))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
