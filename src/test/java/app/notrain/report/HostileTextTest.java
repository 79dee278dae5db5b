package app.notrain.report;

import static org.assertj.core.api.Assertions.assertThat;

import app.notrain.catalog.CatalogReader;
import app.notrain.i18n.Language;
import app.notrain.i18n.Messages;
import app.notrain.progress.Account;
import app.notrain.progress.ProgressBook;
import app.notrain.progress.ProgressData;
import app.notrain.progress.StepStatus;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Labels, owners, groups, notes and evidence are the user's text: no export may run or reshape them. */
class HostileTextTest {
    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String FORMULA = "=HYPERLINK(\"http://x\")";
    private static final String QUOTES = "He said \"no\" & 'maybe', ok?";
    private static final String EMOJI_RTL = "ok 👍🏽 \u200Fשלום\u200E done";
    /** As the text exports show it: without the direction marks (see PlainText). */
    private static final String EMOJI_RTL_SHOWN = "ok 👍🏽 שלום done";
    private static final String ESCAPES = "clear\u001B[2J\u001B]0;owned\u0007 nul\u0000 del\u007F csi\u009B31m";
    private static final String BIDI = "invoice\u202Egpj.exe \u2066isolated\u2069";
    private static final String INVISIBLE = "ad\u200Bmin\u2060\uFEFF\u00AD hidden\uDB40\uDC41\uDB40\uDC42";
    private static final String JOINED = "👩\u200D💻 می\u200Cخواهم";
    /** What no text export (but JSON, as escapes) may hold: controls, direction controls, invisibles. */
    private static final Pattern FORBIDDEN = Pattern.compile(
            "[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F\\u061C\\u200B\\u200E\\u200F\\u202A-\\u202E\\u2060-\\u206F"
                    + "\\uFEFF\\u00AD\\uDB40]");
    private static final String MULTILINE = "line one\nline two\r\n| fake | cells |\n# not a heading";
    private static final String LONG = "x".repeat(10_000);
    private static final String BACKSLASHES = "a\\|b `code` *bold* [link](http://x) <b>";

    private final ProgressBook book = hostileBook();
    private final ProgressReport report = ProgressReport.of(book, ReportFixture.AS_OF, ReportFixture.ZONE,
            Messages.of(Language.EN), null);

    private static ProgressBook hostileBook() {
        ProgressBook book = new ProgressBook(CatalogReader.builtIn(), ProgressData.EMPTY,
                Clock.fixed(Instant.parse("2025-09-01T09:00:00Z"), ReportFixture.ZONE));
        Account script = book.addAccount("instagram", SCRIPT, FORMULA, "@SUM(A1)");
        book.setStep(script.id(), "check-accounts-center", StepStatus.DONE, FORMULA, QUOTES, null);
        book.setStep(script.id(), "submit-objection", StepStatus.REFUSED, MULTILINE, EMOJI_RTL, null);
        Account plus = book.addAccount("linkedin", "+1", "-2", null);
        book.setStep(plus.id(), "turn-off-ai-training", StepStatus.STARTED, BACKSLASHES, "@SUM(A1)", null);
        book.addAccount("x", LONG, null, MULTILINE);
        return book;
    }

    private static String render(ReportFormat format, ProgressReport report) throws IOException {
        StringWriter out = new StringWriter();
        format.write(report, out);
        return out.toString();
    }

    @Test
    void htmlEscapesEveryUserTextSoNoScriptOrTagGetsThrough() throws IOException {
        String html = render(new HtmlReport(), report);

        assertThat(html).doesNotContainIgnoringCase("<script").doesNotContain("<b>");
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("He said &quot;no&quot; &amp; &#39;maybe&#39;, ok?")
                .contains(EMOJI_RTL_SHOWN)
                .contains(LONG);
        assertThat(html).doesNotContain("http://x\">");
    }

