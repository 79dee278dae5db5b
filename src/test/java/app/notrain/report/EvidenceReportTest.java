package app.notrain.report;

import static org.assertj.core.api.Assertions.assertThat;

import app.notrain.i18n.Language;
import app.notrain.i18n.Messages;
import app.notrain.progress.EvidenceFile;
import app.notrain.progress.EvidenceState;
import app.notrain.progress.ProgressBook;
import app.notrain.report.ProgressReport.EvidenceLine;
import app.notrain.store.EvidenceFolder;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report lists every evidence file with its SHA-256, and says when its copy changed or went. */
class EvidenceReportTest {
    @TempDir
    Path dir;
    private ProgressBook book;
    private EvidenceFolder folder;
    private EvidenceFile mail;
    private String accountId;

    @BeforeEach
    void aStepWithAFile() throws Exception {
        book = ReportFixture.book();
        accountId = book.accounts().get(0).id();
        String stepId = book.platform(book.accounts().get(0).platformId()).orElseThrow().steps().get(0).id();
        folder = EvidenceFolder.beside(dir.resolve("progress.json"));
        mail = folder.copyIn(Files.writeString(dir.resolve("Confirmation <1>.eml"), "Subject: accepted"),
                Instant.parse("2025-05-12T08:00:00Z"));
        book.attachEvidence(accountId, stepId, mail);
    }

    private ProgressReport report(Language language) {
        return ProgressReport.of(book, ReportFixture.AS_OF, ReportFixture.ZONE, Messages.of(language), null, null, folder);
    }

    private EvidenceLine line(ProgressReport report) {
        return report.owners().stream().flatMap(o -> o.accounts().stream()).filter(a -> a.id().equals(accountId))
                .flatMap(a -> a.steps().stream()).flatMap(s -> s.files().stream()).findFirst().orElseThrow();
    }

    private static String written(ProgressReport report, ReportFormat format) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        format.write(report, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theModelHasTheFileItsHashAndThatItsCopyIsIntact() {
        EvidenceLine line = line(report(Language.EN));

        assertThat(line).isEqualTo(new EvidenceLine("Confirmation <1>.eml", mail.storedName(), mail.sha256(),
                mail.size(), LocalDate.of(2025, 5, 12), EvidenceState.INTACT, "Copy intact"));
    }

    @Test
    void everyFormatListsTheFileWithItsHash() throws Exception {
        ProgressReport report = report(Language.EN);

        for (ReportFormat format : List.of(new MarkdownReport(), new CsvReport(), new HtmlReport())) {
            assertThat(written(report, format)).as(format.extension()).contains(mail.sha256(), "Copy intact");
        }
        assertThat(written(report, new HtmlReport())).contains("Confirmation &lt;1&gt;.eml");
        var json = JsonParser.parseString(written(report, new JsonReport())).toString();
        assertThat(json).contains("\"sha256\":\"" + mail.sha256() + "\"", "\"state\":\"INTACT\"",
                "\"originalName\":\"Confirmation <1>.eml\"");
        assertThat(PdfReportTest.text(PdfReportTest.render(report)).replace(" ", ""))
                .contains(mail.sha256());
    }

    @Test
    void aChangedOrMissingCopyIsSaidInTheReportInTheReportsLanguage() throws Exception {
        Files.writeString(folder.locate(mail), "Subject: refused!");
        assertThat(line(report(Language.FR)).stateText()).isEqualTo("Copie modifiée depuis l’ajout");
        assertThat(written(report(Language.EN), new CsvReport()))
                .contains("Confirmation <1>.eml (SHA-256 " + mail.sha256() + "; Copy changed since attached)");

        Files.delete(folder.locate(mail));
        assertThat(line(report(Language.EN)).state()).isEqualTo(EvidenceState.MISSING);
    }
}
