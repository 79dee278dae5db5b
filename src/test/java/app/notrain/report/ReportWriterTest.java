package app.notrain.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.notrain.i18n.Language;
import app.notrain.i18n.Messages;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWriterTest {
    @TempDir
    Path dir;

    private final ProgressReport report = ProgressReport.of(ReportFixture.book(), ReportFixture.AS_OF,
            ReportFixture.ZONE, Messages.of(Language.EN), null);

    @Test
    void aSuccessfulWriteLeavesTheFileAndNoTemporaryFile() throws IOException {
        Path target = dir.resolve("report.csv");

        ReportWriter.write(report, new CsvReport(), target);

        assertThat(files(dir)).containsExactly(target);
        byte[] bytes = Files.readAllBytes(target);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        StringWriter expected = new StringWriter();
        new CsvReport().write(report, expected);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(expected.toString());
    }

    @Test
    void writingAgainReplacesTheOldReport() throws IOException {
        Path target = dir.resolve("report.md");
        Files.writeString(target, "an older, longer report ".repeat(2_000));

        ReportWriter.write(report, new MarkdownReport(), target);

        assertThat(Files.readString(target)).startsWith("# NoTrain progress report").doesNotContain("older");
        assertThat(files(dir)).containsExactly(target);
    }

    @Test
    void aMissingFolderFailsWithAnIoExceptionNamingTheFileAndLeavesNothingBehind() {
        Path target = dir.resolve("missing").resolve("report.html");

        assertThatThrownBy(() -> ReportWriter.write(report, new HtmlReport(), target))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(target.toString())
                .satisfies(e -> assertThat(((ReportWriteException) e).target()).isEqualTo(target));
        assertThat(dir.resolve("missing")).doesNotExist();
        assertThat(files(dir)).isEmpty();
    }

    @Test
    void aFormatThatFailsHalfwayLeavesTheOldFileUntouchedAndNoTemporaryFile() throws IOException {
        Path target = dir.resolve("report.json");
        Files.writeString(target, "{\"previous\": true}");
        ReportFormat failing = new ReportFormat() {
            @Override
            public String extension() {
                return "json";
            }

            @Override
            public void write(ProgressReport r, Writer out) throws IOException {
                out.write("{\"half\": ");
                out.flush();
                throw new IOException("disk full");
            }
        };

        assertThatThrownBy(() -> ReportWriter.write(report, failing, target))
                .isInstanceOf(ReportWriteException.class)
                .hasMessageContaining(target.toString()).hasMessageContaining("disk full");
        assertThat(Files.readString(target)).isEqualTo("{\"previous\": true}");
        assertThat(files(dir)).containsExactly(target);
    }

    @Test
    void aTargetThatIsAFolderFailsAndLeavesNoTemporaryFile() throws IOException {
        Path target = Files.createDirectory(dir.resolve("report.html"));
        Files.writeString(target.resolve("keep.txt"), "x");

        assertThatThrownBy(() -> ReportWriter.write(report, new HtmlReport(), target))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(target.toString());
        assertThat(files(dir)).containsExactly(target);
    }

    private static java.util.List<Path> files(Path folder) {
        try (Stream<Path> list = Files.list(folder)) {
            return list.toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