    @Test
    void csvNeutralisesFormulasAndKeepsEveryRowThirteenCells() throws IOException {
        String csv = render(new CsvReport(), report);
        List<List<String>> rows = parseCsv(csv.substring(1));

        assertThat(csv).startsWith("\uFEFF");
        assertThat(rows).hasSize(1 + 3 + 3 + 4).allSatisfy(row -> assertThat(row).hasSize(13));
        List<String> cells = rows.stream().flatMap(List::stream).toList();
        assertThat(cells).noneMatch(c -> !c.isEmpty() && "=+-@\t\r".indexOf(c.charAt(0)) >= 0);
        assertThat(cells).contains("'" + FORMULA, "'+1", "'-2", "'@SUM(A1)", SCRIPT, QUOTES, MULTILINE,
                EMOJI_RTL_SHOWN, LONG);
    }

    @Test
    void csvPrefixesTabsAndCarriageReturnsAndQuotesPerRfc4180() {
        assertThat(CsvReport.field("\tcmd")).isEqualTo("'\tcmd");
        assertThat(CsvReport.field("\rcmd")).isEqualTo("\"'\rcmd\"");
        assertThat(CsvReport.field("a,b")).isEqualTo("\"a,b\"");
        assertThat(CsvReport.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvReport.field("plain")).isEqualTo("plain");
    }

    @Test
    void markdownTablesKeepTheirColumnCountAndNoUserTextBecomesMarkup() throws IOException {
        String md = render(new MarkdownReport(), report);

        for (String line : md.split("\n", -1)) {
            if (line.startsWith("|")) {
                assertThat(unescapedPipes(line)).as(line.substring(0, Math.min(80, line.length())))
                        .isIn(4, 7);
            }
        }
        assertThat(md.lines().filter(l -> l.startsWith("|") && unescapedPipes(l) == 7))
                .hasSize(3 * 2 + 3 + 3 + 4);             // a header and separator per account, then its steps
        assertThat(md.lines().filter(l -> l.startsWith("|") && unescapedPipes(l) == 4))
                // the persons (header, separator, three owners, the total), then the audit log
                .hasSize(2 + 3 + 1 + 2 + report.auditLog().size());
        assertThat(Pattern.compile("(?<!\\\\)<(script|b)").matcher(md).find()).isFalse();
        assertThat(md).doesNotContain("\n# not a heading").doesNotContain("line one\nline two")
                .contains("line one line two \\| fake \\| cells \\| \\# not a heading")
                .contains("a\\\\\\|b \\`code\\` \\*bold\\* \\[link\\]\\(http://x\\) \\<b\\>")
                .contains(EMOJI_RTL_SHOWN);
    }

    @Test
    void jsonParsesBackToTheExactStrings() throws IOException {
        JsonObject json = JsonParser.parseString(render(new JsonReport(), report)).getAsJsonObject();

        List<String> labels = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (JsonElement owner : json.getAsJsonArray("owners")) {
            texts.add(owner.getAsJsonObject().get("name").getAsString());
            for (JsonElement a : owner.getAsJsonObject().getAsJsonArray("accounts")) {
                JsonObject account = a.getAsJsonObject();
                labels.add(account.get("label").getAsString());
                if (!account.get("group").isJsonNull()) {
                    texts.add(account.get("group").getAsString());
                }
                JsonArray steps = account.getAsJsonArray("steps");
                for (JsonElement s : steps) {
                    for (String field : List.of("note", "evidence")) {
                        JsonElement value = s.getAsJsonObject().get(field);
                        if (!value.isJsonNull()) {
                            texts.add(value.getAsString());
                        }
                    }
                }
            }
        }
        assertThat(labels).containsExactly(SCRIPT, "+1", LONG);
        assertThat(texts).contains(FORMULA, "-2", "@SUM(A1)", QUOTES, MULTILINE, EMOJI_RTL, BACKSLASHES);
    }

