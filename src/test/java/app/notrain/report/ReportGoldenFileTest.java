package app.notrain.report;

import static org.assertj.core.api.Assertions.assertThat;

import app.notrain.i18n.Language;
import app.notrain.i18n.Messages;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each format, on the fixture, byte for byte as reviewed. After a deliberate change, regenerate with
 * {@code -Dreport.regenerate=true} and read the diff before keeping it.
 */
class ReportGoldenFileTest {
    private static final Path GOLDEN = Path.of("src/test/resources/app/notrain/report");

    static Stream<Arguments> formats() {
        return Stream.of(
                Arguments.of(new MarkdownReport(), Language.EN),
                Arguments.of(new MarkdownReport(), Language.FR),
                Arguments.of(new CsvReport(), Language.EN),
                Arguments.of(new JsonReport(), Language.EN),
                Arguments.of(new HtmlReport(), Language.EN));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("formats")
    void theFixtureReportMatchesItsReviewedGoldenFile(ReportFormat format, Language language) throws IOException {
        ProgressReport report = ProgressReport.of(ReportFixture.book(), ReportFixture.AS_OF, ReportFixture.ZONE,
                Messages.of(language), null);
        StringWriter out = new StringWriter();
        format.write(report, out);
        byte[] actual = out.toString().getBytes(StandardCharsets.UTF_8);
        String name = "report-" + language.code() + "." + format.extension();

        if (Boolean.getBoolean("report.regenerate")) {
            Files.write(GOLDEN.resolve(name), actual);
        }
        Path golden = GOLDEN.resolve(name);
        assertThat(golden).as("golden file").exists();
        byte[] expected = Files.readAllBytes(golden);
        // The text first, for a readable diff; then the bytes, which is what is promised.
        assertThat(new String(actual, StandardCharsets.UTF_8)).isEqualTo(new String(expected, StandardCharsets.UTF_8));
        assertThat(actual).isEqualTo(expected);
    }
}
