package app.notrain.report;

import static app.notrain.adversarial.HostileTexts.CONTROLS;
import static app.notrain.adversarial.HostileTexts.FORBIDDEN;
import static org.assertj.core.api.Assertions.assertThat;

import app.notrain.adversarial.EveryPartBook;
import app.notrain.adversarial.HostileTexts;
import app.notrain.cli.Cli;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A store with hostile text in every part a user fills (labels, owners, groups, notes, evidence, the
 * name and steps of a platform of their own, the letter's sender, channel and reference), exported
 * through the real command line to real files in every format, and shown on the terminal: no file
 * holds a raw control byte, a text file no direction or invisible character, CSV no formula, HTML no
 * markup of the user's, JSON every text exactly; the terminal shows the visible rest.
 * (HostileTextTest checks each exporter's rules on small texts in memory.)
 */
class HostileExportFilesTest {
    @TempDir
    Path dir;
    private Path store;

    @BeforeEach
    void aStoreFullOfHostileText() throws Exception {
        store = dir.resolve("progress.json");
        EveryPartBook.save(HostileTexts.ALL, store);
    }

    private record Run(int code, String out, String err) {
    }

    private Run cli(String... command) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> args = new ArrayList<>(List.of("--lang", "en", "--store", store.toString()));
        args.addAll(List.of(command));
        int code = new Cli(new PrintWriter(out), new PrintWriter(err), EveryPartBook.CLOCK,
                Map.of("NOTRAIN_STORE", dir.resolve("never-used.json").toString())).execute(args.toArray(String[]::new));
        return new Run(code, out.toString(), err.toString());
    }

    private Path export(ReportFormats format) {
        Path file = dir.resolve("report." + format.name().toLowerCase(Locale.ROOT));
        Run run = cli("report", "--format", format.name().toLowerCase(Locale.ROOT), "--out", file.toString(),
                "--today", "2025-09-01");
        assertThat(run.code()).as(run.err()).isEqualTo(Cli.OK);
        assertThat(run.err()).isEmpty();
        return file;
    }

    /** The file as strict UTF-8: a malformed sequence fails the test. */
    private static String utf8(Path file) throws Exception {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                .toString();
    }

    @ParameterizedTest
    @EnumSource(value = ReportFormats.class, names = {"MD", "CSV", "ICS"})
    void textExportsHoldNoControlDirectionOrInvisibleCharacterAndShowTheVisibleRest(ReportFormats format)
            throws Exception {
        String text = utf8(export(format));
        if (format == ReportFormats.CSV) {
            assertThat(text).startsWith("\uFEFF"); // the byte order mark spreadsheets need; the only one
            text = text.substring(1);
        }

        assertThat(FORBIDDEN.matcher(text).find()).as(format + ": " + firstMatch(FORBIDDEN, text)).isFalse();
        if (format != ReportFormats.ICS) { // the calendar holds only the dated events
            assertThat(text).contains("gpj.exe", "isolated", "hidden", "␛", "␀", "Zoë 👩🏽‍💻", "the end");
        }
    }

    @Test
    void csvNeutralisesEveryFormulaAndKeepsItsColumns() throws Exception {
        String csv = utf8(export(ReportFormats.CSV));

        assertThat(csv).startsWith("\uFEFF");
        List<List<String>> rows = HostileTextTest.parseCsv(csv.substring(1));
        assertThat(rows).allSatisfy(row -> assertThat(row).hasSameSizeAs(rows.get(0)));
        List<String> cells = rows.stream().flatMap(List::stream).toList();
        assertThat(cells).noneMatch(c -> !c.isEmpty() && CsvReport.FORMULA_STARTS.indexOf(c.charAt(0)) >= 0);
        assertThat(cells).contains("'" + HostileTexts.FORMULA, "'+1", "'-2", "'@SUM(A1)", "'＝1+1");
    }

    @Test
    void icsLinesAreFoldedWithinSeventyFiveOctets() throws Exception {
        String ics = utf8(export(ReportFormats.ICS));

        assertThat(ics.split("\r\n")).allSatisfy(line ->
                assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75));
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n", "\r");
    }

    @Test
    void htmlEscapesTheUsersMarkupAndHoldsNoControlDirectionOrInvisibleCharacter() throws Exception {
        String html = utf8(export(ReportFormats.HTML));

        assertThat(html).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<img")
                .doesNotContain("javascript:alert(1)\"");
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&amp;amp;", HostileTexts.LONG.substring(0, 9_990));
        assertThat(FORBIDDEN.matcher(html).find()).as(firstMatch(FORBIDDEN, html)).isFalse();
        assertThat(html).contains("clear␛[2J", "gpj.exe");
    }

    @Test
    void jsonHoldsNoRawControlAndReadsBackToTheExactTexts() throws Exception {
        String json = utf8(export(ReportFormats.JSON));

        assertThat(FORBIDDEN.matcher(json).find()).as(firstMatch(FORBIDDEN, json)).isFalse();
        List<String> strings = new ArrayList<>();
        collectStrings(JsonParser.parseString(json), strings);
        assertThat(strings).contains(HostileTexts.ESCAPES, HostileTexts.RTL, HostileTexts.INVISIBLE,
                HostileTexts.LONG, HostileTexts.HTML, HostileTexts.LINES, HostileTexts.EMOJI);
    }

    @Test
    void pdfIsWrittenAndShowsTheVisibleText() throws Exception {
        Path file = export(ReportFormats.PDF);

        PdfReader pdf = new PdfReader(Files.readAllBytes(file));
        try {
            assertThat(pdf.getNumberOfPages()).isGreaterThan(1);
            StringBuilder text = new StringBuilder();
            PdfTextExtractor extractor = new PdfTextExtractor(pdf);
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page));
            }
            assertThat(text).contains("gpj.exe", "alert(1)");
            assertThat(CONTROLS.matcher(text).find()).as(firstMatch(CONTROLS, text.toString())).isFalse();
        } finally {
            pdf.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"status", "account list", "status --json", "account list --json"})
    void theTerminalShowsNoControlDirectionOrInvisibleCharacter(String command) {
        List<String> words = new ArrayList<>(List.of(command.split(" ")));
        words.addAll(List.of("--today", "2025-09-01"));
        Run run = cli(words.toArray(String[]::new));

        assertThat(run.code()).as(run.err()).isEqualTo(Cli.OK);
        assertThat(FORBIDDEN.matcher(run.out() + run.err()).find()).as(firstMatch(FORBIDDEN, run.out())).isFalse();
        assertThat(run.out()).contains("HYPERLINK", "<script>");
    }

    @Test
    void aLetterOnTheTerminalAndInItsFileHoldsNoControlDirectionOrInvisibleCharacter() throws Exception {
        String instagram = JsonParser.parseString(cli("account", "list", "--json").out()).getAsJsonArray().asList()
                .stream().map(a -> a.getAsJsonObject().get("id").getAsString()).filter(id -> id.startsWith("instagram-"))
                .findFirst().orElseThrow();
        Path file = dir.resolve("letter.txt");

        Run shown = cli("letter", instagram, "--kind", "objection", "--grounds", HostileTexts.ESCAPES, "--today",
                "2025-09-01");
        Run saved = cli("letter", instagram, "--kind", "objection", "--grounds", HostileTexts.RTL, "--out",
                file.toString(), "--today", "2025-09-01");

        assertThat(shown.code()).as(shown.err()).isEqualTo(Cli.OK);
        assertThat(saved.code()).as(saved.err()).isEqualTo(Cli.OK);
        assertThat(FORBIDDEN.matcher(shown.out()).find()).as(firstMatch(FORBIDDEN, shown.out())).isFalse();
        String letter = utf8(file);
        assertThat(FORBIDDEN.matcher(letter).find()).as(firstMatch(FORBIDDEN, letter)).isFalse();
        assertThat(letter).contains("gpj.exe");
    }

    private static void collectStrings(JsonElement element, List<String> into) {
        if (element.isJsonObject()) {
            element.getAsJsonObject().entrySet().forEach(e -> collectStrings(e.getValue(), into));
        } else if (element.isJsonArray()) {
            element.getAsJsonArray().forEach(e -> collectStrings(e, into));
        } else if (element.isJsonPrimitive() && element.getAsJsonPrimitive().isString()) {
            into.add(element.getAsString());
        }
    }

    /** Where the first character {@code pattern} finds is, for the failure message. */
    private static String firstMatch(java.util.regex.Pattern pattern, String text) {
        java.util.regex.Matcher m = pattern.matcher(text);
        if (!m.find()) {
            return "none";
        }
        int from = Math.max(0, m.start() - 40);
        return String.format("U+%04X at %d: %s", (int) text.charAt(m.start()), m.start(),
                text.substring(from, Math.min(text.length(), m.start() + 20)).replaceAll("\\p{Cntrl}", "?"));
    }
}