    /** Escape sequences, direction overrides and invisible characters in every field a user fills. */
    private static ProgressReport controlReport() {
        ProgressBook book = new ProgressBook(CatalogReader.builtIn(), ProgressData.EMPTY,
                Clock.fixed(Instant.parse("2025-09-01T09:00:00Z"), ReportFixture.ZONE));
        Account a = book.addAccount("instagram", ESCAPES, BIDI, INVISIBLE);
        book.setStep(a.id(), "submit-objection", StepStatus.WAITING, BIDI + "\n" + ESCAPES, INVISIBLE + JOINED,
                java.time.LocalDate.of(2025, 9, 20));
        Account b = book.addAccount("linkedin", JOINED, "＝cmd|' /C calc'!A0", "＠SUM(A1)");
        book.setStep(b.id(), "turn-off-ai-training", StepStatus.STARTED, "＋1", "－1", null);
        return ProgressReport.of(book, ReportFixture.AS_OF, ReportFixture.ZONE, Messages.of(Language.EN), null);
    }

    @Test
    void noTextExportHoldsAControlDirectionOrInvisibleCharacterAndEachShowsTheVisibleRest() throws IOException {
        ProgressReport r = controlReport();
        String md = render(new MarkdownReport(), r);
        String csv = render(new CsvReport(), r).substring(1);           // after the byte order mark
        String ics = render(new IcsReport(), r).replace("\r\n ", "");     // unfolded

        for (String text : List.of(md, csv, ics)) {
            assertThat(FORBIDDEN.matcher(text).find()).as(text.substring(0, 40)).isFalse();
            assertThat(text).contains("␛", "␀", "␡", "␇", "\uFFFD").contains("gpj.exe", "isolated");
        }
        for (String text : List.of(md, csv)) {
            assertThat(text).contains("admin", "👩\u200D💻", "می\u200Cخواهم");
        }
        assertThat(ics).contains("SUMMARY:", "clear␛[2J␛]0\\;owned␇ nul␀ del␡ csi\uFFFD31m");
        assertThat(md).contains("clear␛\\[2J␛\\]0;owned␇ nul␀ del␡ csi\uFFFD31m");
        assertThat(HostileTextTest.parseCsv(csv).stream().flatMap(List::stream))
                .contains("clear␛[2J␛]0;owned␇ nul␀ del␡ csi\uFFFD31m", "invoicegpj.exe isolated\nclear␛[2J␛]0;owned␇ nul␀ del␡ csi\uFFFD31m");
    }

    @Test
    void csvNeutralisesFullWidthFormulaSignsToo() throws IOException {
        List<String> cells = parseCsv(render(new CsvReport(), controlReport()).substring(1)).stream()
                .flatMap(List::stream).toList();

        assertThat(cells).contains("'＝cmd|' /C calc'!A0", "'＠SUM(A1)", "'＋1", "'－1");
        assertThat(cells).noneMatch(c -> !c.isEmpty() && CsvReport.FORMULA_STARTS.indexOf(c.charAt(0)) >= 0);
        // An invisible character in front cannot hide a formula from the rule.
        assertThat(CsvReport.field("\u200B=1+1")).isEqualTo("'=1+1");
    }

    @Test
    void jsonEscapesControlAndInvisibleCharactersAndReadsBackExactly() throws IOException {
        String json = render(new JsonReport(), controlReport());

        assertThat(FORBIDDEN.matcher(json).find()).isFalse();
        assertThat(json).doesNotContain("\u200D", "\u200C");
        JsonObject root = JsonParser.parseString(json).getAsJsonObject();
        List<String> labels = new ArrayList<>();
        for (JsonElement owner : root.getAsJsonArray("owners")) {
            for (JsonElement a : owner.getAsJsonObject().getAsJsonArray("accounts")) {
                labels.add(a.getAsJsonObject().get("label").getAsString());
            }
        }
        assertThat(labels).containsExactlyInAnyOrder(ESCAPES, JOINED);
    }

    private static int unescapedPipes(String line) {
        int pipes = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '|') {
                pipes++;
            }
        }
        return pipes;
    }

    /** RFC 4180, strictly: CRLF between records, doubled quotes inside quoted fields. */
    static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        assertThat(cell).isEmpty();
        assertThat(row).isEmpty();
        return rows;
    }
}
